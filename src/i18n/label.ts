/** A label in both admin languages, Vietnamese first. */
export const l = (vi: string, en: string): { vi: string; en: string } => ({ vi, en })

export type AdminLanguage = 'vi' | 'en'

export const languageOf = (req: { i18n?: { language?: string } } | undefined): AdminLanguage =>
  req?.i18n?.language === 'en' ? 'en' : 'vi'
