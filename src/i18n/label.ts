/** A label in both admin languages, Vietnamese first. */
export const l = (vi: string, en: string): { vi: string; en: string } => ({ vi, en })

export type AdminLanguage = 'vi' | 'en'

export const languageOf = (req: { i18n?: { language?: string } } | undefined): AdminLanguage =>
  req?.i18n?.language === 'en' ? 'en' : 'vi'

/**
 * The language of a raw request, before Payload has read it: the admin's `payload-lng` cookie,
 * else English only when the browser asks for it first.
 */
export const languageOfRequest = (request: Request): AdminLanguage => {
  const cookie = request.headers.get('cookie') ?? ''
  const fromCookie = /(?:^|;\s*)payload-lng=(\w+)/.exec(cookie)?.[1]
  if (fromCookie) return fromCookie === 'en' ? 'en' : 'vi'
  return (request.headers.get('accept-language') ?? '').toLowerCase().startsWith('en') ? 'en' : 'vi'
}

/** A Payload-style error body: what the admin's toasts and REST clients read. */
export const errorBody = (message: string) => ({ errors: [{ message }] })
