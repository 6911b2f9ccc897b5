// R12.2 / R12.4 on the agency scorecard: the Standing's working sessions with each agency in the
// year, and the obstacles each raised that are still open (overdue ones counted apart).
import type { Payload, Where } from 'payload'
import { createLocalReq } from 'payload'
import { parse } from 'qs-esm'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { User } from '../../payload-types'
import { loadDashboard, parseFilters } from '../../dashboards/queries'
import type { DashboardData } from '../../dashboards/types'
import { createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { createReportingAgency, groupHead, setVnNow } from '../helpers/reports'

let payload: Payload
let leader: User
let agencyId: number
let data: DashboardData

const countBehind = async (href: string) => {
  const [path, query] = href.split('?')
  const collection = path.split('/').pop() as 'feedback'
  const { where } = parse(query ?? '', { depth: 10 }) as { where?: Where }
  return (await payload.count({ collection, where, overrideAccess: false, user: leader })).totalDocs
}

beforeAll(async () => {
  payload = await initPayload()
  const head = await groupHead(payload)
  leader = await createUser(payload, { roles: ['leader'] })
  const secretariat = await createUser(payload, { roles: ['secretariat'] })
  const { agency, reporter } = await createReportingAgency(payload, head)
  agencyId = agency.id
  const session = (date: string) =>
    payload.create({
      collection: 'working-sessions',
      data: {
        date: day(date),
        kind: 'periodic',
        agency: agency.id,
        chair: head.id,
        subject: 'Nghe báo cáo',
      },
      overrideAccess: false,
      user: secretariat,
    })
  await session('2025-02-12')
  await session('2024-12-30') // the year before: not counted
  const raise = (title: string) =>
    payload.create({
      collection: 'feedback',
      data: { kind: 'obstacle', title, content: title } as never,
      overrideAccess: false,
      user: reporter,
    })
  setVnNow('2025-03-03 09:00')
  await raise('Thiếu thiết bị đọc căn cước') // due 17/03: overdue on 20/04
  const answered = await raise('Chưa có đường truyền')
  setVnNow('2025-04-15 09:00')
  await raise('Thiếu cán bộ') // due after 20/04
  await payload.update({
    collection: 'feedback',
    id: answered.id,
    data: { status: 'under-review' },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'feedback',
    id: answered.id,
    data: { status: 'answered', response: 'Đã kết nối.' },
    overrideAccess: false,
    user: secretariat,
  })
  data = await loadDashboard(
    await createLocalReq({ user: { ...leader, collection: 'users' } as never }, payload),
    parseFilters({ period: '2025-04', from: '2025-01' }, '2025-04-20'),
    undefined,
    '2025-04-20',
  )
})

afterEach(() => {
  vi.useRealTimers()
})

const rowOf = () => data.agencies.rows.find((row) => row.agency === agencyId)!

describe('the Standing’s follow-up on the agency scorecard (R12.2, R12.4)', () => {
  it('counts the working sessions held with the agency in the year (R12.2)', async () => {
    expect([rowOf().workingSessions, await countBehind(rowOf().sessionsHref)]).toEqual([1, 1])
  })

  it('counts the open obstacles and, apart, those past their due date (R12.4)', async () => {
    const row = rowOf()
    expect([row.obstaclesOpen, row.obstaclesOverdue, await countBehind(row.obstaclesHref)]).toEqual(
      [2, 1, 2],
    )
  })
})
