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
