import { vnToday } from '../../../src/lib/clock'
import { recordIdOf } from '../../../src/lib/safeInput'
import type { Id, Label } from '../../types'

export const ACCOUNTABILITY_PATH = '/accountability'

export type AccountabilityParams = { year: number; member: Id | null }

/** A parameter of the view the user typed or forged: a translated message, never a crash. */
export class AccountabilityInputError extends Error {
  readonly label: Label
  constructor(label: Label) {
    super(label.vi)
    this.name = 'AccountabilityInputError'
    this.label = label
  }
}

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value)

/**
 * The view's URL parameters: `year` (four digits, 2000–2100; the current year when absent) and
 * `member` (a member record id; none for the table of all members).
 */
export const parseAccountabilityParams = (
  params: Record<string, unknown>,
  today: string = vnToday(),
): AccountabilityParams => {
  const rawYear = first(params.year)
  const rawMember = first(params.member)
  let year = Number(today.slice(0, 4))
  if (rawYear !== undefined && rawYear !== '') {
    const text = String(rawYear)
    if (!/^\d{4}$/.test(text) || Number(text) < 2000 || Number(text) > 2100)
      throw new AccountabilityInputError({
        vi: `Năm không hợp lệ: “${text.slice(0, 20)}”. Nhập năm gồm 4 chữ số, ví dụ 2025.`,
        en: `Invalid year: “${text.slice(0, 20)}”. Enter a four-digit year, e.g. 2025.`,
      })
    year = Number(text)
  }
  let member: Id | null = null
  if (rawMember !== undefined && rawMember !== '') {
    member = recordIdOf(String(rawMember))
    if (member === null) throw unknownMember(String(rawMember))
  }
  return { year, member }
}

export const unknownMember = (raw: string) =>
  new AccountabilityInputError({
    vi: `Không tìm thấy thành viên Tổ công tác “${raw.slice(0, 20)}” (hoặc bạn không có quyền xem).`,
    en: `No Working Group member “${raw.slice(0, 20)}” (or you may not see it).`,
  })
