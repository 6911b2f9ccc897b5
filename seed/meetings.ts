import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { issueConclusions } from '../collections/Meetings/issueConclusions'
import { sendNotice } from '../collections/Meetings/sendNotice'
import { reviewedYear, type MeetingKind } from '../hooks/rules/meetings'
import { dayKeyOf } from '../src/fields/dates'
import { defaultCalendar } from '../src/lib/calendar'
import { addDaysToKey, toInstant, toVnDateKey, vnToday } from '../src/lib/clock'
import { between, pick, prng } from '../src/lib/prng'
import type { AgencyIds, AgencyKey } from './agencies'
import { ensurePdf } from './files'
import type { GroupIds } from './groups'
import type { PersonIds } from './people'
import { bump, required, SEED_OPTIONS, vnDay, type Id, type Tally } from './shared'

// Three years and more of the Working Group's meetings, from its first month (07/2022) to the
// last one before today: monthly regular meetings, six-month and year-end reviews, two
// extraordinary meetings, with attendance, votes, conclusions and the tasks they became. Mostly
// compliant, with the breaches a compliance view should find: two late notices, a regular
// meeting on the 12th and an absence without the chair's consent. Deterministic (a seeded PRNG),
// idempotent (found by kind and month served), and quiet (deliveries recorded, no email queued).

type Context = { people: PersonIds; groups: GroupIds; agencies: AgencyIds }

type Plan = {
  kind: MeetingKind
  servesMonth: string
  day: string
  hour: string
  calledOn?: string
}

const FIRST_MONTH = '2022-07'
const LATE_NOTICE_MONTHS = new Set(['2023-04', '2025-09'])
const ON_THE_12TH = '2023-10'
const ABSENCE_WITHOUT_CONSENT = '2024-05'
/** R4.2: the Head is away (recorded on leave, seed/members.ts); the Standing Deputy chairs. */
export const HEAD_ABSENT_MONTH = '2025-08'
/** R11.1b: the year-end review of 2024 was held in January 2025 (it reviews 2024). */
const YEAR_END_IN_JANUARY = 2024

const nextMonth = (month: string) => {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** The first working day on or after `day`. */
const workingOnOrAfter = (day: string) =>
  defaultCalendar.isWorkingDay(day) ? day : defaultCalendar.addWorkingDays(day, 1)

const regularPlan = (month: string): Plan => {
  const random = prng(`regular:${month}`)
  const day =
    month === ON_THE_12TH ? `${month}-12` : workingOnOrAfter(`${month}-0${between(random, 3, 6)}`)
  return { kind: 'regular', servesMonth: month, day, hour: pick(random, ['08:00', '14:00']) }
}

/** Every meeting from the first month to the current one, in order. */
const plans = (today: string): Plan[] => {
  const all: Plan[] = []
  for (let month = FIRST_MONTH; month <= today.slice(0, 7); month = nextMonth(month)) {
    const regular = regularPlan(month)
    if (regular.day.slice(0, 7) === month && regular.day < today) all.push(regular)
    if (month.endsWith('-07') && month > FIRST_MONTH) {
      all.push({
        kind: 'six-month-review',
        servesMonth: month,
        day: workingOnOrAfter(`${month}-16`),
        hour: '08:00',
      })
    }
    if (month.endsWith('-12') && Number(month.slice(0, 4)) !== YEAR_END_IN_JANUARY) {
      all.push({
        kind: 'year-end-review',
        servesMonth: month,
        day: workingOnOrAfter(`${month}-22`),
        hour: '08:00',
      })
    }
    if (month === `${YEAR_END_IN_JANUARY + 1}-01`) {
      // Held in January, it serves January and reviews the year before (R11.1b).
      all.push({
        kind: 'year-end-review',
        servesMonth: month,
        day: workingOnOrAfter(`${month}-16`),
        hour: '08:00',
      })
    }
  }
  all.push(
    {
      kind: 'extraordinary',
      servesMonth: '2023-09',
      day: '2023-09-21',
      hour: '14:00',
      calledOn: '2023-09-15',
    },
    {
      kind: 'extraordinary',
      servesMonth: '2025-03',
      day: '2025-03-13',
      hour: '08:00',
      calledOn: '2025-03-07',
    },
  )
  return all.filter((plan) => plan.day < today).sort((a, b) => (a.day < b.day ? -1 : 1))
}

const AGENDA: { title: string; presenter: (day: string) => AgencyKey }[] = [
  { title: 'Tiến độ làm sạch dữ liệu dân cư, hộ tịch', presenter: () => 'department:STP' },
  {
    title: 'Tình hình kích hoạt tài khoản định danh điện tử mức 2',
    presenter: () => 'police:CA_TINH',
  },
  {
    title: 'Triển khai sổ sức khỏe điện tử, khám chữa bệnh bằng thẻ căn cước',
    presenter: () => 'department:SYT',
  },
  {
    title: 'Xác thực thông tin người tham gia bảo hiểm với Cơ sở dữ liệu quốc gia về dân cư',
    presenter: () => 'vertical_agency:BHXH',
  },
  {
    title: 'Dịch vụ công trực tuyến toàn trình và số hóa hồ sơ thủ tục hành chính',
    presenter: () => 'provincial_office:VP_UBND',
  },
  { title: 'Thanh toán không dùng tiền mặt trong trường học', presenter: () => 'department:SGDDT' },
  {
    title: 'Hạ tầng và an toàn thông tin các hệ thống kết nối, chia sẻ dữ liệu',
    presenter: (day) => (day < '2025-03-01' ? 'department:STTTT' : 'department:SKHCN'),
  },
]

const TASKS: { content: string; lead: (day: string) => AgencyKey }[] = [
  {
    content:
      'Hoàn thành làm sạch dữ liệu hộ tịch, bảo đảm khớp đúng với Cơ sở dữ liệu quốc gia về dân cư',
    lead: () => 'department:STP',
  },
  {
    content: 'Đẩy mạnh kích hoạt tài khoản định danh điện tử mức 2 cho người dân trên địa bàn',
    lead: () => 'police:CA_TINH',
  },
  {
    content: 'Triển khai sổ sức khỏe điện tử tại các cơ sở khám bệnh, chữa bệnh công lập',
    lead: () => 'department:SYT',
  },
  {
    content: 'Rà soát, xác thực thông tin người tham gia bảo hiểm xã hội, bảo hiểm y tế',
    lead: () => 'vertical_agency:BHXH',
  },
  {
    content: 'Nâng tỷ lệ hồ sơ trực tuyến toàn trình trên Cổng dịch vụ công của tỉnh',
    lead: () => 'provincial_office:VP_UBND',
  },
  {
    content: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn tồn đọng',
    lead: () => 'provincial_office:VP_UBND',
  },
  {
    content: 'Triển khai thu học phí không dùng tiền mặt tại các trường công lập',
    lead: () => 'department:SGDDT',
  },
  {
    content:
      'Rà soát, bảo đảm an toàn thông tin các hệ thống kết nối Cơ sở dữ liệu quốc gia về dân cư',
    lead: (day) => (day < '2025-03-01' ? 'department:STTTT' : 'department:SKHCN'),
  },
]

const ABSENCE_REASONS = [
  'Đi công tác tại Hà Nội theo triệu tập của Bộ',
  'Dự hội nghị của Ủy ban nhân dân tỉnh cùng thời gian',
  'Nghỉ ốm, đã báo cáo Thường trực Tổ công tác',
  'Tiếp đoàn công tác của Trung ương',
]

const LOCATION = 'Hội trường Công an tỉnh Quảng Nam, 02 Trần Hưng Đạo, Tam Kỳ'
const ONLINE = 'https://hop.quangnam.example.gov.vn/to-cong-tac-06'

const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`

const headAbsent = (plan: Plan) => plan.kind === 'regular' && plan.servesMonth === HEAD_ABSENT_MONTH

/** The data of a planned meeting: time, place, chair and a two- or three-item agenda. */
const meetingData = async (
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
const noticeAt = (plan: Plan): Date => {
  const random = prng(`notice:${plan.kind}:${plan.servesMonth}`)
  const deadline = defaultCalendar.latestNoticeDay(plan.day, 2)
  const late = plan.kind === 'regular' && LATE_NOTICE_MONTHS.has(plan.servesMonth)
  const day = late
    ? defaultCalendar.addWorkingDays(plan.day, -1)
    : defaultCalendar.addWorkingDays(deadline, -between(random, 0, 3))
  return toInstant(`${day} ${pick(random, ['08:30', '10:00', '15:30'])}`)
}

type Seat = { id: Id; user: Id }

/** Attendance: nearly everyone present; an excused absence, now and then a substitute. */
const attendanceOf = async (
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

const conclusionsOf = (plan: Plan, ctx: Context, number: number, issuedOn: string) => {
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
const issueDayOf = (plan: Plan) =>
  defaultCalendar.addWorkingDays(
    plan.day,
    between(prng(`issue:${plan.kind}:${plan.servesMonth}`), 1, 3),
  )

/** The conclusion notice's number: its rank among the year's meetings ("7/TB-TCT"). */
const noticeNumberOf = (plan: Plan, all: readonly Plan[]) =>
  all.filter((other) => other.day.slice(0, 4) === plan.day.slice(0, 4) && other.day <= plan.day)
    .length

/**
 * When a conclusion's task was completed: mostly on time, some late, and a few recent ones still
 * open (older ones were all done in the end, some very late).
 */
const completionOf = (
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

const requestAs = async (payload: Payload, userId: Id): Promise<PayloadRequest> => {
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
const completeTasksBefore = async (
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
  await payload.create({
    collection: 'meetings',
    data: data as never,
    req,
    overrideAccess: false,
    depth: 0,
  })
  bump(tally, 'meetings')
}
