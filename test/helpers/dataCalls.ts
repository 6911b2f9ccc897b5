import type { Payload } from 'payload'

import type { Agency, User } from '../../payload-types'
import type { FormField } from '../../hooks/rules/dataCalls/form'
import { createAgency, createUser, unique } from './fixtures'

// R7.5: a small world for the data-call tests: the standing body's secretariat and three agencies,
// each with a contact email and a reporter.

/** The call's form as typed in the admin (choices one per line). */
export const FORM: (Omit<FormField, 'choices'> & { choices?: string })[] = [
  {
    key: 'so-ho-so',
    label: 'Số hồ sơ đã tiếp nhận',
    kind: 'number',
    required: true,
    unit: 'hồ sơ',
    aggregation: 'sum',
    wholeNumber: true,
  },
  {
    key: 'ty-le',
    label: 'Tỷ lệ số hóa',
    kind: 'number',
    required: true,
    unit: '%',
    aggregation: 'average',
  },
  {
    key: 'tinh-trang',
    label: 'Đã kết nối dữ liệu dân cư',
    kind: 'choice',
    required: true,
    choices: 'Đã kết nối\nChưa kết nối',
  },
  { key: 'ghi-chu', label: 'Ghi chú', kind: 'text', required: false },
]

export type CallWorld = {
  secretariat: User
  viewer: User
  agencies: Agency[]
  reporters: User[]
}

export const createCallWorld = async (payload: Payload): Promise<CallWorld> => {
  const secretariat = await createUser(payload, { roles: ['secretariat'] })
  const viewer = await createUser(payload, { roles: ['viewer'] })
  const agencies: Agency[] = []
  const reporters: User[] = []
  for (const name of ['Sở Tư pháp', 'Sở Y tế', 'UBND huyện Đông Sơn']) {
    const agency = await createAgency(payload, {
      name: unique(name),
      kind: name.startsWith('UBND') ? 'district' : 'department',
      contactEmail: `${unique('cq').toLowerCase()}@test.vn`,
    })
    agencies.push(agency)
    reporters.push(await createUser(payload, { roles: ['reporter'], agency: agency.id }))
  }
  return { secretariat, viewer, agencies, reporters }
}

export const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

export const draftCall = (payload: Payload, user: User, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'data-calls',
    data: {
      title: 'Kết quả thu nhận hồ sơ căn cước quý I',
      basisConclusion: 'Kết luận phiên họp tháng 4 của Tổ công tác',
      workingDays: 3,
      fields: FORM,
      ...data,
    } as never,
    ...as(user),
  })

export const openCall = (payload: Payload, user: User, id: number) =>
  payload.update({ collection: 'data-calls', id, data: { status: 'open' }, ...as(user) })

export const responsesOf = async (payload: Payload, call: number) =>
  (
    await payload.find({
      collection: 'data-call-responses',
      where: { call: { equals: call } },
      depth: 0,
      pagination: false,
      sort: 'id',
    })
  ).docs

/** Answers that fit FORM. */
export const goodAnswers = (count = 100, rate = 50) => [
  { key: 'so-ho-so', number: count },
  { key: 'ty-le', number: rate },
  { key: 'tinh-trang', text: 'Đã kết nối' },
]
