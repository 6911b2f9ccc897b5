import type { WorkingCalendar } from '../../../src/lib/calendar'
import { asciiSlug } from '../../../src/lib/fileNames'
import { clause, OK, refusal, type Bilingual, type Verdict } from '../verdict'
import type { FormField } from './form'
import { MAX_WORKING_DAYS, MIN_WORKING_DAYS, type CallStatus } from './labels'

// R7.5: the Support Group may ask agencies and localities for reports and figures outside the
// monthly report, with a deadline of a few working days. These rules keep a call well-formed:
// a form with at least one field and unique keys, choices for choice fields, a basis and the
// agencies asked before it is sent, the form frozen once sent, the due date on working days.

export const r75 = clause(7, 5)

const refuse = (message: Bilingual, path?: string): Verdict => refusal('R7.5', r75, message, path)

/** A field's key made from its label: lower case, no accents, words joined by '-'. */
export const keyFromLabel = (label: string): string => asciiSlug(label, 50)

/** Fills the empty keys from the labels, numbering repeats ("so-ho-so", "so-ho-so-2"). */
export const withKeys = <T extends { key?: string | null; label?: string | null }>(
  rows: readonly T[],
): (T & { key: string })[] => {
  const taken = new Set(rows.map((row) => row.key?.trim()).filter(Boolean) as string[])
  return rows.map((row, index) => {
    const own = row.key?.trim()
    if (own) return { ...row, key: own }
    const base = keyFromLabel(row.label ?? '') || `truong-${index + 1}`
    let key = base
    for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`
    taken.add(key)
    return { ...row, key }
  })
}

/** The choices of a choice field, typed one per line. */
export const choicesOf = (text: string | string[] | null | undefined): string[] => {
  const lines = Array.isArray(text) ? text : (text ?? '').split(/\r?\n/)
  return lines.map((line) => line.trim()).filter(Boolean)
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** R7.5: the form is well-formed; every fault is reported, on the row the form shows. */
export const formVerdicts = (fields: readonly Partial<FormField>[]): Verdict[] => {
  if (fields.length === 0) {
    return [
      refuse(
        {
          vi: 'Biểu mẫu phải có ít nhất một chỉ tiêu, nội dung cần báo cáo.',
          en: 'The form needs at least one field.',
        },
        'fields',
      ),
    ]
  }
  const found: Verdict[] = []
  const seen = new Map<string, number>()
  fields.forEach((field, index) => {
    const at = { vi: `Dòng ${index + 1} của biểu mẫu`, en: `Form row ${index + 1}` }
    const label = field.label?.trim()
    if (!label) {
      found.push(
        refuse(
          { vi: `${at.vi}: nhập tên chỉ tiêu, nội dung.`, en: `${at.en}: enter the label.` },
          `fields.${index}.label`,
        ),
      )
    }
    const key = field.key ?? ''
    if (!KEY.test(key)) {
      found.push(
        refuse(
          {
            vi: `${at.vi}: mã "${key}" chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.`,
            en: `${at.en}: the key "${key}" may hold only a-z, 0-9 and '-'.`,
          },
          `fields.${index}.key`,
        ),
      )
    } else if (seen.has(key)) {
      found.push(
        refuse(
          {
            vi: `${at.vi}: mã "${key}" trùng với dòng ${seen.get(key)! + 1}.`,
            en: `${at.en}: the key "${key}" repeats row ${seen.get(key)! + 1}.`,
          },
          `fields.${index}.key`,
        ),
      )
    } else {
      seen.set(key, index)
    }
    if (field.kind === 'choice' && choicesOf(field.choices).length < 2) {
      found.push(
        refuse(
          {
            vi: `${at.vi} (${label ?? ''}): nhập ít nhất hai lựa chọn, mỗi dòng một lựa chọn.`,
            en: `${at.en} (${label ?? ''}): enter at least two choices, one per line.`,
          },
          `fields.${index}.choices`,
        ),
      )
    }
  })
  return found
}

/** The parts of a form compared to tell whether it changed. */
const formSignature = (fields: readonly Partial<FormField>[]): string =>
  JSON.stringify(
    fields.map((field) => [
      field.key ?? '',
      field.label ?? '',
      field.kind ?? '',
      Boolean(field.required),
      field.unit ?? '',
      field.aggregation ?? '',
      Boolean(field.wholeNumber),
      choicesOf(field.choices),
    ]),
  )

/** R7.5: once the call is sent the agencies answer its form: it can no longer change. */
export const formFrozen = (
  status: CallStatus,
  before: readonly Partial<FormField>[],
  after: readonly Partial<FormField>[],
): Verdict =>
  status !== 'draft' && formSignature(before) !== formSignature(after)
    ? refuse(
        {
          vi: 'Yêu cầu đã gửi đến các cơ quan: không sửa biểu mẫu số liệu nữa.',
          en: 'The call has been sent: its form can no longer change.',
        },
        'fields',
      )
    : OK

export type OpeningFacts = {
  agencies: number
  hasDocument: boolean
  hasConclusion: boolean
  workingDays: unknown
}

/** R7.5: a call is sent with its basis, the agencies asked and a deadline of 1–30 working days. */
export const openingVerdicts = (facts: OpeningFacts): Verdict[] => {
  const found: Verdict[] = []
  if (!facts.hasDocument && !facts.hasConclusion) {
    found.push(
      refuse(
        {
          vi: 'Nêu căn cứ yêu cầu: văn bản đã ban hành hoặc kết luận của Tổ công tác.',
          en: 'Give the basis: an issued document or a Working Group conclusion.',
        },
        'basisDocument',
      ),
    )
  }
  if (facts.agencies === 0) {
    found.push(
      refuse(
        {
          vi: 'Chọn ít nhất một cơ quan, đơn vị, địa phương được đề nghị báo cáo.',
          en: 'Choose at least one agency to ask.',
        },
        'agencies',
      ),
    )
  }
  const days = facts.workingDays
  if (
    typeof days !== 'number' ||
    !Number.isInteger(days) ||
    days < MIN_WORKING_DAYS ||
    days > MAX_WORKING_DAYS
  ) {
    found.push(
      refuse(
        {
          vi: `Thời hạn trả lời là số nguyên từ ${MIN_WORKING_DAYS} đến ${MAX_WORKING_DAYS} ngày làm việc.`,
          en: `The deadline is a whole number of ${MIN_WORKING_DAYS} to ${MAX_WORKING_DAYS} working days.`,
        },
        'workingDays',
      ),
    )
  }
  return found
}

const NEXT: Record<CallStatus, readonly CallStatus[]> = {
  draft: ['draft', 'open'],
  open: ['open', 'closed'],
  closed: ['closed'],
}

/** R7.5: draft → open (sent) → closed, never back. */
export const callTransition = (from: CallStatus, to: CallStatus): Verdict =>
  NEXT[from].includes(to)
    ? OK
    : refuse(
        from === 'closed'
          ? { vi: 'Yêu cầu đã kết thúc.', en: 'The call is closed.' }
          : to === 'draft'
            ? {
                vi: 'Yêu cầu đã gửi không trở lại dự thảo.',
                en: 'A sent call cannot go back to draft.',
              }
            : { vi: 'Chỉ kết thúc yêu cầu đã gửi.', en: 'Only a sent call can be closed.' },
        'status',
      )

/**
 * R7.5: the due day of a call sent on `openedDay` (Vietnam calendar day): `workingDays` working
 * days after it on the working-day calendar; answers are due by the end of that day.
 */
export const dueDayOf = (
  calendar: WorkingCalendar,
  openedDay: string,
  workingDays: number,
): string => calendar.addWorkingDays(openedDay, workingDays)

/** R7.5: an answer sent after the end of the due day (Vietnam time) is late. */
export const isLate = (submittedDay: string, dueDay: string): boolean => submittedDay > dueDay

/** R7.5: the agencies asked get their response when the call is sent: the list is then fixed. */
export const recipientsFrozen = (
  status: CallStatus,
  before: readonly (string | number)[],
  after: readonly (string | number)[],
): Verdict => {
  const key = (ids: readonly (string | number)[]) => ids.map(String).sort().join(',')
  return status !== 'draft' && key(before) !== key(after)
    ? refuse(
        {
          vi: 'Yêu cầu đã gửi: không thay đổi danh sách cơ quan được đề nghị.',
          en: 'The call has been sent: the agencies asked can no longer change.',
        },
        'agencies',
      )
    : OK
}
