import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Agency, Indicator, Report, User } from '../../payload-types'
import { rebuildRollups } from '../../src/rollups/rebuild'
import { ROLLUP_SLUGS } from '../../src/rollups/slugs'
import { prng } from '../../src/lib/prng'
import { createAgency, createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import {
  createIndicator,
  createReport,
  createReportingAgency,
  groupHead,
  setVnNow,
  updateReport,
} from '../helpers/reports'

// The rollups kept by hooks equal a recomputation from the source records after a seeded random
// sequence of report submissions, acceptances, returns, deletions and task changes (R12.3a, R3.2).

let payload: Payload
let secretariat: User
const units: {
  agency: Agency
  reporter: User
  assign: (data?: Record<string, unknown>) => Promise<{ id: number }>
}[] = []
let district: Agency
const PERIODS = ['2025-03', '2025-04']
const system = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  payload = await initPayload()
  const head = await groupHead(payload)
  secretariat = await createUser(payload, { roles: ['secretariat'] })
  // A flow, a percentage and an average: each aggregated its own way.
  const kinds = ['department', 'district'] as Indicator['reportedBy']
  await createIndicator(payload, { reportedBy: kinds, order: 1 })
  await createIndicator(payload, { unit: '%', aggregation: 'latest', reportedBy: kinds, order: 2 })
  await createIndicator(payload, { aggregation: 'average', reportedBy: kinds, order: 3 })
  units.push(await createReportingAgency(payload, head))
  units.push(await createReportingAgency(payload, head))
  const d = await createReportingAgency(payload, head, 'district')
  district = d.agency
  units.push(d)
  await createAgency(payload, { kind: 'commune', parent: district.id })
  setVnNow('2025-03-20 09:00') // both months open (R12.3a): April's data began on 15/03
})

afterAll(() => {
  vi.useRealTimers()
})

/** Every rollup row by key, without ids and timestamps. */
const snapshot = async () => {
  const rows: Record<string, unknown> = {}
  for (const collection of Object.values(ROLLUP_SLUGS)) {
    const { docs } = await payload.find({ collection, pagination: false, ...system })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const { id: _id, createdAt: _c, updatedAt: _u, refreshedAt: _r, ...facts } = doc
      rows[`${collection}:${String(doc.key)}`] = facts
    }
  }
  return rows
}

const valuesFor = (report: Report, random: () => number) =>
  (report.indicatorLines ?? []).map((line) => ({
    ...line,
    value: Math.floor(random() * 100),
  }))

describe('rollups kept by hooks', () => {
  it('equal a rebuild from the source records after 40 random writes (R12.3a, R3.2)', async () => {
    const random = prng('dashboard-rollups')
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
    const tasks: { id: number; late: boolean }[] = []
    for (let step = 0; step < 40; step++) {
      const unit = pick(units)
      const period = pick(PERIODS)
      const { docs } = await payload.find({
        collection: 'reports',
        where: { and: [{ agency: { equals: unit.agency.id } }, { period: { equals: period } }] },
        ...system,
      })
      const report = docs[0] as Report | undefined
      const roll = random()
      if (roll < 0.25) {
        // A task assigned, completed, moved or deleted.
        const action = pick(['create', 'complete', 'move', 'delete'] as const)
        // Tasks assigned after the reported months never appear on a report's task lines, so
        // they can be deleted (a task on a report's lines is kept for the report's history).
        const deletable = tasks.filter((task) => task.late)
        if (action === 'create' || tasks.length === 0) {
          const late = random() < 0.5
          const task = await unit.assign({
            assignedOn: day(late ? '2025-05-02' : '2025-01-06'),
            dueDate: day(pick(['2025-03-15', '2025-05-30', '2025-06-30'])),
          })
          tasks.push({ id: task.id, late })
        } else if (action === 'complete') {
          await payload.update({
            collection: 'tasks',
            id: pick(tasks).id,
            data: { completedOn: day('2025-04-01') },
            ...system,
          })
        } else if (action === 'move') {
          await payload.update({
            collection: 'tasks',
            id: pick(tasks).id,
            data: { leadAgency: pick(units).agency.id },
            ...system,
          })
        } else if (deletable.length) {
          const task = pick(deletable)
          tasks.splice(tasks.indexOf(task), 1)
          await payload.delete({ collection: 'tasks', id: task.id, ...system })
        }
        continue
      }
      if (!report) {
        const created = await createReport(payload, unit.reporter, {
          agency: unit.agency.id,
          period,
        })
        await updateReport(payload, unit.reporter, created.id, {
          indicatorLines: valuesFor(created, random),
        })
      } else if (report.status === 'draft' || report.status === 'returned') {
        if (random() < 0.15) {
          await payload.delete({
            collection: 'reports',
            id: report.id,
            overrideAccess: false,
            user: secretariat,
          })
        } else {
          const taskLines = (report.taskLines ?? []).map((line) => ({
            ...line,
            overdueReason: 'Chờ kinh phí.',
          }))
          await updateReport(payload, unit.reporter, report.id, {
            indicatorLines: valuesFor(report, random),
            taskLines,
            status: report.status === 'draft' ? 'submitted' : 'resubmitted',
          })
        }
      } else if (report.status === 'submitted' || report.status === 'resubmitted') {
        const accept = random() < 0.6
        await updateReport(
          payload,
          secretariat,
          report.id,
          accept
            ? { status: 'accepted' }
            : { status: 'returned', reviewComment: 'Bổ sung số liệu.' },
        )
      } else if (random() < 0.5) {
        await payload.delete({
          collection: 'reports',
          id: report.id,
          overrideAccess: false,
          user: secretariat,
        })
      }
    }
    // A district moves under another kind: its reports change scopes.
    await payload.update({
      collection: 'agencies',
      id: district.id,
      data: { kind: 'department' },
      ...system,
    })

    const incremental = await snapshot()
    expect(Object.keys(incremental).length).toBeGreaterThan(5)
    const result = await rebuildRollups(payload)
    expect(result).toMatchObject({ written: 0, deleted: 0 })
    expect(await snapshot()).toEqual(incremental)
  }, 240_000)
})
