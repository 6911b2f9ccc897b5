import { isDateKey } from '../../../src/lib/clock'
import { OK, refusal, type Bilingual, type Verdict } from '../verdict'
import { r75 } from './call'
import { choicesOf } from './call'
import type { Answer, FormField } from './form'

// R7.5: an agency's answers are checked against the call's form, whether typed online or read
// from the uploaded Excel template: every message names the field by the label the agency sees.

const refuse = (message: Bilingual, path?: string): Verdict => refusal('R7.5', r75, message, path)

const named = (field: FormField, vi: string, en: string): Bilingual => ({
  vi: `"${field.label}": ${vi}`,
  en: `"${field.label}": ${en}`,
})

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/** The value of an answer in the column of its field's kind (choice answers sit in `text`). */
export const valueOf = (field: FormField, answer: Answer | undefined): unknown => {
  if (!answer) return null
  if (field.kind === 'number') return answer.number
  if (field.kind === 'date') return answer.date
  if (field.kind === 'file') return answer.file
  return answer.text
}

const dayOf = (value: unknown): string | null => {
  if (typeof value !== 'string') return null
  const day = value.slice(0, 10)
  return isDateKey(day) && !Number.isNaN(Date.parse(value)) ? day : null
}

/** One answer checked against its field; `null` when it is right. */
const answerFault = (field: FormField, value: unknown): Bilingual | null => {
  if (isBlank(value)) return null
  switch (field.kind) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return named(
          field,
          'nhập một số, ví dụ 1.234,5.',
          'enter a number, e.g. 1.234,5 (Vietnamese style).',
        )
      }
      if (field.wholeNumber && !Number.isInteger(value)) {
        return named(field, 'chỉ nhập số nguyên.', 'whole numbers only.')
      }
      return null
    case 'choice': {
      const choices = choicesOf(field.choices)
      return typeof value === 'string' && choices.includes(value.trim())
        ? null
        : named(
            field,
            `chọn một trong các giá trị: ${choices.join('; ')}.`,
            `choose one of: ${choices.join('; ')}.`,
          )
    }
    case 'date':
      return dayOf(value)
        ? null
        : named(field, 'nhập ngày theo dạng dd/MM/yyyy.', 'enter a date as dd/MM/yyyy.')
    case 'text':
      return typeof value === 'string' ? null : named(field, 'nhập nội dung.', 'enter text.')
    default:
      return null
  }
}

/**
 * R7.5: the answers fit the form — no answer to a field the form lacks, each value of its
 * field's kind (whole numbers, a choice of the list, a date); when the response is sent
 * (`complete`), every required field answered. All faults at once.
 */
export const answerVerdicts = (
  fields: readonly FormField[],
  answers: readonly Answer[],
  { complete }: { complete: boolean },
): Verdict[] => {
  const found: Verdict[] = []
  const byKey = new Map(fields.map((field) => [field.key, field]))
  const given = new Map<string, Answer>()
  answers.forEach((answer, index) => {
    const field = byKey.get(answer.key)
    if (!field) {
      found.push(
        refuse(
          {
            vi: `Nội dung trả lời "${answer.key}" không có trong biểu mẫu của yêu cầu.`,
            en: `The answer "${answer.key}" is not a field of the call's form.`,
          },
          `answers.${index}.key`,
        ),
      )
      return
    }
    if (given.has(answer.key)) {
      found.push(
        refuse(
          named(field, 'đã được trả lời ở dòng trước.', 'is answered twice.'),
          `answers.${index}`,
        ),
      )
      return
    }
    given.set(answer.key, answer)
    const fault = answerFault(field, valueOf(field, answer))
    if (fault) found.push(refuse(fault, `answers.${index}.${columnOf(field)}`))
  })
  if (complete) {
    for (const field of fields) {
      if (field.required && isBlank(valueOf(field, given.get(field.key)))) {
        found.push(
          refuse(named(field, 'chưa trả lời (nội dung bắt buộc).', 'is required.'), 'answers'),
        )
      }
    }
  }
  return found
}

/** The column an answer to `field` is stored in. */
export const columnOf = (field: FormField): 'number' | 'text' | 'date' | 'file' =>
  field.kind === 'number'
    ? 'number'
    : field.kind === 'date'
      ? 'date'
      : field.kind === 'file'
        ? 'file'
        : 'text'

/**
 * The answers as stored: one row per field of the form that has a value, in the form's order,
 * the value only in its kind's column (a choice trimmed). Unknown keys are kept for the check.
 */
export const normaliseAnswers = (
  fields: readonly FormField[],
  answers: readonly Answer[],
): Answer[] => {
  const byKey = new Map(fields.map((field) => [field.key, field]))
  return answers.map((answer) => {
    const field = byKey.get(answer.key)
    if (!field) return answer
    const column = columnOf(field)
    const raw = answer[column]
    const value = typeof raw === 'string' && field.kind === 'choice' ? raw.trim() : raw
    return { key: answer.key, [column]: value ?? null }
  })
}

export { OK }
