// The benchmark province's meetings (about 120 a year), through the Local API and the meeting
// actions as the secretariat would hold them: monthly regular meetings (a few on or after the
// 10th), the six-month and year-end reviews, two extraordinary meetings a year, and two Support
// Group meetings a week. Each gets its notice (a few late), its attendance (present, substitutes,
// absences with and without consent) and, for the Working Group, its conclusions.
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { issueConclusions } from '../../collections/Meetings/issueConclusions'
import { sendNotice } from '../../collections/Meetings/sendNotice'
import { minutesOf } from '../../seed/meetings/preparation'
import { defaultCalendar } from '../../src/lib/calendar'
import { addDaysToKey, toInstant } from '../../src/lib/clock'
import type { Id, Organisation, Seat } from './organisation'
import { between, pick, prng, type Random } from './prng'

type Plan = {
  kind: 'regular' | 'six-month-review' | 'year-end-review' | 'extraordinary' | 'sg'
  day: string
  hour: string
}

export type HeldMeeting = { id: Id; day: string; kind: Plan['kind'] }

const workingDaysOf = (month: string): string[] => {
  const days: string[] = []
  for (let d = `${month}-01`; d.startsWith(month); d = addDaysToKey(d, 1)) {
    if (defaultCalendar.isWorkingDay(d)) days.push(d)
  }
  return days
}

const plansOf = (months: readonly string[], random: Random): Plan[] => {
  const plans: Plan[] = []
  for (const [index, month] of months.entries()) {
    const days = workingDaysOf(month)
    // Regular meeting: before the 10th, except about one month in twelve (R11.1a breach).
    const late = random() < 0.08
    const early = days.filter((d) => d.slice(8) < '10')
    plans.push({
      kind: 'regular',
      day: late ? days.find((d) => d.slice(8) >= '10')! : pick(random, early.slice(1)),
      hour: '08:00',
    })
    if (month.endsWith('-07'))
      plans.push({ kind: 'six-month-review', day: days[10], hour: '08:00' })
    if (month.endsWith('-12'))
      plans.push({ kind: 'year-end-review', day: days[days.length - 4], hour: '08:00' })
    if (month.endsWith('-03') || month.endsWith('-09'))
      plans.push({ kind: 'extraordinary', day: days[13], hour: '14:00' })
    const sgCount = index % 2 === 0 ? 8 : 9
    for (let n = 0; n < sgCount; n++)
      plans.push({ kind: 'sg', day: days[1 + 2 * n] ?? days[days.length - 1], hour: '14:00' })
  }
  return plans
}

const ABSENCE_REASONS = [
  'Đi công tác theo triệu tập của Bộ',
  'Dự hội nghị của UBND tỉnh',
  'Nghỉ ốm',
]

/** Attendance rows: most present, some substitutes, a few absences (one in fifty unrecorded). */
const attendanceOf = (seats: readonly Seat[], document: Id, random: Random) =>
  seats.flatMap((seat, index) => {
    const roll = random()
    if (index === 0 || roll < 0.85) return [{ member: seat.id, presence: 'present' }]
    if (roll < 0.93)
      return [
        {
          member: seat.id,
          presence: 'substitute',
          substituteName: `Người dự thay ${seat.id}`,
          substituteTitle: 'Phó Giám đốc',
          authorisation: document,
        },
      ]
    if (roll < 0.98)
      return [
        {
          member: seat.id,
          presence: 'absent',
          reason: pick(random, ABSENCE_REASONS),
          chairConsent: true,
        },
      ]
    return []
  })

const requestAs = async (payload: Payload, userId: Id): Promise<PayloadRequest> => {
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0 })
  return createLocalReq(
    {
      user: { ...user, collection: 'users' } as never,
      context: { skipAudit: true, skipRollups: true },
    },
    payload,
  )
}

/** Holds every planned meeting before `today`; returns them (id, day, kind), oldest first. */
export const seedMeetings = async (
  payload: Payload,
  org: Organisation,
  months: readonly string[],
  today: string,
): Promise<HeldMeeting[]> => {
  const random = prng(`meetings:${months.length}`)
  const req = await requestAs(payload, org.secretariat)
  const held: HeldMeeting[] = []
  let number = 0
  for (const plan of plansOf(months, random).filter((p) => p.day < today)) {
    const sg = plan.kind === 'sg'
    const start = toInstant(`${plan.day} ${plan.hour}`)
    const calledOn = defaultCalendar.addWorkingDays(plan.day, -4)
    const created = await payload.create({
      collection: 'meetings',
      data: {
        group: sg ? org.sg : org.wg,
        kind: plan.kind,
        start: start.toISOString(),
        end: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
        place: 'Phòng họp số 1, Công an tỉnh',
        chair: sg ? undefined : org.head,
        ...(plan.kind === 'extraordinary'
          ? { convenedBy: org.head, calledOn: toInstant(calledOn).toISOString() }
          : {}),
        agenda: [
          {
            title: 'Tiến độ triển khai Đề án 06',
            presenterAgency: org.agencies[1],
            documents: [org.document],
          },
        ],
      } as never,
      req,
      overrideAccess: false,
      depth: 0,
    })
    // Notice: two to five working days ahead, one in twenty the day before (R11.3a breach).
    const latest = defaultCalendar.latestNoticeDay(plan.day, 2)
    const noticeDay =
      random() < 0.05
        ? defaultCalendar.addWorkingDays(plan.day, -1)
        : defaultCalendar.addWorkingDays(latest, -between(random, 0, 3))
    await sendNotice(req, created.id, {
      now: toInstant(`${noticeDay} 09:00`),
      deliver: false,
    })
    await payload.update({
      collection: 'meetings',
      id: created.id,
      data: {
        status: 'held',
        attendance: attendanceOf(sg ? org.sgSeats : org.wgSeats, org.document, random),
        ...(sg
          ? {}
          : {
              conclusions: {
                number: `${++number}/TB-TCT`,
                summary: 'Các cơ quan, đơn vị tiếp tục đẩy mạnh triển khai Đề án 06.',
              },
              // R7.3: the minutes are recorded before the conclusions are issued.
              minutes: minutesOf(['Các thành viên báo cáo tiến độ triển khai Đề án 06.']),
            }),
      } as never,
      req,
      overrideAccess: false,
      depth: 0,
    })
    const issuedOn = defaultCalendar.addWorkingDays(plan.day, between(random, 1, 3))
    if (!sg && issuedOn < today) {
      await issueConclusions(req, created.id, {
        now: toInstant(`${issuedOn} 15:00`),
        deliver: false,
      })
    }
    held.push({ id: created.id, day: plan.day, kind: plan.kind })
  }
  return held
}
