import { normaliseSearchText } from '../../search/normalise'

// How a picker's choices match what is typed: Vietnamese without regard to case or accents
// ("nguyen van an" finds "Nguyễn Văn An — Tổ trưởng, Sở Y tế"), each typed word anywhere in the
// label, with the list search's normaliser (src/search/normalise.ts).

/** The texts of a label: a plain string, or one per language ({ vi, en }). */
const textsOf = (label: unknown): string[] => {
  if (typeof label === 'string') return [label]
  if (label && typeof label === 'object')
    return Object.values(label).filter((text): text is string => typeof text === 'string')
  return []
}

/** Whether an option labelled `label` (a string or one per language) matches the typed `search`. */
export const matchesOption = (label: unknown, search: string): boolean => {
  const words = normaliseSearchText(search).split(' ').filter(Boolean)
  if (words.length === 0) return true
  return textsOf(label).some((text) => {
    const haystack = normaliseSearchText(text)
    return words.every((word) => haystack.includes(word))
  })
}
