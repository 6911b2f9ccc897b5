// A widget's data as CSV for Excel: UTF-8 with a byte-order mark (Excel otherwise misreads
// Vietnamese), CRLF line ends, fields quoted when they hold a separator, quote or line break.
export type CsvTable = { header: string[]; rows: (string | number | null)[][] }

const BOM = '\uFEFF'

const field = (value: string | number | null): string => {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  // A name starting with = + - @ would run as a formula in Excel, and so would one behind a
  // leading tab or carriage return (issue 11 L9): keep it text.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const toCsv = ({ header, rows }: CsvTable): string =>
  BOM + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n'

/** The endpoint that builds a widget's CSV on request (dashboards/csvEndpoint.ts), under /api. */
export const CSV_ENDPOINT_PATH = '/dashboard/:widget/csv'

/** The CSV download's address for a widget and the filters the page shows (`?period=…`). */
export const csvHref = (widget: string, query: string) => `/api/dashboard/${widget}/csv${query}`
