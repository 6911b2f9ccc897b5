import { addDaysToKey, type DateKey } from '../../src/lib/clock'
import { CHARTER_DEFAULTS, settingsOn, type CharterNumbers } from './charterSettings'
import { REPORTING_AGENCY_KINDS } from './reportLines'
import { periodEnd, periodStart, reportDeadline, settingsDayOf, type Period } from './reportPeriods'
import type { ReportStatus } from './reportWorkflow'
import type { Id } from '../../src/lib/ids'

// R12.3a: the reminders before the monthly report deadline and the late/missing list after it.
//
// Calendar rule. Reports are due "before the 18th" (reportBeforeDay): the last on-time day is the
// 17th (reportDeadline) and the 18th is the first late day. N (reminderDaysBefore) counts back from
// that 18th: the reminder goes on day 18 − N, leaving the agency N full days to report (N = 3: on
// the 15th, for the 15th, 16th and 17th). N = 0 means no reminder. The late/missing list goes to the
// standing body on the 18th itself. Both are about the report month itself: in April, the April
// reports (data from 15 March to 14 April).

export type ReportingNumbers = Pick<CharterNumbers, 'reportBeforeDay' | 'reminderDaysBefore'> &
  Partial<Pick<CharterNumbers, 'dataEndDay'>>

export type AgencyReportState = {
  id: Id
  name: string
  kind: string
  validFrom: DateKey | null
  validTo: DateKey | null
  /** The agency's report for the period, if it has one. */
  report: { status: ReportStatus; timeliness: 'on-time' | 'late' | null } | null
}

export type AgencyRef = { id: Id; name: string }

export type ReminderPlan = {
  period: Period
  /** The last on-time day (the 17th by default). */
  deadline: DateKey
  reminderDay: DateKey | null
  lateListDay: DateKey
  /** Set on the reminder day: the agencies to remind. */
  remind: AgencyRef[] | null
  /** Set on the late-list day: who reported late and who has not reported. */
  lateList: { late: AgencyRef[]; missing: AgencyRef[] } | null
}

// A report with the standing body (or already accepted) needs no reminder; a draft or a returned
// report still needs the agency's action.
const WITH_STANDING_BODY: readonly ReportStatus[] = ['submitted', 'accepted', 'resubmitted']

/** The period the reminders of `today` are about: today's month, the report month (R12.3a). */
export const reminderPeriodOf = (today: DateKey): Period => today.slice(0, 7)

/**
 * The charter numbers governing a period's reporting (R14.3): the edition in force on the first
 * day of the month in which it is reported, as for the report's own deadline.
 */
export const reportingNumbersOf = (
  editions: readonly CharterNumbers[],
  period: Period,
): ReportingNumbers => settingsOn(editions, settingsDayOf(period)) ?? CHARTER_DEFAULTS

/** R12.3a: the reminder day, N days before the first late day; none when N is 0. */
export const reminderDayOf = (period: Period, numbers: ReportingNumbers): DateKey | null =>
  numbers.reminderDaysBefore > 0
    ? addDaysToKey(reportDeadline(period, numbers.reportBeforeDay), 1 - numbers.reminderDaysBefore)
    : null

/** R12.3a: the late/missing list goes on the first late day (the 18th by default). */
export const lateListDayOf = (period: Period, numbers: ReportingNumbers): DateKey =>
  addDaysToKey(reportDeadline(period, numbers.reportBeforeDay), 1)

/** Agencies that report to the standing body and existed during the period. */
export const isReportingAgency = (
  agency: AgencyReportState,
  period: Period,
  dataEndDay?: number,
): boolean =>
  (REPORTING_AGENCY_KINDS as readonly string[]).includes(agency.kind) &&
  (!agency.validFrom || agency.validFrom <= periodEnd(period, dataEndDay)) &&
  (!agency.validTo || agency.validTo >= periodStart(period, dataEndDay))

const refOf = ({ id, name }: AgencyReportState): AgencyRef => ({ id, name })

const byName = (a: AgencyRef, b: AgencyRef) => a.name.localeCompare(b.name, 'vi')

/** What to send today (R12.3a): reminders, the late/missing list, or nothing. */
export const planReportReminders = (args: {
  today: DateKey
  numbers: ReportingNumbers
  agencies: readonly AgencyReportState[]
}): ReminderPlan => {
  const period = reminderPeriodOf(args.today)
  const reminderDay = reminderDayOf(period, args.numbers)
  const lateListDay = lateListDayOf(period, args.numbers)
  const reporting = args.agencies.filter((agency) =>
    isReportingAgency(agency, period, args.numbers.dataEndDay),
  )
  const remind =
    args.today === reminderDay
      ? reporting
          .filter((agency) => !agency.report || !WITH_STANDING_BODY.includes(agency.report.status))
          .map(refOf)
          .sort(byName)
      : null
  // Timeliness is judged on the first submission (reportPeriods.timelinessOf): a report returned
  // after an on-time submission is not late; one never submitted is missing.
  const lateList =
    args.today === lateListDay
      ? {
          late: reporting
            .filter((agency) => agency.report?.timeliness === 'late')
            .map(refOf)
            .sort(byName),
          missing: reporting
            .filter((agency) => !agency.report?.timeliness)
            .map(refOf)
            .sort(byName),
        }
      : null
  return {
    period,
    deadline: reportDeadline(period, args.numbers.reportBeforeDay),
    reminderDay,
    lateListDay,
    remind,
    lateList,
  }
}
