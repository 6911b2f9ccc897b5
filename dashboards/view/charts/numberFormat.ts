import type { AdminLanguage } from '../../../src/i18n/label'

const LOCALES: Record<AdminLanguage, string> = { vi: 'vi-VN', en: 'en-GB' }

/** Axis ticks: 1.000.000.000 → "1 T" (tỷ) in Vietnamese, "1B" in English. */
export const compactNumber = (language: AdminLanguage) => {
  const format = new Intl.NumberFormat(LOCALES[language], {
    notation: 'compact',
    maximumFractionDigits: 1,
  })
  return (value: number): string => format.format(value)
}

/** A figure in full, as officials write it: 1.234,5. */
export const exactNumber = (language: AdminLanguage) => {
  const format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 })
  return (value: number): string => format.format(value)
}

/** A figure drawn on a chart: in full below a million, compact above (60.000.000 → "60 Tr"). */
export const chartNumber = (language: AdminLanguage) => {
  const exact = exactNumber(language)
  const compact = compactNumber(language)
  return (value: number): string => (Math.abs(value) >= 1_000_000 ? compact(value) : exact(value))
}
