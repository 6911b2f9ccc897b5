// A reporting period as officials write it: a month "03/2025" (also "3/2025", or the stored
// "2025-03"), a quarter "Quý 4/2026" ("Q4/2026", or the stored "2026-Q4"). The database keeps
// 'YYYY-MM' and 'YYYY-Qn' (sortable); these turn one into the other.

import { formatPeriod, isPeriod } from '../../hooks/rules/reportPeriods'

export type PeriodKinds = { quarters: boolean }

export type PeriodRead =
  { ok: true; value: string | null } | { ok: false; message: { vi: string; en: string } }

const MONTH = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/
const QUARTER = /^(?:quý|q)\s*([1-4])\s*[/.-]?\s*(\d{4})$/iu
const STORED_QUARTER = /^(\d{4})-Q([1-4])$/i

export const MONTH_MESSAGE = {
  vi: 'Kỳ báo cáo ghi theo dạng tháng/năm, ví dụ 03/2025.',
  en: 'Write the period as month/year, e.g. 03/2025.',
}

const MONTH_OR_QUARTER_MESSAGE = {
  vi: 'Kỳ báo cáo ghi theo dạng tháng/năm (ví dụ 03/2025) hoặc quý/năm (ví dụ Quý 4/2026).',
  en: 'Write the period as month/year (03/2025) or quarter/year (Q4/2026).',
}

/** A month written month/year as stored (year-month), when it is one. */
const monthOf = (year: string, month: string): string | null => {
  const stored = `${year}-${month.padStart(2, '0')}`
  return isPeriod(stored) ? stored : null
}

/** The stored period the text names, null for an empty text, or how to write it. */
export const readPeriodText = (text: string, kinds: PeriodKinds): PeriodRead => {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: null }
  const written = MONTH.exec(trimmed)
  const month = written ? monthOf(written[2]!, written[1]!) : isPeriod(trimmed) ? trimmed : null
  if (month) return { ok: true, value: month }
  if (kinds.quarters) {
    const quarter = QUARTER.exec(trimmed)
    if (quarter && Number(quarter[2]) >= 2000)
      return { ok: true, value: `${quarter[2]}-Q${quarter[1]}` }
    const storedQuarter = STORED_QUARTER.exec(trimmed)
    if (storedQuarter && Number(storedQuarter[1]) >= 2000)
      return { ok: true, value: `${storedQuarter[1]}-Q${storedQuarter[2]}` }
  }
  return { ok: false, message: kinds.quarters ? MONTH_OR_QUARTER_MESSAGE : MONTH_MESSAGE }
}

/** A stored period as officials read it: "03/2025", "Quý 4/2026" (English "Q4/2026"). */
export const periodText = (value: unknown, language: 'vi' | 'en' = 'vi'): string => {
  if (typeof value !== 'string') return ''
  if (isPeriod(value)) return formatPeriod(value)
  const quarter = STORED_QUARTER.exec(value)
  if (quarter) return `${language === 'en' ? 'Q' : 'Quý '}${quarter[2]}/${quarter[1]}`
  return value
}
