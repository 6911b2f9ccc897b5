/** Admin options the aggregate report fields share. */
export const readOnly = { readOnly: true }
export const sidebar = { readOnly: true, position: 'sidebar' as const }
export const dateTime = {
  date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' },
}
