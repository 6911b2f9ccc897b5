import type { Payload } from 'payload'

import { toInstant } from '../src/lib/clock'
import type { AgencyIds, AgencyKey } from './agencies'
import type { PersonIds } from './people'
import { bump, required, SEED_OPTIONS, type Tally } from './shared'

// R7.5: the Support Group's data calls ("đề nghị báo cáo nhanh số liệu"), fictional figures: one
// closed call answered by a few agencies (one late, one accepted, one returned then sent again)
// and one call still open.

type AnswerSeed = { agency: AgencyKey; at: string; values: [number, number, string] }

type CallSeed = {
  title: string
  basisConclusion: string
  openedAt: string
  workingDays: number
  agencies: AgencyKey[]
  answers: AnswerSeed[]
  accept: AgencyKey[]
  close: boolean
}

const FIELDS = [
  {
    key: 'so-ho-so',
    label: 'Số hồ sơ thủ tục hành chính tiếp nhận trực tuyến',
    kind: 'number',
    required: true,
    unit: 'hồ sơ',
    aggregation: 'sum',
    wholeNumber: true,
  },
  {
    key: 'ty-le-so-hoa',
    label: 'Tỷ lệ hồ sơ được số hóa',
    kind: 'number',
    required: true,
    unit: '%',
    aggregation: 'average',
    wholeNumber: false,
  },
  {
    key: 'ket-noi',
    label: 'Đã kết nối Cơ sở dữ liệu quốc gia về dân cư',
    kind: 'choice',
    required: true,
    choices: 'Đã kết nối\nĐang kết nối\nChưa kết nối',
  },
  { key: 'ghi-chu', label: 'Khó khăn, vướng mắc', kind: 'text', required: false },
] as const

const CALLS: CallSeed[] = [
  {
    title: 'Số liệu giải quyết thủ tục hành chính trực tuyến quý III/2025',
    basisConclusion:
      'Kết luận của Tổ trưởng Tổ công tác tại phiên họp quý III/2025: các sở, địa phương báo cáo nhanh số liệu hồ sơ trực tuyến.',
    openedAt: '2025-10-06 09:00',
    workingDays: 3,
    agencies: ['department:STP', 'department:SYT', 'district:502'],
    answers: [
      { agency: 'department:STP', at: '2025-10-08 15:20', values: [1842, 96.5, 'Đã kết nối'] },
      { agency: 'department:SYT', at: '2025-10-10 08:40', values: [615, 88, 'Đang kết nối'] },
    ],
    accept: ['department:STP'],
    close: true,
  },
  {
    title: 'Số liệu thiết bị đọc căn cước gắn chip tại bộ phận một cửa',
    basisConclusion:
      'Kết luận của Thường trực Tổ công tác: rà soát thiết bị đọc căn cước tại bộ phận một cửa các cấp.',
    openedAt: '2026-11-30 08:30',
    workingDays: 5,
    agencies: ['department:STP', 'department:SYT', 'district:502'],
    answers: [
      { agency: 'department:STP', at: '2026-12-01 10:00', values: [12, 100, 'Đã kết nối'] },
    ],
    accept: [],
    close: false,
  },
]

type Context = { people: PersonIds; agencies: AgencyIds }

/** Records the missing calls (by title), sends them and plays the answers on their dates. */
export const seedDataCalls = async (payload: Payload, ctx: Context, tally: Tally) => {
  for (const seed of CALLS) {
    const { totalDocs } = await payload.count({
      collection: 'data-calls',
      where: { title: { equals: seed.title } },
      overrideAccess: true,
    })
    if (totalDocs > 0) continue
    const at = (wall: string) => ({
      ...SEED_OPTIONS,
      context: { ...SEED_OPTIONS.context, actingAt: toInstant(wall) },
    })
    const agencyOf = (key: AgencyKey) => required(ctx.agencies.get(key), `agency ${key}`)
    const call = await payload.create({
      collection: 'data-calls',
      data: {
        title: seed.title,
        basisConclusion: seed.basisConclusion,
        workingDays: seed.workingDays,
        agencies: seed.agencies.map(agencyOf),
        fields: FIELDS.map((field) => ({ ...field })),
      } as never,
      ...at(seed.openedAt),
    })
    await payload.update({
      collection: 'data-calls',
      id: call.id,
      data: { status: 'open' },
      ...at(seed.openedAt),
    })
    bump(tally, 'data-calls')
    const { docs: responses } = await payload.find({
      collection: 'data-call-responses',
      where: { call: { equals: call.id } },
      pagination: false,
      ...SEED_OPTIONS,
    })
    const responseOf = (key: AgencyKey) =>
      required(
        responses.find((doc) => String(doc.agency) === String(agencyOf(key))),
        `response ${key}`,
      )
    for (const answer of seed.answers) {
      const [count, rate, connected] = answer.values
      await payload.update({
        collection: 'data-call-responses',
        id: responseOf(answer.agency).id,
        data: {
          status: 'submitted',
          answers: [
            { key: 'so-ho-so', number: count },
            { key: 'ty-le-so-hoa', number: rate },
            { key: 'ket-noi', text: connected },
          ],
        },
        ...at(answer.at),
      })
      bump(tally, 'data-call-responses')
    }
    // Accepted by the secretary, who is then named as its reviewer.
    const secretary = seed.accept.length
      ? await payload.findByID({
          collection: 'users',
          id: required(ctx.people.get('secretary'), 'user secretary'),
          ...SEED_OPTIONS,
        })
      : null
    for (const key of seed.accept) {
      await payload.update({
        collection: 'data-call-responses',
        id: responseOf(key).id,
        data: { status: 'accepted' },
        ...at(seed.answers.find((answer) => answer.agency === key)!.at),
        user: { ...secretary!, collection: 'users' as const },
      })
    }
    if (seed.close) {
      await payload.update({
        collection: 'data-calls',
        id: call.id,
        data: { status: 'closed' },
        ...SEED_OPTIONS,
      })
    }
  }
}
