import { formatDayKey } from './terms'
import { breach, clause, OK, type Verdict } from './verdict'

// R12.3b: issuing the province's aggregate report locks the period for every agency. Issued
// while agencies may still send their reports (on or before the reports' deadline), or with
// reports not yet accepted, it needs a recorded reason.

export type IssueFacts = {
  /** Vietnam calendar day of the issue (YYYY-MM-DD). */
  today: string
  /** The last day agencies' reports are on time (YYYY-MM-DD). */
  reportDeadline: string
  expected: number
  accepted: number
}

/** Why issuing now needs a reason (empty when it does not), in words for the confirmation. */
export const issueConcerns = (facts: IssueFacts): { vi: string; en: string }[] => {
  const concerns: { vi: string; en: string }[] = []
  if (facts.today <= facts.reportDeadline) {
    const deadline = formatDayKey(facts.reportDeadline)
    concerns.push({
      vi: `chưa hết hạn gửi báo cáo của các cơ quan, đơn vị (hết ngày ${deadline})`,
      en: `agencies may still send their reports (until the end of ${deadline})`,
    })
  }
  const missing = Math.max(facts.expected - facts.accepted, 0)
  if (missing > 0) {
    concerns.push({
      vi: `còn ${missing}/${facts.expected} cơ quan, đơn vị chưa có báo cáo được tiếp nhận`,
      en: `${missing} of ${facts.expected} agencies have no accepted report`,
    })
  }
  return concerns
}

/** R12.3b: an early or incomplete issue is refused without a reason. */
export const checkIssueReason = (facts: IssueFacts, reason: string | null | undefined): Verdict => {
  const concerns = issueConcerns(facts)
  if (concerns.length === 0 || (reason ?? '').trim().length >= 10) return OK
  return breach(
    'R12.3b',
    clause(12, 3),
    {
      vi: `Ghi lý do ban hành (ít nhất 10 ký tự) vì ${concerns.map((c) => c.vi).join(' và ')}; sau khi ban hành, kỳ báo cáo bị khóa.`,
      en: `Give the reason for issuing (at least 10 characters) because ${concerns.map((c) => c.en).join(' and ')}; issuing locks the period.`,
    },
    'issueReason',
  )
}
