import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { reviewedYear } from '../../hooks/rules/meetings'
import { defaultCalendar } from '../../src/lib/calendar'
import { addDaysToKey, toInstant } from '../../src/lib/clock'
import { between, pick, prng } from '../../src/lib/prng'
import type { AgencyKey } from '../agencies'
import { ensurePdf } from '../files'
import { required, SEED_OPTIONS, vnDay, type Id, type Tally } from '../shared'
import {
  type Context,
  type Plan,
  LATE_NOTICE_MONTHS,
  ABSENCE_WITHOUT_CONSENT,
  AGENDA,
  TASKS,
  ABSENCE_REASONS,
  LOCATION,
  ONLINE,
} from './data'
import { monthLabel, headAbsent } from './plan'

/** The data of a planned meeting: time, place, chair and a two- or three-item agenda. */
export const meetingData = async (
  payload: Payload,
  plan: Plan,
  ctx: Context,
  tally: Tally,
): Promise<Record<string, unknown>> => {
  const random = prng(`agenda:${plan.kind}:${plan.servesMonth}`)
  const agency = (key: AgencyKey) => required(ctx.agencies.get(key), `agency ${key}`)
  const report = await ensurePdf(
    payload,
    {
      title: `Báo cáo kết quả triển khai Đề án 06 phục vụ cuộc họp ngày ${plan.day.split('-').reverse().join('/')}`,
      filename: `bao-cao-de-an-06-${plan.day}.pdf`,
      lines: [
        'TO CONG TAC TRIEN KHAI DE AN 06 (demo)',
        `BAO CAO PHUC VU CUOC HOP NGAY ${plan.day}`,
        'Van ban gia lap, chi dung cho du lieu mau.',
      ],
      agency: agency('police:CA_TINH'),
    },
    tally,
  )
  const first = between(random, 0, AGENDA.length - 1)
  const topics = [AGENDA[first], AGENDA[(first + 3) % AGENDA.length]]
  const delegated = plan.day >= '2026-01-01' && Number(plan.day.slice(5, 7)) % 2 === 0
  const online = random() < 0.25
  const start = toInstant(`${plan.day} ${plan.hour}`)
  return {
    group: ctx.groups.wg,
    kind: plan.kind,
    servesMonth: plan.servesMonth,
    start: start.toISOString(),
    end: new Date(
      start.getTime() + (plan.kind === 'regular' ? 2.5 : 3.5) * 3_600_000,
    ).toISOString(),
    place: LOCATION,
    onlineLink: online ? ONLINE : undefined,
    chair: required(
      ctx.people.get(delegated || headAbsent(plan) ? 'standingDeputy' : 'head'),
      'chair',
    ),
    // R4.2: the Head recorded absent; the Standing Deputy chairs by position, no delegation.
    headAbsent: headAbsent(plan),
    convenedBy: plan.calledOn ? required(ctx.people.get('head'), 'head') : undefined,
    calledOn: plan.calledOn ? vnDay(plan.calledOn) : undefined,
    agenda: [
      {
        title:
          plan.kind === 'regular'
            ? `Kết quả triển khai Đề án 06 tháng ${monthLabel(plan.servesMonth)} và nhiệm vụ thời gian tới`
            : plan.kind === 'extraordinary'
              ? 'Tháo gỡ vướng mắc trong kết nối, chia sẻ dữ liệu sau sắp xếp tổ chức bộ máy'
              : `Báo cáo ${plan.kind === 'six-month-review' ? 'sơ kết 6 tháng đầu năm' : 'tổng kết năm'} ${reviewedYear(plan.kind === 'six-month-review' ? 'six-month-review' : 'year-end-review', plan.servesMonth)} triển khai Đề án 06`,
        presenterAgency: agency('police:CA_TINH'),
        documents: [report],
      },
      ...topics.map((topic) => ({
        title: topic.title,
        presenterAgency: agency(topic.presenter(plan.day)),
      })),
    ],
  }
}

/** When the notice went out: a few working days ahead, or late in the months that were. */
export const noticeAt = (plan: Plan): Date => {
  const random = prng(`notice:${plan.kind}:${plan.servesMonth}`)
  const deadline = defaultCalendar.latestNoticeDay(plan.day, 2)
  const late = plan.kind === 'regular' && LATE_NOTICE_MONTHS.has(plan.servesMonth)
  const day = late
    ? defaultCalendar.addWorkingDays(plan.day, -1)
    : defaultCalendar.addWorkingDays(deadline, -between(random, 0, 3))
  return toInstant(`${day} ${pick(random, ['08:30', '10:00', '15:30'])}`)
}

export type Seat = { id: Id; user: Id }

/** Attendance: nearly everyone present; an excused absence, now and then a substitute. */
export const attendanceOf = async (
  payload: Payload,
  plan: Plan,
  seats: Seat[],
  chairUser: Id,
  tally: Tally,
  /** The Head's user when the Head is recorded absent (R4.2), else null. */
  headUser: Id | null = null,
): Promise<Record<string, unknown>[]> => {
  const random = prng(`attendance:${plan.kind}:${plan.servesMonth}`)
  const others = seats.filter(
    (seat) =>
      String(seat.user) !== String(chairUser) &&
      (headUser === null || String(seat.user) !== String(headUser)),
  )
  const absent = random() < 0.6 ? pick(random, others) : null
  const substitute = random() < 0.35 ? pick(random, others) : null
  const missing =
    plan.kind === 'regular' && plan.servesMonth === ABSENCE_WITHOUT_CONSENT
      ? others[others.length - 1]
      : null
  const rows: Record<string, unknown>[] = []
  for (const seat of seats) {
    if (missing && seat.id === missing.id) continue
    if (headUser !== null && String(seat.user) === String(headUser)) {
      // R4.2: the absent Head; the chair (the Standing Deputy) waives a substitute.
      rows.push({
        member: seat.id,
        presence: 'absent',
        reason: 'Tổ trưởng đi công tác nước ngoài, nghỉ từ ngày 04/08 đến 08/08/2025',
        chairConsent: true,
        substituteWaived: true,
      })
      continue
    }
    if (absent && seat.id === absent.id) {
      rows.push({
        member: seat.id,
        presence: 'absent',
        reason: pick(random, ABSENCE_REASONS),
        chairConsent: true,
      })
    } else if (substitute && seat.id === substitute.id) {
      const authorisation = await ensurePdf(
        payload,
        {
          title: `Giấy ủy quyền dự họp Tổ công tác ngày ${plan.day.split('-').reverse().join('/')}`,
          filename: `uy-quyen-du-hop-${plan.day}.pdf`,
          lines: [
            'GIAY UY QUYEN DU HOP (demo)',
            `Cuoc hop ngay ${plan.day}`,
            'Van ban gia lap, chi dung cho du lieu mau.',
          ],
        },
        tally,
      )
      rows.push({
        member: seat.id,
        presence: 'substitute',
        substituteName: pick(random, [
          'Nguyễn Văn Bình',
          'Trần Thị Hoa',
          'Lê Minh Tuấn',
          'Phạm Thị Lan',
        ]),
        substituteTitle: 'Phó Giám đốc',
        authorisation,
      })
    } else {
      rows.push({ member: seat.id, presence: 'present' })
    }
  }
  return rows
}

export const conclusionsOf = (plan: Plan, ctx: Context, number: number, issuedOn: string) => {
  const random = prng(`conclusions:${plan.kind}:${plan.servesMonth}`)
  const count = between(random, 1, 3)
  const first = between(random, 0, TASKS.length - 1)
  return {
    number: `${number}/TB-TCT`,
    summary:
      'Tổ trưởng ghi nhận kết quả các sở, ngành, địa phương đã đạt được; yêu cầu các thành viên Tổ công tác tập trung chỉ đạo hoàn thành các chỉ tiêu còn chậm, báo cáo kết quả trước cuộc họp thường kỳ tháng sau.',
    items: Array.from({ length: count }, (_, index) => {
      const task = TASKS[(first + index * 3) % TASKS.length]
      return {
        content: task.content,
        leadAgency: required(ctx.agencies.get(task.lead(issuedOn)), 'lead agency'),
        dueDate: vnDay(addDaysToKey(issuedOn, between(random, 20, 75))),
      }
    }),
  }
}

/** The day the conclusions were issued: one to three working days after the meeting. */
export const issueDayOf = (plan: Plan) =>
  defaultCalendar.addWorkingDays(
    plan.day,
    between(prng(`issue:${plan.kind}:${plan.servesMonth}`), 1, 3),
  )

/** The conclusion notice's number: its rank among the year's meetings ("7/TB-TCT"). */
export const noticeNumberOf = (plan: Plan, all: readonly Plan[]) =>
  all.filter((other) => other.day.slice(0, 4) === plan.day.slice(0, 4) && other.day <= plan.day)
    .length

/**
 * When a conclusion's task was completed: mostly on time, some late, and a few recent ones still
 * open (older ones were all done in the end, some very late).
 */
export const completionOf = (
  key: string,
  task: { assignedOn: string; dueDate: string },
  today: string,
): string | null => {
  const random = prng(`task:${key}`)
  const roll = random()
  const recent = task.assignedOn >= addDaysToKey(today, -150)
  if (roll >= 0.93 && recent) return null
  const offset =
    roll < 0.75
      ? -between(random, 0, 10)
      : roll < 0.93
        ? between(random, 3, 40)
        : between(random, 40, 120)
  const day = addDaysToKey(task.dueDate, offset)
  return day <= task.assignedOn ? addDaysToKey(task.assignedOn, 1) : day
}

export const requestAs = async (payload: Payload, userId: Id): Promise<PayloadRequest> => {
  const user = await payload.findByID({
    collection: 'users',
    id: userId,
    depth: 0,
    overrideAccess: true,
  })
  return createLocalReq(
    { user: { ...user, collection: 'users' } as never, context: { ...SEED_OPTIONS.context } },
    payload,
  )
}

/** Marks done the seeded conclusion tasks completed before `day` (so follow-ups stay true). */
export const completeTasksBefore = async (
  payload: Payload,
  pending: Map<Id, string | null>,
  day: string,
) => {
  for (const [id, completedOn] of pending) {
    if (completedOn === null || completedOn >= day) continue
    await payload.update({
      collection: 'tasks',
      id,
      data: { completedOn: vnDay(completedOn) },
      ...SEED_OPTIONS,
    })
    pending.delete(id)
  }
}

/** Creates the meetings that are missing and finishes those left half-way (idempotent). */
