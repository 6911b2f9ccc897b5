import { addDaysToKey } from '../../src/lib/clock'
import { formatDayKey } from './terms'
import { breach, clause, OK, type Bilingual, type Verdict } from './verdict'

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
  // R7.2: the Support Group's urging letter (văn bản đôn đốc), a công văn without a type code.
  'urging-letter',
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
  'urging-letter': null,
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
  'urging-letter': { vi: 'Văn bản đôn đốc', en: 'Urging letter' },
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

/** R2.4: the Support Group's own documents carry its symbol and run in sequences of their own. */
export const SG_ISSUER_SYMBOL = 'TGV'
const SG_PREFIX = `${SG_ISSUER_SYMBOL}-`

/** Every sequence a Support Group document can run in (to keep them apart from the WG's). */
export const SG_SEQUENCES: readonly string[] = [
  ...new Set([...Object.values(TYPE_CODES), LETTER_SEQUENCE, SINGLE_SEQUENCE]),
]
  .filter((code): code is string => code !== null)
  .map((code) => `${SG_PREFIX}${code}`)

/**
 * The sequence a document takes its number from. Per kind means per type code: a notice and a
 * conclusion notice are both "TB", so they share one sequence and never repeat a symbol. The
 * Support Group's documents (R2.4) number in sequences of their own ("TGV-KH").
 */
export const sequenceOf = (kind: DocumentKind, mode: NumberingMode, supportGroup = false): string =>
  `${supportGroup ? SG_PREFIX : ''}${mode === 'single' ? SINGLE_SEQUENCE : (TYPE_CODES[kind] ?? LETTER_SEQUENCE)}`

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

/** Days a document's date may precede its issuing day (0: dated the day it is issued). */
export const DEFAULT_BACKDATE_ALLOWANCE = 0
export const MAX_BACKDATE_ALLOWANCE = 30

/** The register settings, falling back to the defaults for a global saved before they existed. */
export const registerSettingsOf = (
  stored:
    | {
        issuerSymbol?: string | null
        numbering?: string | null
        backdateAllowanceDays?: number | null
      }
    | null
    | undefined,
): { issuerSymbol: string; numbering: NumberingMode; backdateAllowanceDays: number } => {
  const allowance = stored?.backdateAllowanceDays
  return {
    issuerSymbol: stored?.issuerSymbol || DEFAULT_ISSUER_SYMBOL,
    numbering: (NUMBERING_MODES as readonly string[]).includes(stored?.numbering ?? '')
      ? (stored!.numbering as NumberingMode)
      : DEFAULT_NUMBERING,
    backdateAllowanceDays:
      typeof allowance === 'number' &&
      Number.isInteger(allowance) &&
      allowance >= 0 &&
      allowance <= MAX_BACKDATE_ALLOWANCE
        ? allowance
        : DEFAULT_BACKDATE_ALLOWANCE,
  }
}

export type IssueDating = {
  /** The document's date (Vietnam day). */
  day: string
  /** The day it is issued, in Vietnam time: the day the act is performed. */
  issuedOn: string
  /** The date of the last document issued in the same year's sequence, if any. */
  lastIssuedDay: string | null
  backdateAllowanceDays: number
}

/**
 * R2.4 (Art. 2.4, with Decree 30, Art. 15): no back-dating. The signature is checked on the day
 * the document is issued; its date may not be earlier than the last issued date of its register
 * sequence (numbers stay in date order), nor earlier than the issuing day minus the allowance.
 */
export const checkIssueDating = ({
  day,
  issuedOn,
  lastIssuedDay,
  backdateAllowanceDays,
}: IssueDating): Verdict => {
  if (lastIssuedDay && day < lastIssuedDay) {
    return breach(
      'R2.4',
      clause(2, 4),
      {
        vi: `ngày văn bản ${formatDayKey(day)} sớm hơn ngày của văn bản đã ban hành gần nhất trong cùng sổ (${formatDayKey(lastIssuedDay)}); số văn bản phải theo thứ tự ngày.`,
        en: `the document's date ${formatDayKey(day)} is earlier than the last issued document of its register (${formatDayKey(lastIssuedDay)}); numbers follow the order of dates.`,
      },
      'date',
    )
  }
  const earliest = addDaysToKey(issuedOn, -backdateAllowanceDays)
  if (day < earliest) {
    return breach(
      'R2.4',
      clause(2, 4),
      backdateAllowanceDays === 0
        ? {
            vi: `văn bản ban hành ngày ${formatDayKey(issuedOn)} phải mang ngày ban hành, không ghi lùi ngày (${formatDayKey(day)}).`,
            en: `a document issued on ${formatDayKey(issuedOn)} bears that date; it cannot be back-dated to ${formatDayKey(day)}.`,
          }
        : {
            vi: `văn bản ban hành ngày ${formatDayKey(issuedOn)} chỉ được ghi lùi ngày tối đa ${backdateAllowanceDays} ngày (sớm nhất ${formatDayKey(earliest)}), không phải ${formatDayKey(day)}.`,
            en: `a document issued on ${formatDayKey(issuedOn)} may be dated at most ${backdateAllowanceDays} day(s) earlier (from ${formatDayKey(earliest)}), not ${formatDayKey(day)}.`,
          },
      'date',
    )
  }
  return OK
}
