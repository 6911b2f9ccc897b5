// Benchmark fixture only, never product code: the bulk rows of the province (monthly reports with
// their indicator lines, tasks with their extensions and coordinating agencies) written straight
// into the adapter's tables with multi-row INSERTs. Through the Local API, 720,000 values would
// take hours; the rollups are then rebuilt the normal way (rebuildRollups). The rows carry what
// the hooks would have stamped (deadline, timeliness, task status, due date in force).
//
// It writes through Drizzle's insert builder on the adapter's own table objects
// (`payload.db.tables`), which gives the right table and column names for SQLite and PostgreSQL.
import type { Payload } from 'payload'

import { reportDeadline, timelinessOf, type Period } from '../../hooks/rules/reportPeriods'
import { effectiveDueDate, taskStatus, type Extension } from '../../hooks/rules/taskStatus'
import { addDaysToKey, daysBetweenKeys, toInstant, vnDayStart } from '../../src/lib/clock'
import type { HeldMeeting } from './meetings'
import type { Id, Organisation } from './organisation'
import type { ProvincePlan } from './plan'
import { between, pick, prng, rowId, type Random } from './prng'

type Row = Record<string, unknown>
type Table = Record<string, unknown>
type Insert = {
  values: (rows: Row[]) => PromiseLike<unknown> & {
    returning: (fields: Record<string, unknown>) => PromiseLike<Row[]>
  }
}
type Drizzle = { insert: (table: Table) => Insert }
type SqlAdapter = { drizzle: Drizzle; tables: Record<string, Table> }

// Both SQLite (32,766) and PostgreSQL (65,535) accept this many bound values per statement.
const MAX_VALUES = 30_000

const adapterOf = (payload: Payload): SqlAdapter => {
  const db = payload.db as unknown as Partial<SqlAdapter>
  if (!db.drizzle || !db.tables) throw new Error('bench:dashboard needs a SQL adapter')
  return db as SqlAdapter
}

const chunksOf = <T>(rows: T[], width: number): T[][] => {
  const size = Math.max(1, Math.floor(MAX_VALUES / width))
  const chunks: T[][] = []
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size))
  return chunks
}

const insertAll = async (db: SqlAdapter, table: string, rows: Row[]) => {
  if (!rows.length) return
  for (const chunk of chunksOf(rows, Object.keys(rows[0]).length)) {
    await db.drizzle.insert(db.tables[table]).values(chunk)
  }
}

const day = (key: string) => vnDayStart(key).toISOString()
const at = (key: string, time: string) => toInstant(`${key} ${time}`).toISOString()
let nextRowId = 1

const REPORT_STATES: [string, number][] = [
  ['accepted', 0.89],
  ['submitted', 0.03],
  ['returned', 0.02],
  ['resubmitted', 0.02],
  ['draft', 0.02],
  ['missing', 0.02],
]

const stateOf = (random: Random): string => {
  let roll = random()
  for (const [state, share] of REPORT_STATES) {
    if ((roll -= share) < 0) return state
  }
  return 'accepted'
}

/** One report per agency and month (about one in fifty missing), 40 indicator lines each. */
export const insertReports = async (
  payload: Payload,
  plan: ProvincePlan,
  org: Organisation,
  now: Date,
): Promise<{ reports: number; lines: number }> => {
  const db = adapterOf(payload)
  const random = prng(`reports:${plan.years}`)
  // A level and a monthly growth per agency × indicator: districts and communes report more.
  const level = plan.agencies.map((agency) =>
    plan.indicators.map(() => ({
      base: between(random, 10, agency.kind === 'commune' ? 400 : 2000),
      growth: 1 + random() * 0.04,
    })),
  )
  let reports = 0
  let lines = 0
  for (const [m, period] of plan.months.entries()) {
    const deadline = reportDeadline(period as Period, 18)
    const rows: Row[] = []
    for (const [a, agency] of plan.agencies.entries()) {
      const state = stateOf(random)
      if (state === 'missing') continue
      const sent = state !== 'draft'
      const lateBy = random() < 0.12 ? between(random, 1, 25) : -between(random, 0, 12)
      let submittedAt = sent ? new Date(at(addDaysToKey(deadline, lateBy), '10:00')) : null
      if (submittedAt && submittedAt > now) submittedAt = new Date(now.getTime() - 3_600_000)
      const reviewed = state === 'accepted' || state === 'returned'
      rows.push({
        agency: org.agencies[a],
        period,
        title: `Báo cáo tháng ${period.slice(5)}/${period.slice(0, 4)} – ${agency.name}`,
        status: state,
        deadline: day(deadline),
        submittedAt: submittedAt?.toISOString() ?? null,
        lastSubmittedAt: submittedAt?.toISOString() ?? null,
        submittedBy: sent ? org.reporter : null,
        timeliness: submittedAt ? timelinessOf(submittedAt, period, 18) : null,
        reviewedAt: reviewed ? new Date(submittedAt!.getTime() + 86_400_000).toISOString() : null,
        reviewedBy: reviewed ? org.secretariat : null,
        openIssues: 0,
        createdAt: at(`${period}-28`, '09:00'),
        updatedAt: (submittedAt ?? now).toISOString(),
      })
    }
    const ids = new Map<string, Id>()
    for (const chunk of chunksOf(rows, Object.keys(rows[0]).length)) {
      const stored = await db.drizzle
        .insert(db.tables.reports)
        .values(chunk)
        .returning({ id: db.tables.reports.id, agency: db.tables.reports.agency })
      for (const row of stored) ids.set(String(row.agency), row.id as Id)
    }
    const lineRows: Row[] = []
    for (const [a] of plan.agencies.entries()) {
      const parent = ids.get(String(org.agencies[a]))
      if (parent === undefined) continue
      for (const [i, indicator] of org.indicators.entries()) {
        const { base, growth } = level[a][i]
        const value = Math.round(base * growth ** m * (0.9 + random() * 0.2))
        const previous = m === 0 ? null : Math.round(base * growth ** (m - 1))
        lineRows.push({
          _order: i + 1,
          _parentID: parent,
          id: rowId(nextRowId++),
          indicator,
          previousValue: previous,
          value,
        })
      }
    }
    await insertAll(db, 'reports_indicator_lines', lineRows)
    reports += rows.length
    lines += lineRows.length
  }
  return { reports, lines }
}

const SOURCES = ['national-programme', 'provincial-plan', 'meeting-conclusion', 'ad-hoc'] as const

/**
 * `plan.taskCount` tasks assigned over the range: most completed (on time or late), some open and
 * overdue, a few recurring or paused; one in twelve with an extension, most with coordinators.
 */
export const insertTasks = async (
  payload: Payload,
  plan: ProvincePlan,
  org: Organisation,
  meetings: readonly HeldMeeting[],
  today: string,
): Promise<number> => {
  const db = adapterOf(payload)
  const random = prng(`tasks:${plan.years}`)
  const first = `${plan.months[0]}-01`
  const span = Math.round((Date.parse(today) - Date.parse(first)) / 86_400_000)
  const wgMeetings = meetings.filter((meeting) => meeting.kind !== 'sg')
  const tasks: Row[] = []
  const extensions: Extension[][] = []
  for (let n = 0; n < plan.taskCount; n++) {
    const source = pick(random, SOURCES)
    const meeting = source === 'meeting-conclusion' ? pick(random, wgMeetings) : null
    const assignedOn = meeting
      ? addDaysToKey(meeting.day, 2)
      : addDaysToKey(first, between(random, 0, span - 1))
    const dueDate = addDaysToKey(assignedOn, between(random, 15, 120))
    const roll = random()
    const ext: Extension[] =
      roll < 0.08
        ? [
            {
              newDueDate: addDaysToKey(dueDate, between(random, 15, 45)),
              status: roll < 0.055 ? 'approved' : roll < 0.07 ? 'rejected' : 'requested',
            },
          ]
        : []
    const due = effectiveDueDate({ dueDate, extensions: ext })!
    const outcome = random()
    let completedOn: string | null = null
    if (outcome < 0.7)
      completedOn = addDaysToKey(assignedOn, between(random, 1, daysBetweenKeys(assignedOn, due)))
    else if (outcome < 0.85) completedOn = addDaysToKey(due, between(random, 1, 60))
    if (completedOn && completedOn >= today) completedOn = null
    const dates = {
      dueDate,
      completedOn,
      recurring: outcome > 0.985,
      paused: outcome > 0.975 && outcome <= 0.985,
      extensions: ext,
    }
    tasks.push({
      code: `NV-${String(n + 1).padStart(5, '0')}`,
      source,
      title: `Nhiệm vụ thử tải số ${n + 1}`,
      meeting: meeting?.id ?? null,
      leadAgency: org.agencies[between(random, 0, org.agencies.length - 1)],
      assignedBy: org.head,
      assignedOn: day(assignedOn),
      startDate: day(assignedOn),
      dueDate: day(dueDate),
      completedOn: completedOn ? day(completedOn) : null,
      recurring: dates.recurring,
      paused: dates.paused,
      progress: completedOn ? 100 : between(random, 0, 90),
      status: taskStatus(dates, today),
      effectiveDueDate: day(due),
      createdAt: at(assignedOn, '08:00'),
      updatedAt: at(completedOn ?? assignedOn, '17:00'),
    })
    extensions.push(ext)
  }
  const ids: Id[] = []
  for (const chunk of chunksOf(tasks, Object.keys(tasks[0]).length)) {
    const stored = await db.drizzle
      .insert(db.tables.tasks)
      .values(chunk)
      .returning({ id: db.tables.tasks.id, code: db.tables.tasks.code })
    // Codes are NV-00001…: sorting by code restores the order of `tasks`.
    stored.sort((a, b) => String(a.code).localeCompare(String(b.code)))
    ids.push(...stored.map((row) => row.id as Id))
  }
  const extensionRows: Row[] = []
  const coordinatorRows: Row[] = []
  for (const [n, id] of ids.entries()) {
    extensions[n].forEach((ext, order) =>
      extensionRows.push({
        _order: order + 1,
        _parentID: id,
        id: rowId(nextRowId++),
        reason: 'Khối lượng công việc phát sinh',
        newDueDate: day(ext.newDueDate),
        status: ext.status,
        decidedBy: ext.status === 'requested' ? null : org.head,
      }),
    )
    for (let order = 1; order <= between(random, 0, 2); order++) {
      coordinatorRows.push({
        order,
        parent: id,
        path: 'coordinatingAgencies',
        agenciesID: org.agencies[between(random, 0, org.agencies.length - 1)],
      })
    }
  }
  await insertAll(db, 'tasks_extensions', extensionRows)
  await insertAll(db, 'tasks_rels', coordinatorRows)
  return ids.length
}
