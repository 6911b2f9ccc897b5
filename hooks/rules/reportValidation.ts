import type { Bilingual } from './verdict'

// Data checks of a monthly report, in the manner of DHIS2: value types are checked on every save
// ('invalid' issues refuse the save), while completeness and consistency rules ('incomplete'
// issues) let a draft be saved but refuse its submission. Every issue points at its line.

export type IssueSeverity = 'invalid' | 'incomplete'

export type ReportIssue = { path: string; severity: IssueSeverity; message: Bilingual }

export type IndicatorFacts = {
  nameVi: string
  nameEn?: string | null
  unit: string
  cumulative?: boolean | null
  wholeNumber?: boolean | null
}

export type IndicatorLine = {
  indicator: number | string | null
  previousValue?: number | null
  value?: unknown
  note?: string | null
}

export type TaskLine = {
  task: number | string | null
  taskTitle?: string | null
  status?: string | null
  overdueReason?: string | null
}

export const PERCENT_UNIT = '%'

const isBlank = (value: unknown) => value === null || value === undefined || value === ''
const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== ''

const formatNumber = (value: number, language: 'vi' | 'en') =>
  value.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 })

const indicatorName = (facts: IndicatorFacts | undefined, index: number): Bilingual => ({
  vi: facts ? `Chỉ tiêu "${facts.nameVi}"` : `Chỉ tiêu dòng ${index + 1}`,
  en: facts ? `Indicator "${facts.nameEn || facts.nameVi}"` : `Indicator on line ${index + 1}`,
})

/** Checks one indicator line; `facts` is the indicator's definition (unit, cumulative …). */
export const checkIndicatorLine = (
  line: IndicatorLine,
  index: number,
  facts: IndicatorFacts | undefined,
): ReportIssue[] => {
  const path = `indicatorLines.${index}.value`
  const name = indicatorName(facts, index)
  const issue = (severity: IssueSeverity, vi: string, en: string, at = path): ReportIssue => ({
    path: at,
    severity,
    message: { vi: `${name.vi}: ${vi}`, en: `${name.en}: ${en}` },
  })
  if (isBlank(line.value)) {
    return [
      issue(
        'incomplete',
        'chưa nhập số liệu (ghi 0 nếu không phát sinh).',
        'no value yet (enter 0 if none).',
      ),
    ]
  }
  const value = line.value
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return [issue('invalid', 'số liệu phải là một số.', 'the value must be a number.')]
  }
  if (value < 0)
    return [issue('invalid', 'số liệu không được âm.', 'the value cannot be negative.')]
  if (facts?.unit === PERCENT_UNIT && value > 100) {
    return [
      issue('invalid', 'tỷ lệ phải từ 0 đến 100%.', 'a percentage must be between 0 and 100.'),
    ]
  }
  if (facts?.wholeNumber && facts.unit !== PERCENT_UNIT && !Number.isInteger(value)) {
    return [
      issue(
        'invalid',
        `số liệu phải là số nguyên (${facts.unit}).`,
        `the value must be a whole number (${facts.unit}).`,
      ),
    ]
  }
  const previous = line.previousValue
  if (
    facts?.cumulative &&
    typeof previous === 'number' &&
    value < previous &&
    !hasText(line.note)
  ) {
    return [
      issue(
        'incomplete',
        `số lũy kế (${formatNumber(value, 'vi')}) thấp hơn tháng trước (${formatNumber(previous, 'vi')}); ghi rõ lý do ở cột ghi chú.`,
        `the cumulative figure (${formatNumber(value, 'en')}) is lower than last month's (${formatNumber(previous, 'en')}); explain why in the note.`,
        `indicatorLines.${index}.note`,
      ),
    ]
  }
  return []
}

/** An overdue task line needs the reason it is overdue. */
export const checkTaskLine = (line: TaskLine, index: number): ReportIssue[] => {
  if (line.status !== 'open-overdue' || hasText(line.overdueReason)) return []
  const title = line.taskTitle ? `"${line.taskTitle}"` : `dòng ${index + 1}`
  const titleEn = line.taskTitle ? `"${line.taskTitle}"` : `on line ${index + 1}`
  return [
    {
      path: `taskLines.${index}.overdueReason`,
      severity: 'incomplete',
      message: {
        vi: `Nhiệm vụ ${title} đang quá hạn: ghi rõ lý do chậm.`,
        en: `Task ${titleEn} is overdue: give the reason for the delay.`,
      },
    },
  ]
}

/** Every issue of a report, in line order. */
export const checkReport = (args: {
  indicatorLines: readonly IndicatorLine[]
  taskLines: readonly TaskLine[]
  indicators: ReadonlyMap<string, IndicatorFacts>
}): ReportIssue[] => [
  ...args.taskLines.flatMap((line, index) => checkTaskLine(line, index)),
  ...args.indicatorLines.flatMap((line, index) =>
    checkIndicatorLine(
      line,
      index,
      line.indicator === null ? undefined : args.indicators.get(String(line.indicator)),
    ),
  ),
]

/** The issues that refuse the write: invalid values always, incomplete ones when submitting. */
export const blockingIssues = (
  issues: readonly ReportIssue[],
  submitting: boolean,
): ReportIssue[] => issues.filter((issue) => issue.severity === 'invalid' || submitting)
