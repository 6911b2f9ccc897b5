import { type Payload } from 'payload'
import { issueConclusions } from '../../collections/Meetings/issueConclusions'
import { sendNotice } from '../../collections/Meetings/sendNotice'
import { dayKeyOf } from '../../src/fields/dates'
import { toInstant, toVnDateKey, vnToday } from '../../src/lib/clock'
import { pick, prng } from '../../src/lib/prng'
import { ensurePdf } from '../files'
import { bump, required, SEED_OPTIONS, type Id, type Tally } from '../shared'
import { type Context } from './data'
import { minutesOf, preparationDone } from './preparation'
import { nextMonth, regularPlan, plans, monthLabel, headAbsent } from './plan'
import {
  meetingData,
  noticeAt,
  attendanceOf,
  conclusionsOf,
  issueDayOf,
  noticeNumberOf,
  completionOf,
  requestAs,
  completeTasksBefore,
} from './records'

// Three years and more of the Working Group's meetings, from its first month (07/2022) to the
// last one before today: monthly regular meetings, six-month and year-end reviews, two
// extraordinary meetings, with attendance, votes, conclusions and the tasks they became. Mostly
// compliant, with the breaches a compliance view should find: two late notices, a regular
// meeting on the 12th and an absence without the chair's consent. Deterministic (a seeded PRNG),
// idempotent (found by kind and month served), and quiet (deliveries recorded, no email queued).

export const seedMeetings = async (payload: Payload, ctx: Context, tally: Tally): Promise<void> => {
  const today = vnToday()
  const existing = await payload.find({
    collection: 'meetings',
    where: { group: { equals: ctx.groups.wg } },
    select: { kind: true, servesMonth: true, status: true },
    pagination: false,
    ...SEED_OPTIONS,
  })
  const found = new Map(existing.docs.map((doc) => [`${doc.kind}:${doc.servesMonth}`, doc]))
  const secretary = required(ctx.people.get('secretary'), 'secretary')
  const pending = new Map<Id, string | null>()
  const all = plans(today)

  for (const plan of all) {
    const key = `${plan.kind}:${plan.servesMonth}`
    const known = found.get(key)
    if (known?.status === 'conclusions-issued') continue
    await completeTasksBefore(payload, pending, plan.day)
    const req = await requestAs(payload, secretary)
    let id = known?.id
    if (id === undefined) {
      const data = await meetingData(payload, plan, ctx, tally)
      id = (
        await payload.create({
          collection: 'meetings',
          data: data as never,
          req,
          overrideAccess: false,
          depth: 0,
        })
      ).id
      bump(tally, 'meetings')
    }
    let status = known?.status ?? 'draft'
    if (status === 'draft') {
      await sendNotice(req, id, { now: noticeAt(plan), deliver: false })
      status = 'notice-sent'
    }
    const meeting = await payload.findByID({ collection: 'meetings', id, ...SEED_OPTIONS })
    if (status === 'notice-sent') {
      const seats = await payload.find({
        collection: 'members',
        where: { id: { in: meeting.invitedMembers ?? [] } },
        select: { user: true },
        sort: 'id',
        pagination: false,
        ...SEED_OPTIONS,
      })
      const attendance = await attendanceOf(
        payload,
        plan,
        seats.docs.map((seat) => ({ id: seat.id, user: seat.user as Id })),
        meeting.chair as Id,
        tally,
        headAbsent(plan) ? required(ctx.people.get('head'), 'head') : null,
      )
      const random = prng(`votes:${plan.kind}:${plan.servesMonth}`)
      const voters = attendance.filter((row) => row.presence !== 'absent')
      const decisions =
        plan.kind !== 'regular' || random() < 0.3
          ? [
              {
                title: `Thông qua kế hoạch thực hiện nhiệm vụ ${plan.kind === 'regular' ? `tháng ${monthLabel(nextMonth(plan.servesMonth))}` : 'thời gian tới'}`,
                votes: voters.map((row) => ({
                  voter: row.member,
                  choice: random() < 0.88 ? 'yes' : pick(random, ['no', 'abstain']),
                })),
              },
            ]
          : []
      const issuedOn = issueDayOf(plan)
      await payload.update({
        collection: 'meetings',
        id,
        data: {
          status: 'held',
          attendance,
          decisions,
          conclusions: conclusionsOf(plan, ctx, noticeNumberOf(plan, all), issuedOn),
          // R7.3: the Support Group prepared it and recorded the minutes.
          preparation: preparationDone(meeting.preparation, today),
          minutes: minutesOf([
            `Biên bản ${meeting.title ?? 'cuộc họp'}.`,
            'Các thành viên báo cáo kết quả thực hiện nhiệm vụ; Tổ trưởng kết luận theo Thông báo kết luận.',
          ]),
        } as never,
        req,
        overrideAccess: false,
        depth: 0,
      })
      status = 'held'
    }
    const issuedOn = issueDayOf(plan)
    if (status === 'held' && issuedOn < today) {
      await issueConclusions(req, id, { now: toInstant(`${issuedOn} 15:00`), deliver: false })
      const tasks = await payload.find({
        collection: 'tasks',
        where: { meeting: { equals: id } },
        select: { assignedOn: true, dueDate: true },
        sort: 'id',
        pagination: false,
        ...SEED_OPTIONS,
      })
      for (const [index, task] of tasks.docs.entries()) {
        bump(tally, 'tasks')
        const assignedOn = dayKeyOf(task.assignedOn) ?? issuedOn
        const dueDate = dayKeyOf(task.dueDate) ?? issuedOn
        pending.set(task.id, completionOf(`${key}:${index}`, { assignedOn, dueDate }, today))
      }
    }
  }
  await completeTasksBefore(payload, pending, toVnDateKey(new Date()))
  await planUpcoming(payload, ctx, tally, found, today)
  await seedSupportGroupMeeting(payload, ctx, tally)
}

const SG_MEETING_DAY = '2025-06-10'

/**
 * R11.5 / Art. 10.2: a Support Group meeting called by its Head, where an SG member who cannot
 * attend reported to the chair and sent a colleague in his/her place: no written authorisation is
 * needed in the Support Group (unlike a Working Group member, R6.2b).
 */
const seedSupportGroupMeeting = async (payload: Payload, ctx: Context, tally: Tally) => {
  const month = SG_MEETING_DAY.slice(0, 7)
  const known = await payload.find({
    collection: 'meetings',
    where: { and: [{ group: { equals: ctx.groups.sg } }, { servesMonth: { equals: month } }] },
    select: { status: true, invitedMembers: true },
    limit: 1,
    ...SEED_OPTIONS,
  })
  if (known.docs[0]?.status === 'held') return
  const req = await requestAs(payload, required(ctx.people.get('secretary'), 'secretary'))
  let id = known.docs[0]?.id
  if (id === undefined) {
    const draft = await ensurePdf(
      payload,
      {
        title: 'Dự thảo báo cáo sơ kết 6 tháng đầu năm 2025 (Tổ giúp việc chuẩn bị)',
        filename: 'du-thao-so-ket-6-thang-2025.pdf',
        lines: [
          'TO GIUP VIEC DE AN 06 (demo)',
          'DU THAO BAO CAO SO KET 6 THANG DAU NAM 2025',
          'Van ban gia lap, chi dung cho du lieu mau.',
        ],
        agency: ctx.agencies.get('police:CA_TINH'),
      },
      tally,
    )
    const start = toInstant(`${SG_MEETING_DAY} 14:00`)
    id = (
      await payload.create({
        collection: 'meetings',
        data: {
          group: ctx.groups.sg,
          kind: 'sg',
          servesMonth: month,
          start: start.toISOString(),
          end: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
          place: 'Phòng họp Phòng Cảnh sát QLHC về TTXH, Công an tỉnh',
          chair: required(ctx.people.get('sgHead'), 'sgHead'),
          agenda: [
            {
              title: 'Chuẩn bị nội dung họp sơ kết 6 tháng đầu năm 2025 của Tổ công tác',
              presenterAgency: ctx.agencies.get('police:CA_TINH'),
              documents: [draft],
            },
          ],
        } as never,
        req,
        overrideAccess: false,
        depth: 0,
      })
    ).id
    bump(tally, 'meetings')
    await sendNotice(req, id, { now: toInstant('2025-06-05 09:00'), deliver: false })
  }
  const meeting = await payload.findByID({ collection: 'meetings', id, ...SEED_OPTIONS })
  const seats = await payload.find({
    collection: 'members',
    where: { id: { in: meeting.invitedMembers ?? [] } },
    select: { user: true },
    sort: 'id',
    pagination: false,
    ...SEED_OPTIONS,
  })
  const reporter = required(ctx.people.get('reporter'), 'reporter')
  await payload.update({
    collection: 'meetings',
    id,
    data: {
      status: 'held',
      attendance: seats.docs.map((seat) =>
        String(seat.user) === String(reporter)
          ? {
              member: seat.id,
              presence: 'substitute',
              reason: 'Đi kiểm tra tại huyện Đại Lộc, đã báo cáo Tổ trưởng Tổ giúp việc',
              substituteName: 'Đỗ Thị Mai',
              substituteTitle: 'Chuyên viên Sở Tư pháp',
            }
          : { member: seat.id, presence: 'present' },
      ),
    } as never,
    req,
    overrideAccess: false,
    depth: 0,
  })
}

/** The next regular meeting, planned as a draft: its notice deadline shows on the form. */
const planUpcoming = async (
  payload: Payload,
  ctx: Context,
  tally: Tally,
  found: Map<string, unknown>,
  today: string,
) => {
  const current = regularPlan(today.slice(0, 7))
  const plan = current.day >= today ? current : regularPlan(nextMonth(today.slice(0, 7)))
  if (found.has(`regular:${plan.servesMonth}`)) return
  const req = await requestAs(payload, required(ctx.people.get('secretary'), 'secretary'))
  const data = await meetingData(payload, plan, ctx, tally)
  const created = await payload.create({
    collection: 'meetings',
    data: data as never,
    req,
    overrideAccess: false,
    depth: 0,
  })
  bump(tally, 'meetings')
  // R7.3: the draft agenda is ready; the documents, the notice and the minutes are to come.
  await payload.update({
    collection: 'meetings',
    id: created.id,
    data: { preparation: preparationDone(created.preparation, today, ['agenda']) } as never,
    req,
    overrideAccess: false,
    depth: 0,
  })
}
export { HEAD_ABSENT_MONTH } from './data'
