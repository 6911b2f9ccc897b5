import type { Payload } from 'payload'

import type { PlanKind } from '../hooks/rules/plans'
import type { Plan } from '../payload-types'
import { vnDayStart } from '../src/lib/clock'
import { dayKeyOf } from '../src/fields/dates'
import type { AgencyIds, AgencyKey } from './agencies'
import type { PersonIds, PersonKey } from './people'
import { bump, required, SEED_OPTIONS, vnDay, type Id, type Tally } from './shared'

type ItemSeed = {
  content: string
  lead: AgencyKey
  due: string
  /** The task's completion day, when the demo shows it done. */
  done?: string
}

type PlanSeed = {
  kind: PlanKind
  year: number
  title: string
  items: ItemSeed[]
  submittedOn: string
  /** Approved by `approver` on that day, or returned by him/her with `returnComment`. */
  decision?: { status: 'approved' | 'returned'; approver: PersonKey; on: string }
  returnComment?: string
  agency?: AgencyKey
  /** For an agency's detailed plan: the provincial plan (by title) it details (R6.4). */
  details?: string
}

const programme = (year: number) =>
  `Chương trình công tác năm ${year} của Tổ công tác triển khai Đề án 06 tỉnh Quảng Nam`

/**
 * The annual programmes of 2023–2025, approved by the Head (R3.3; their items became the
 * provincial-plan tasks), the Justice department's detailed plan for 2025 (R6.4), this year's
 * programme awaiting the Head, and an inspection plan he returned.
 */
export const PLANS: PlanSeed[] = [
  {
    kind: 'annual-programme',
    year: 2023,
    title: programme(2023),
    submittedOn: '2023-01-09',
    decision: { status: 'approved', approver: 'head', on: '2023-01-16' },
    items: [
      {
        content:
          'Hoàn thành thu nhận hồ sơ cấp căn cước công dân gắn chíp cho công dân đủ điều kiện',
        lead: 'police:CA_TINH',
        due: '2023-06-30',
        done: '2023-06-28',
      },
      {
        content: 'Làm sạch dữ liệu hộ tịch, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư',
        lead: 'department:STP',
        due: '2023-09-30',
        done: '2023-10-20',
      },
      {
        content: 'Triển khai khám chữa bệnh bảo hiểm y tế bằng căn cước công dân tại 100% cơ sở',
        lead: 'department:SYT',
        due: '2023-12-31',
        done: '2023-12-15',
      },
      {
        content: 'Tích hợp 25 dịch vụ công thiết yếu lên Cổng dịch vụ công quốc gia',
        lead: 'department:STTTT',
        due: '2023-12-31',
        done: '2023-12-29',
      },
    ],
  },
  {
    kind: 'annual-programme',
    year: 2024,
    title: programme(2024),
    submittedOn: '2024-01-08',
    decision: { status: 'approved', approver: 'head', on: '2024-01-15' },
    items: [
      {
        content: 'Kích hoạt tài khoản định danh điện tử mức độ 2 cho 80% công dân từ 14 tuổi',
        lead: 'police:CA_TINH',
        due: '2024-10-31',
        done: '2024-11-12',
      },
      {
        content: 'Chi trả an sinh xã hội không dùng tiền mặt qua tài khoản của người hưởng',
        lead: 'vertical_agency:BHXH',
        due: '2024-12-31',
        done: '2024-12-20',
      },
      {
        content: 'Sử dụng dữ liệu dân cư trong tuyển sinh đầu cấp trực tuyến',
        lead: 'department:SGDDT',
        due: '2024-08-31',
        done: '2024-08-15',
      },
      {
        content:
          'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công',
        lead: 'provincial_office:VP_UBND',
        due: '2024-12-31',
      },
    ],
  },
  {
    kind: 'annual-programme',
    year: 2025,
    title: programme(2025),
    submittedOn: '2025-01-06',
    decision: { status: 'approved', approver: 'head', on: '2025-01-13' },
    items: [
      {
        content: 'Cấp phiếu lý lịch tư pháp trên ứng dụng VNeID',
        lead: 'department:STP',
        due: '2025-06-30',
        done: '2025-06-25',
      },
      {
        content: 'Sổ sức khỏe điện tử trên VNeID cho người dân toàn tỉnh',
        lead: 'department:SYT',
        due: '2025-09-30',
      },
      {
        content:
          'Chuyển đổi dữ liệu sau sắp xếp đơn vị hành chính cấp xã vào CSDL quốc gia về dân cư',
        lead: 'police:CA_TINH',
        due: '2025-07-31',
        done: '2025-08-05',
      },
      {
        content:
          'Kết nối hệ thống giải quyết thủ tục hành chính với Cơ sở dữ liệu quốc gia về dân cư',
        lead: 'department:SKHCN',
        due: '2025-12-31',
      },
    ],
  },
  {
    kind: 'agency-detailed-plan',
    year: 2025,
    agency: 'department:STP',
    details: programme(2025),
    title: 'Kế hoạch chi tiết của Sở Tư pháp triển khai Chương trình công tác năm 2025',
    submittedOn: '2025-01-27',
    decision: { status: 'approved', approver: 'justice', on: '2025-02-03' },
    items: [
      {
        content: 'Hướng dẫn Phòng Tư pháp cấp huyện rà soát dữ liệu hộ tịch trước sáp nhập',
        lead: 'department:STP',
        due: '2025-03-31',
      },
      {
        content: 'Phối hợp Công an tỉnh thí điểm lý lịch tư pháp trên VNeID',
        lead: 'department:STP',
        due: '2025-05-31',
      },
    ],
  },
  {
    kind: 'annual-programme',
    year: 2026,
    title: programme(2026),
    submittedOn: '2026-01-05',
    items: [
      {
        content: 'Duy trì tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình trên 80%',
        lead: 'provincial_office:VP_UBND',
        due: '2026-12-31',
      },
      {
        content: 'Ứng dụng dữ liệu dân cư trong quản lý lao động, việc làm',
        lead: 'department:SNV',
        due: '2026-10-31',
      },
    ],
  },
  {
    kind: 'inspection-plan',
    year: 2026,
    title: 'Kế hoạch kiểm tra việc triển khai Đề án 06 tại các xã, phường năm 2026',
    submittedOn: '2026-02-09',
    decision: { status: 'returned', approver: 'head', on: '2026-02-12' },
    returnComment:
      'Bổ sung danh sách xã, phường được kiểm tra và phân công thành viên đoàn kiểm tra theo từng đợt.',
    items: [
      {
        content: 'Kiểm tra việc sử dụng dữ liệu dân cư trong giải quyết thủ tục hành chính cấp xã',
        lead: 'police:CA_TINH',
        due: '2026-06-30',
      },
    ],
  },
]

type Context = { people: PersonIds; agencies: AgencyIds }

const seedOptions = (on: string) => ({
  ...SEED_OPTIONS,
  context: { ...SEED_OPTIONS.context, actingAt: vnDayStart(on) },
})

/** Marks the demo's completed tasks done (idempotent: only tasks not yet completed change). */
const completeTasks = async (payload: Payload, plan: Plan, seed: PlanSeed) => {
  for (const [index, item] of seed.items.entries()) {
    const task = plan.items?.[index]?.task
    if (!item.done || task == null) continue
    const id = typeof task === 'object' ? task.id : task
    const stored = await payload.findByID({ collection: 'tasks', id, ...SEED_OPTIONS })
    if (dayKeyOf(stored.completedOn) === item.done) continue
    await payload.update({
      collection: 'tasks',
      id,
      data: { completedOn: vnDay(item.done), result: 'Đã hoàn thành theo kế hoạch.' },
      ...SEED_OPTIONS,
    })
  }
}

/**
 * Creates the missing plans (by kind + year + title) and takes each through its workflow as the
 * people who acted, on the days they acted: the secretariat submits, the approver decides.
 */
export const seedPlans = async (payload: Payload, ctx: Context, tally: Tally): Promise<void> => {
  const secretary = await payload.findByID({
    collection: 'users',
    id: required(ctx.people.get('secretary'), 'user secretary'),
    ...SEED_OPTIONS,
  })
  const agency = (key: AgencyKey) => required(ctx.agencies.get(key), `agency ${key}`)
  const idsByTitle = new Map<string, Id>()
  for (const seed of PLANS) {
    const found = await payload.find({
      collection: 'plans',
      where: {
        and: [
          { kind: { equals: seed.kind } },
          { year: { equals: seed.year } },
          { title: { equals: seed.title } },
        ],
      },
      limit: 1,
      ...SEED_OPTIONS,
    })
    let plan = found.docs[0]
    if (!plan) {
      plan = await payload.create({
        collection: 'plans',
        data: {
          kind: seed.kind,
          year: seed.year,
          title: seed.title,
          agency: seed.agency ? agency(seed.agency) : undefined,
          parentPlan: seed.details
            ? required(idsByTitle.get(seed.details), `plan ${seed.details}`)
            : undefined,
          items: seed.items.map((item) => ({
            content: item.content,
            leadAgency: agency(item.lead),
            dueDate: vnDay(item.due),
          })),
          status: 'draft',
        },
        ...seedOptions(seed.submittedOn),
      })
      bump(tally, 'plans')
    }
    if (plan.status === 'draft') {
      plan = await payload.update({
        collection: 'plans',
        id: plan.id,
        data: { status: 'submitted' },
        user: secretary,
        ...seedOptions(seed.submittedOn),
      })
    }
    if (seed.decision && plan.status === 'submitted') {
      const approver = await payload.findByID({
        collection: 'users',
        id: required(ctx.people.get(seed.decision.approver), `user ${seed.decision.approver}`),
        ...SEED_OPTIONS,
      })
      plan = await payload.update({
        collection: 'plans',
        id: plan.id,
        data: { status: seed.decision.status, returnComment: seed.returnComment },
        user: approver,
        ...seedOptions(seed.decision.on),
      })
    }
    if (plan.status === 'approved') await completeTasks(payload, plan, seed)
    idsByTitle.set(seed.title, plan.id)
  }
}
