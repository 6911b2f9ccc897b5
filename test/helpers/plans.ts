// Drafting and moving plans, for the plan tests (test/int/plans-*.test.ts): `world()` gives the
// Payload and the signers the test file booted.
import type { Payload } from 'payload'

import type { User } from '../../payload-types'
import { vnToday } from '../../src/lib/clock'
import { day } from './fixtures'
import type { Signers } from './signers'

export const YEAR = Number(vnToday().slice(0, 4))

export const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

export const planActions = (world: () => { payload: Payload; s: Signers }) => {
  const items = () => {
    const { s } = world()
    return [
      {
        content: 'Hoàn thành làm sạch dữ liệu hộ tịch',
        leadAgency: s.agencies.justice.id,
        dueDate: day(`${YEAR}-12-31`),
      },
      {
        content: 'Triển khai 25 dịch vụ công thiết yếu',
        leadAgency: s.agencies.office.id,
        dueDate: day(`${YEAR}-12-15`),
      },
    ]
  }

  const draftPlan = (data: Record<string, unknown> = {}) =>
    world().payload.create({
      collection: 'plans',
      data: {
        kind: 'annual-programme',
        year: YEAR,
        title: `Chương trình công tác năm ${YEAR}`,
        items: items(),
        ...data,
      } as never,
      ...as(world().s.users.secretary),
    })

  const move = (id: number, user: User, data: Record<string, unknown>) =>
    world().payload.update({ collection: 'plans', id, data: data as never, ...as(user) })

  const submitted = async (data: Record<string, unknown> = {}) => {
    const plan = await draftPlan(data)
    return move(plan.id, world().s.users.secretary, { status: 'submitted' })
  }

  const stored = (id: number) => world().payload.findByID({ collection: 'plans', id, depth: 0 })

  const countTasks = async () => (await world().payload.count({ collection: 'tasks' })).totalDocs

  return { items, draftPlan, move, submitted, stored, countTasks }
}
