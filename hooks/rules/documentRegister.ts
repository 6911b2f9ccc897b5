import type { Bilingual } from './verdict'

// The register of outgoing documents (Decree 30/2020/NĐ-CP, Art. 15 and Annex III): kinds, their
// type codes and the number/symbol "12/TB-TCT", numbered from 1 each 1 January.
export const DOCUMENT_KINDS = [
  'notice',
  'conclusion-notice',
  'report',
  'plan',
  'programme',
  'decision',
  'official-letter',
  'invitation',
] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

/** Annex III type codes; an official letter (công văn) has none. */
export const TYPE_CODES: Record<DocumentKind, string | null> = {
  notice: 'TB',
  'conclusion-notice': 'TB',
  report: 'BC',
  plan: 'KH',
  programme: 'CTr',
  decision: 'QĐ',
  'official-letter': null,
  invitation: 'GM',
}

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, Bilingual> = {
  notice: { vi: 'Thông báo (TB)', en: 'Notice (TB)' },
  'conclusion-notice': { vi: 'Thông báo kết luận (TB)', en: 'Conclusion notice (TB)' },
  report: { vi: 'Báo cáo (BC)', en: 'Report (BC)' },
  plan: { vi: 'Kế hoạch (KH)', en: 'Plan (KH)' },
  programme: { vi: 'Chương trình (CTr)', en: 'Programme (CTr)' },
  decision: { vi: 'Quyết định (QĐ)', en: 'Decision (QĐ)' },
  'official-letter': { vi: 'Công văn', en: 'Official letter' },
  invitation: { vi: 'Giấy mời (GM)', en: 'Invitation (GM)' },
}

/** Decree 30, Art. 15: one sequence for every kind, or one per type code (the Head decides). */
export const NUMBERING_MODES = ['per-kind', 'single'] as const
export type NumberingMode = (typeof NUMBERING_MODES)[number]

export const DEFAULT_ISSUER_SYMBOL = 'TCT'
export const DEFAULT_NUMBERING: NumberingMode = 'per-kind'

/** Upper-case letters (Đ included), digits and inner hyphens: "TCT", "TCTĐA06", "CAT-PC06". */
export const ISSUER_SYMBOL_PATTERN = /^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$/
export const ISSUER_SYMBOL_MAX_LENGTH = 30

// The sequence an official letter runs in when each kind has its own.
const LETTER_SEQUENCE = 'CV'
const SINGLE_SEQUENCE = 'ALL'

/**
 * The sequence a document takes its number from. Per kind means per type code: a notice and a
 * conclusion notice are both "TB", so they share one sequence and never repeat a symbol.
 */
export const sequenceOf = (kind: DocumentKind, mode: NumberingMode): string =>
  mode === 'single' ? SINGLE_SEQUENCE : (TYPE_CODES[kind] ?? LETTER_SEQUENCE)

/** Decree 30: a leading zero below 10 ("05"). */
export const formatNumber = (number: number): string => String(number).padStart(2, '0')

/** "12/TB-TCT"; an official letter has no type code: "45/TCT". */
export const formatSymbol = (number: number, kind: DocumentKind, issuer: string): string => {
  const code = TYPE_CODES[kind]
  return code ? `${formatNumber(number)}/${code}-${issuer}` : `${formatNumber(number)}/${issuer}`
}

/** The value the database keeps unique: one number per year and sequence. */
export const registerKeyOf = (year: number, sequence: string, number: number): string =>
  `${year}/${sequence}/${number}`

/** The next number after the highest one issued in the year's sequence (1 on 1 January). */
export const nextNumber = (highest: number | null | undefined): number =>
  typeof highest === 'number' && Number.isInteger(highest) && highest > 0 ? highest + 1 : 1

/** The register settings, falling back to the defaults for a global saved before they existed. */
export const registerSettingsOf = (
  stored: { issuerSymbol?: string | null; numbering?: string | null } | null | undefined,
): { issuerSymbol: string; numbering: NumberingMode } => ({
  issuerSymbol: stored?.issuerSymbol || DEFAULT_ISSUER_SYMBOL,
  numbering: (NUMBERING_MODES as readonly string[]).includes(stored?.numbering ?? '')
    ? (stored!.numbering as NumberingMode)
    : DEFAULT_NUMBERING,
})
