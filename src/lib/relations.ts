/** The id of a relationship value, whether it arrives as an id or a populated document. */
export const idOf = (value: unknown): number | string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return null
}
