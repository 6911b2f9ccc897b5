import type { PayloadRequest } from 'payload'

import { formatDayKey } from '../../hooks/rules/terms'
import { workingCalendarOf, yearsAround } from '../charter/calendar'
import { queueNotification } from '../email/outbox'
import { dayKeyOf } from '../fields/dates'
import { vnDayStart, vnToday } from '../lib/clock'
import { idOf } from '../lib/relations'
import type { Id } from '../lib/ids'
import { agencyAddresses, standingBodyInbox } from '../email/recipients'
import { recordLinkOf, reminderSubjectOf, reminderTextOf } from './mail'

// R7.5: the reminders of the open data calls, run by the hourly `report-reminders` job. From
// 07:00 Vietnam time on the working day before the due date, each agency that has not sent its
// answers is reminded once (the time is recorded on its response); from 17:00 on the due date,
// the standing body gets once the list of agencies still missing (recorded on the call). A day
// the server was down is caught up by the next run while the call is open.

export const REMINDER_FROM_HOUR = 7
export const LATE_LIST_FROM_HOUR = 17

const system = (req: PayloadRequest) => ({ depth: 0, overrideAccess: true, req }) as const
const hour = (day: string, h: number) => vnDayStart(day).getTime() + h * 3_600_000

export const reminderDedupeKey = (call: Id, agency: Id) => `data-call-reminder:${call}:${agency}`
export const lateListDedupeKey = (call: Id) => `data-call-late-list:${call}`

const unsent = async (req: PayloadRequest, call: Id) =>
  (
    await req.payload.find({
      collection: 'data-call-responses',
      where: { and: [{ call: { equals: call } }, { status: { in: ['pending', 'returned'] } }] },
      select: { agency: true, remindedAt: true },
      pagination: false,
      ...system(req),
    })
  ).docs

/** R7.5: queues the reminders and late lists due now; answers how many messages were queued. */
export const dataCallReminders = async (
  req: PayloadRequest,
  now: Date = new Date(),
): Promise<{ reminders: number; lateLists: number }> => {
  const { docs: calls } = await req.payload.find({
    collection: 'data-calls',
    where: { status: { equals: 'open' } },
    select: { title: true, dueDate: true, lateListSentAt: true },
    pagination: false,
    ...system(req),
  })
  let reminders = 0
  let lateLists = 0
  if (calls.length === 0) return { reminders, lateLists }
  const calendar = await workingCalendarOf(req, yearsAround(vnToday(now)))
  for (const call of calls) {
    const dueDay = dayKeyOf(call.dueDate)
    if (!dueDay) continue
    const remindDay = calendar.addWorkingDays(dueDay, -1)
    const t = now.getTime()
    const lateListDue = t >= hour(dueDay, LATE_LIST_FROM_HOUR)
    if (t >= hour(remindDay, REMINDER_FROM_HOUR) && !lateListDue) {
      const pending = (await unsent(req, call.id)).filter((response) => !response.remindedAt)
      const addresses = await agencyAddresses(
        req,
        pending.map((response) => idOf(response.agency)!),
      )
      for (const response of pending) {
        const agency = idOf(response.agency)!
        const entry = addresses.get(String(agency))
        if (entry?.to.length) {
          const message = {
            title: call.title,
            agencyName: entry.name,
            dueDay,
            link: recordLinkOf(req, 'data-call-responses', response.id),
          }
          const { ids } = await queueNotification(req, {
            to: entry.to,
            subject: reminderSubjectOf(message),
            text: reminderTextOf(message),
            kind: 'report-reminder',
            related: { collection: 'data-call-responses', id: response.id },
            dedupeKey: reminderDedupeKey(call.id, agency),
          })
          reminders += ids.length
        } else {
          req.payload.logger.warn(`R7.5: ${entry?.name ?? agency} has no address for the reminder`)
        }
        await req.payload.update({
          collection: 'data-call-responses',
          id: response.id,
          data: { remindedAt: now.toISOString() },
          ...system(req),
        })
      }
    }
    if (lateListDue && !call.lateListSentAt) {
      lateLists += await sendLateList(req, { id: call.id, title: call.title, dueDay })
      await req.payload.update({
        collection: 'data-calls',
        id: call.id,
        data: { lateListSentAt: now.toISOString() },
        ...system(req),
      })
    }
  }
  return { reminders, lateLists }
}

/** R7.5: the agencies still missing at the end of the due day, to the standing body's inbox. */
const sendLateList = async (
  req: PayloadRequest,
  call: { id: Id; title: string; dueDay: string },
): Promise<number> => {
  const missing = await unsent(req, call.id)
  const address = await standingBodyInbox(req)
  if (!address) {
    req.payload.logger.warn('R7.5: no standing body address for the data call late list')
    return 0
  }
  const names = await agencyAddresses(
    req,
    missing.map((response) => idOf(response.agency)!),
  )
  const lines = missing.map(
    (response, index) => `${index + 1}. ${names.get(String(idOf(response.agency)))?.name ?? ''}`,
  )
  const { ids } = await queueNotification(req, {
    to: [address],
    subject: `Danh sách chưa gửi số liệu báo cáo nhanh: ${call.title} (hạn ${formatDayKey(call.dueDay)})`,
    text: [
      `Yêu cầu báo cáo nhanh số liệu: ${call.title}`,
      `Hạn trả lời: hết ngày ${formatDayKey(call.dueDay)}.`,
      '',
      missing.length
        ? `Các cơ quan, đơn vị, địa phương chưa gửi số liệu (${missing.length}):`
        : 'Tất cả cơ quan, đơn vị, địa phương đã gửi số liệu.',
      ...lines,
      '',
      `Xem chi tiết: ${recordLinkOf(req, 'data-calls', call.id)}`,
    ].join('\n'),
    kind: 'late-report-list',
    related: { collection: 'data-calls', id: call.id },
    dedupeKey: lateListDedupeKey(call.id),
  })
  return ids.length
}
