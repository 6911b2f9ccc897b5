import type { PayloadRequest, TaskConfig } from 'payload'

import { CHARTER_DEFAULTS, type CharterNumbers } from '../../hooks/rules/charterSettings'
import { REPORTING_AGENCY_KINDS } from '../../hooks/rules/reportLines'
import {
  lateListDayOf,
  planReportReminders,
  reminderDayOf,
  reminderPeriodOf,
  reportingNumbersOf,
  type AgencyReportState,
} from '../../hooks/rules/reportReminders'
import { formatDataPeriod } from '../../hooks/rules/reportPeriods'
import type { ReportStatus } from '../../hooks/rules/reportWorkflow'
import { dataCallReminders } from '../dataCalls/reminders'
import { queueNotification } from '../email/outbox'
import { addressesOf, reporterEmails, standingBodyInbox } from '../email/recipients'
import { dayKeyOf } from '../fields/dates'
import { vnDayStart, vnToday, type DateKey } from '../lib/clock'
import { idOf } from '../lib/relations'
import {
  lateListSubject,
  lateListText,
  reminderSubject,
  reminderText,
} from './reportReminderMessages'
import type { Id } from '../lib/ids'

// R12.3a: the daily reporting reminders. The job runs every hour (the server's cron knows no
// time zone; the handler decides in Vietnam time) and acts from 07:00 Vietnam time on the reminder
// day and on the late-list day. Every message carries a dedupe key per period, agency and kind, so
// the later runs of the same day queue nothing new.

export const REPORT_REMINDERS = 'report-reminders'
export const SENDING_FROM_HOUR = 7

type Outcome = 'too-early' | 'nothing-today' | 'sent'

const system = (req: PayloadRequest) => ({ depth: 0, overrideAccess: true, req }) as const

const loadEditions = async (req: PayloadRequest): Promise<CharterNumbers[]> => {
  const settings = await req.payload.findGlobal({ slug: 'charter-settings', ...system(req) })
  return (settings.editions ?? []).map((edition) => ({
    ...CHARTER_DEFAULTS,
    ...(edition as Partial<CharterNumbers>),
    effectiveFrom: dayKeyOf(edition.effectiveFrom) ?? '',
  }))
}

type AgencyRow = AgencyReportState & { contactEmail: string | null }

const loadAgencies = async (req: PayloadRequest, period: string): Promise<AgencyRow[]> => {
  const [{ docs: agencies }, { docs: reports }] = await Promise.all([
    req.payload.find({
      collection: 'agencies',
      where: { kind: { in: [...REPORTING_AGENCY_KINDS] } },
      select: { name: true, kind: true, validFrom: true, validTo: true, contactEmail: true },
      pagination: false,
      ...system(req),
    }),
    req.payload.find({
      collection: 'reports',
      where: { period: { equals: period } },
      select: { agency: true, status: true, timeliness: true },
      pagination: false,
      ...system(req),
    }),
  ])
  const reportOf = new Map(reports.map((report) => [String(idOf(report.agency)), report]))
  return agencies.map((agency) => {
    const report = reportOf.get(String(agency.id))
    return {
      id: agency.id,
      name: agency.name,
      kind: agency.kind,
      validFrom: dayKeyOf(agency.validFrom),
      validTo: dayKeyOf(agency.validTo),
      contactEmail: agency.contactEmail ?? null,
      report: report
        ? { status: report.status as ReportStatus, timeliness: report.timeliness ?? null }
        : null,
    }
  })
}

const reportsUrlOf = (req: PayloadRequest): string | null => {
  const base = (req.payload.config.serverURL || process.env.SERVER_URL || '').replace(/\/$/, '')
  return base ? `${base}/admin/collections/reports` : null
}

export const reminderDedupeKey = (period: string, agency: Id) =>
  `report-reminder:${period}:${agency}`
export const lateListDedupeKey = (period: string) => `late-report-list:${period}`

/**
 * The day whose sending a start of the server catches up, or null: the late/missing list once
 * its day has passed (or from 07:00 on it), else the reminders once their day has passed (or from
 * 07:00 on it) while the deadline is still ahead. A server down through one of those days would
 * otherwise never send it: the hourly run only acts on the day itself.
 */
export const catchUpDayOf = (args: {
  today: DateKey
  afterSendingHour: boolean
  reminderDay: DateKey | null
  lateListDay: DateKey
}): DateKey | null => {
  const { today, afterSendingHour, reminderDay, lateListDay } = args
  const due = (day: DateKey) => today > day || (today === day && afterSendingHour)
  if (due(lateListDay)) return lateListDay
  if (reminderDay && due(reminderDay) && today < lateListDay) return reminderDay
  return null
}

/**
 * R12.3a: queues today's reminders and late/missing list, if today is one of those days. With
 * `catchUp` (once, when the server starts) it also sends the current period's reminders or list
 * whose day passed while the server was down; the dedupe keys keep anything already sent from
 * going twice.
 */
export const sendReportReminders = async (
  req: PayloadRequest,
  now: Date = new Date(),
  options: { catchUp?: boolean } = {},
): Promise<{ outcome: Outcome; notifications: number }> => {
  const today = vnToday(now)
  const afterSendingHour =
    now.getTime() >= vnDayStart(today).getTime() + SENDING_FROM_HOUR * 3_600_000
  if (!afterSendingHour && !options.catchUp) return { outcome: 'too-early', notifications: 0 }
  const period = reminderPeriodOf(today)
  const numbers = reportingNumbersOf(await loadEditions(req), period)
  const reminderDay = reminderDayOf(period, numbers)
  const lateListDay = lateListDayOf(period, numbers)
  // The day acted on: today, or with catchUp the passed day of this period still unsent.
  const day = options.catchUp
    ? catchUpDayOf({ today, afterSendingHour, reminderDay, lateListDay })
    : today
  // Most days are neither: answer without reading the agencies.
  if (!day || (day !== reminderDay && day !== lateListDay))
    return { outcome: afterSendingHour ? 'nothing-today' : 'too-early', notifications: 0 }

  const agencies = await loadAgencies(req, period)
  const plan = planReportReminders({ today: day, numbers, agencies })
  const reportsUrl = reportsUrlOf(req)
  let notifications = 0
  if (plan.remind?.length) {
    const reporters = await reporterEmails(
      req,
      plan.remind.map((agency) => agency.id),
    )
    const rowOf = new Map(agencies.map((agency) => [String(agency.id), agency]))
    for (const { id } of plan.remind) {
      const agency = rowOf.get(String(id))!
      const to = addressesOf(agency.contactEmail, reporters.get(String(id)))
      if (to.length === 0) {
        req.payload.logger.warn(`R12.3a: ${agency.name} has no address for the report reminder`)
        continue
      }
      const message = {
        agencyName: agency.name,
        period,
        dataPeriod: formatDataPeriod(period, numbers.dataEndDay),
        deadline: plan.deadline,
        reportBeforeDay: numbers.reportBeforeDay,
        today,
        status: agency.report?.status ?? null,
        reportsUrl,
      }
      const { ids } = await queueNotification(req, {
        to,
        subject: reminderSubject(message),
        text: reminderText(message),
        kind: 'report-reminder',
        related: { collection: 'agencies', id },
        dedupeKey: reminderDedupeKey(period, id),
      })
      notifications += ids.length
    }
  }
  if (plan.lateList) {
    const address = await standingBodyInbox(req)
    if (!address) {
      req.payload.logger.warn('R12.3a: no standing body address for the late/missing list')
    } else {
      const message = { period, deadline: plan.deadline, today, reportsUrl, ...plan.lateList }
      const { ids } = await queueNotification(req, {
        to: [address],
        subject: lateListSubject(message),
        text: lateListText(message),
        kind: 'late-report-list',
        dedupeKey: lateListDedupeKey(period),
      })
      notifications += ids.length
    }
  }
  return { outcome: 'sent', notifications }
}

/** Scheduled hourly on the default queue, which the server's autoRun schedules and runs. */
export const reportRemindersTask: TaskConfig<{
  input: Record<string, never>
  output: { outcome: string; notifications: number }
}> = {
  slug: REPORT_REMINDERS,
  label: 'Nhắc hạn báo cáo tháng, danh sách chậm báo cáo',
  schedule: [{ cron: '0 * * * *', queue: 'default' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  outputSchema: [
    { name: 'outcome', type: 'text' },
    { name: 'notifications', type: 'number' },
  ],
  handler: async ({ req }) => {
    const output = await sendReportReminders(req)
    // R7.5: the open data calls' reminders and missing lists ride on the same hourly run.
    const calls = await dataCallReminders(req)
    return {
      output: {
        ...output,
        notifications: output.notifications + calls.reminders + calls.lateLists,
      },
    }
  },
}
