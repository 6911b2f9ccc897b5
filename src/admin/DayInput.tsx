'use client'

import { DatePicker } from '@payloadcms/ui'

// A calendar day typed and shown as dd/MM/yyyy, with the admin's own date picker: the browser's
// `<input type="date">` follows the browser's locale (12/04/2026 for 4 December on an English
// browser). The value is a day key, 'YYYY-MM-DD', or '' for none.
type Props = {
  id?: string
  value: string
  onChange: (day: string) => void
  disabled?: boolean
}

const pad = (value: number) => String(value).padStart(2, '0')

/** The day the person picked, as their own calendar shows it (not shifted by a time zone). */
const dayKeyOf = (date: Date | null | undefined): string =>
  date ? `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` : ''

const dateOf = (day: string): Date | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12) : undefined
}

export const DayInput = ({ id, value, onChange, disabled }: Props) => (
  <div className="day-input">
    <DatePicker
      // On the text input itself, so that a `<label htmlFor>` names and focuses it.
      overrides={id ? { id } : undefined}
      value={dateOf(value)}
      onChange={(date) => onChange(dayKeyOf(date))}
      readOnly={disabled}
      pickerAppearance="dayOnly"
      displayFormat="dd/MM/yyyy"
      placeholder="dd/mm/yyyy"
    />
  </div>
)
