// Names of stored files and of fields made from Vietnamese text.

/** Lower case, no accents ("đ" → "d"), words joined by '-', at most `max` characters. */
export const asciiSlug = (text: string, max = 50): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '')

/**
 * A stored file's name that no other file has yet: Payload looks a taken name up and tries
 * "-1", "-2" … one query each, so a name shared by every agency's file of the month (300 on the
 * 18th) cost a query per earlier file. The record's id makes it unique from the start.
 */
export const storedFileName = (parts: readonly (string | number)[], extension: string): string =>
  `${parts
    .map((part) => asciiSlug(String(part), 60))
    .filter(Boolean)
    .join('-')}.${extension}`
