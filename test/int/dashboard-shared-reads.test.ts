// Counting is switched on before the Payload config (and its database adapter) loads.
process.env.DB_COUNT_STATEMENTS = '1'

import { spawnSync } from 'node:child_process'

import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Agency, User } from '../../payload-types'
import { loadDashboard, parseFilters } from '../../dashboards/queries'
import { DATA_VERSION_SLUG } from '../../src/db/dataVersion'
import { countStatements } from '../../src/db/statementCounter'
import { REPORT_REMINDERS } from '../../src/jobs/reportReminders'
import { createUser, day, unique } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { createIndicator, createReportingAgency, groupHead, setVnNow } from '../helpers/reports'
import { rest, restLogin } from '../helpers/rest'
import { tsScriptArgs } from '../helpers/tsScript'

// Issue 15: the same dashboard view asked for again, with the data unchanged, reads only the
// data's version; any committed write, in this process or another, is in the next render.

const TODAY = '2026-01-20'
let payload: Payload
let leader: User
let departments: Awaited<ReturnType<typeof createReportingAgency>>[] = []

const render = async (user: User) => {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  const filters = parseFilters({ period: '2025-12', from: '2025-01' }, TODAY)
  const { result, statements } = await countStatements(() =>
    loadDashboard(req, filters, undefined, TODAY),
  )
  return { data: result, statements }
}

const rowOf = (data: Awaited<ReturnType<typeof render>>['data'], agency: Agency) =>
  data.heatmap.rows.find((row) => String(row.agency) === String(agency.id))

beforeAll(async () => {
  payload = await initPayload()
  setVnNow(`${TODAY} 09:00`)
  const head = await groupHead(payload)
  leader = await createUser(payload, { roles: ['leader'] })
  await createIndicator(payload, { reportedBy: ['department'] })
  departments = [
    await createReportingAgency(payload, head),
    await createReportingAgency(payload, head),
  ]
  // R3.2: one task overdue since June.
  await departments[0]!.assign({ assignedOn: day('2025-02-03'), dueDate: day('2025-06-30') })
})

afterAll(() => {
  vi.useRealTimers()
})

describe('the dashboard’s shared reads', () => {
  it('a view asked for again with the data unchanged reads only the version, and gives the same figures', async () => {
    const first = await render(leader)
    const again = await render(leader)
    expect(first.statements).toBeGreaterThan(5)
    expect(again.statements).toBe(1)
    expect(again.data).toEqual(first.data)
    expect(again.data.overdueTasks.total).toBe(1)
  })

  it('R3.2: a task saved since is in the next render', async () => {
    await render(leader)
    await departments[1]!.assign({ assignedOn: day('2025-03-03'), dueDate: day('2025-07-31') })
    const after = await render(leader)
    expect(after.statements).toBeGreaterThan(1)
    expect(after.data.overdueTasks.total).toBe(2)
  })

  it('a refused write leaves the version as it was', async () => {
    await render(leader)
    await expect(
      payload.create({
        collection: 'tasks',
        // No title, no lead agency: refused, nothing stored.
        data: { source: 'provincial-plan' } as never,
        overrideAccess: true,
      }),
    ).rejects.toThrow()
    expect((await render(leader)).statements).toBe(1)
  })

  it('a job queued (the system’s bookkeeping) leaves the version as it was', async () => {
    await render(leader)
    await payload.jobs.queue({ task: REPORT_REMINDERS, input: {} })
    expect((await render(leader)).statements).toBe(1)
  })

  it('a reporter is not given what a leader’s view read', async () => {
    const leaders = await render(leader)
    expect(rowOf(leaders.data, departments[1]!.agency)).toBeDefined()
    const reporters = await render(departments[0]!.reporter)
    expect(reporters.data.heatmap.rows.map((row) => String(row.agency))).toEqual([
      String(departments[0]!.agency.id),
    ])
    expect(reporters.data.overdueTasks.total).toBe(1)
  })

  it('a write made by another process is in the next render', async () => {
    const agency = departments[1]!.agency
    await render(leader)
    expect((await render(leader)).statements).toBe(1)
    const name = unique('Sở đổi tên')
    const child = spawnSync(process.execPath, tsScriptArgs('test/helpers/renameAgency.ts'), {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DB_PUSH: '0',
        JOBS_AUTORUN: '0',
        AGENCY_ID: String(agency.id),
        AGENCY_NAME: name,
      },
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(child.status, `${child.stderr}\n${child.stdout}`.slice(-4000)).toBe(0)
    const after = await render(leader)
    expect(after.statements).toBeGreaterThan(1)
    expect(rowOf(after.data, agency)?.name).toBe(name)
  }, 180_000)

  it('the version is nobody’s to read or write through the API, an administrator’s neither', async () => {
    const admin = await createUser(payload, { roles: ['admin'] })
    const token = await restLogin(admin.email, 'Test@12345')
    const stampNow = async () =>
      ((await payload.db.findGlobal({ slug: DATA_VERSION_SLUG })) as { stamp?: string }).stamp
    const before = await stampNow()
    const read = await rest(`/globals/${DATA_VERSION_SLUG}`, { token })
    const write = await rest(`/globals/${DATA_VERSION_SLUG}`, {
      method: 'POST',
      token,
      body: { stamp: 'forged' },
    })
    expect([read.status, write.status]).toEqual([403, 403])
    expect(await stampNow()).toBe(before)
    expect(before).toMatch(/^[0-9a-f-]{36}$/)
  })
})
