// The charter's numbers, versioned by effective date so an amendment (R14.3) applies from its
// date and history stays explainable.
export type CharterNumbers = {
  effectiveFrom: string // YYYY-MM-DD, Vietnam calendar day
  meetingBeforeDay: number // R11.1a: regular meeting before the 10th
  dataEndDay: number // R12.3a: a month's data run from the 15th of the month before to the 14th
  reportBeforeDay: number // R12.3a: agency reports before the 18th
  aggregateBeforeDay: number // R12.3b: provincial report before the 22nd
  noticeLeadWorkingDays: number // R11.3a: notice 2 working days ahead
  majorityBase: 'present' | 'all-members' // R2.1
  tieRule: 'chair-side' | 'not-passed' // R2.1
  lockDay: number // period locks on this day of the report month
  reminderDaysBefore: number
}

/** The charter as adopted (Quy chế, Quyết định 96/QĐ-TCT, 01/07/2022). */
export const CHARTER_DEFAULTS: Omit<CharterNumbers, 'effectiveFrom'> = {
  meetingBeforeDay: 10,
  dataEndDay: 14,
  reportBeforeDay: 18,
  aggregateBeforeDay: 22,
  noticeLeadWorkingDays: 2,
  majorityBase: 'all-members', // R2.1: the default base is all members in office
  tieRule: 'chair-side',
  lockDay: 25,
  reminderDaysBefore: 3,
}

/** The edition in force on `day`: the latest one whose effective date is not after it. */
export const settingsOn = <T extends { effectiveFrom: string }>(
  editions: readonly T[],
  day: string,
): T | null =>
  [...editions]
    .filter((edition) => edition.effectiveFrom <= day)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0] ?? null

/** Problems with a set of editions, as field paths and bilingual messages. */
export const checkEditions = (
  editions: readonly CharterNumbers[],
): { index: number; field: keyof CharterNumbers; vi: string; en: string }[] => {
  const problems: { index: number; field: keyof CharterNumbers; vi: string; en: string }[] = []
  const seen = new Set<string>()
  editions.forEach((edition, index) => {
    if (seen.has(edition.effectiveFrom)) {
      problems.push({
        index,
        field: 'effectiveFrom',
        vi: 'Hai phiên bản không được có cùng ngày hiệu lực.',
        en: 'Two editions cannot share an effective date.',
      })
    }
    seen.add(edition.effectiveFrom)
    const order: (keyof CharterNumbers)[] = [
      'meetingBeforeDay',
      'reportBeforeDay',
      'aggregateBeforeDay',
    ]
    order.forEach((field, position) => {
      const value = edition[field] as number
      if (!Number.isInteger(value) || value < 2 || value > 28) {
        problems.push({
          index,
          field,
          vi: 'Ngày hạn phải là số nguyên từ 2 đến 28.',
          en: 'A deadline day is a whole number from 2 to 28.',
        })
      } else if (position > 0 && value <= (edition[order[position - 1]] as number)) {
        problems.push({
          index,
          field,
          vi: 'Hạn tổng hợp phải sau hạn báo cáo, hạn báo cáo sau hạn họp.',
          en: 'The aggregate deadline follows the report deadline, which follows the meeting deadline.',
        })
      }
    })
    problems.push(...checkReportingCalendar(edition, index))
  })
  return problems
}

/**
 * R12.3a: the data close at least one day before the report is due (the cut-off day is at most
 * two days before the report day) and the period does not lock before the first late day.
 */
const checkReportingCalendar = (edition: CharterNumbers, index: number) => {
  const problems: { index: number; field: keyof CharterNumbers; vi: string; en: string }[] = []
  const { dataEndDay, reportBeforeDay, lockDay } = edition
  if (!Number.isInteger(dataEndDay) || dataEndDay < 1 || dataEndDay > 26) {
    problems.push({
      index,
      field: 'dataEndDay',
      vi: 'Ngày chốt số liệu phải là số nguyên từ 1 đến 26.',
      en: 'The data cut-off day is a whole number from 1 to 26.',
    })
  } else if (Number.isInteger(reportBeforeDay) && dataEndDay + 2 > reportBeforeDay) {
    problems.push({
      index,
      field: 'dataEndDay',
      vi: 'Ngày chốt số liệu phải trước hạn gửi báo cáo ít nhất một ngày.',
      en: 'The data cut-off day comes at least one day before the report is due.',
    })
  }
  if (Number.isInteger(lockDay) && Number.isInteger(reportBeforeDay) && lockDay < reportBeforeDay) {
    problems.push({
      index,
      field: 'lockDay',
      vi: 'Ngày khóa kỳ báo cáo không được trước hạn gửi báo cáo.',
      en: 'The period cannot lock before the report is due.',
    })
  }
  return problems
}
