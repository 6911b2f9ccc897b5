import type { PayloadRequest } from 'payload'

import {
  aggregatePeriod,
  type AgencyInfo,
  type AggregateResult,
  type PeriodReport,
} from '../../hooks/rules/aggregate'
import { periodOfDay, type Period } from '../../hooks/rules/reportPeriods'
import { loadAgencyInfos, loadIndicatorSpecs } from '../../src/db/referenceData'
import { idOf } from '../../src/lib/relations'
import type { Id } from '../../src/lib/ids'

// The database side of the aggregate report: a constant number of queries per computation
// (indicators, the period's reports, the tasks on their lines, the agencies), read by the system
// (the standing body's access was checked by the write that asked for it).

const system = (req: PayloadRequest) =>
  ({ depth: 0, overrideAccess: true, pagination: false, req }) as const

const loadPeriodReports = async (req: PayloadRequest, period: Period) => {
  const { docs } = await req.payload.find({
    collection: 'reports',
    where: { period: { equals: period } },
    select: {
      agency: true,
      status: true,
      timeliness: true,
      submittedAt: true,
      indicatorLines: { indicator: true, value: true },
      taskLines: { task: true, status: true, obstacles: true },
      obstacles: true,
      proposals: { content: true },
    },
    sort: 'id',
    ...system(req),
  })
  return docs
}

const loadTaskFacts = async (req: PayloadRequest, ids: Id[]) => {
  if (ids.length === 0) return new Map<string, { title: string; assignedOn: string | null }>()
  const { docs } = await req.payload.find({
    collection: 'tasks',
    where: { id: { in: ids } },
    select: { title: true, assignedOn: true },
    ...system(req),
  })
  return new Map(
    docs.map((doc) => [String(doc.id), { title: doc.title, assignedOn: doc.assignedOn ?? null }]),
  )
}

export type LoadedAggregate = { result: AggregateResult; agencies: AgencyInfo[] }

/** R12.3b: the period's figures as the database holds them now. */
export const computeAggregate = async (
  req: PayloadRequest,
  period: Period,
  dataEndDay?: number,
): Promise<LoadedAggregate> => {
  const [indicators, agencies, rows] = await Promise.all([
    loadIndicatorSpecs({ payload: req.payload, req }),
    loadAgencyInfos({ payload: req.payload, req }),
    loadPeriodReports(req, period),
  ])
  const taskIds = [
    ...new Set(
      rows
        .filter((row) => row.status === 'accepted')
        .flatMap((row) => (row.taskLines ?? []).map((line) => idOf(line.task)))
        .filter((id): id is Id => id !== null),
    ),
  ]
  const tasks = await loadTaskFacts(req, taskIds)
  const reports: PeriodReport[] = rows.map((row) => ({
    id: row.id,
    agency: idOf(row.agency)!,
    status: row.status,
    timeliness: row.timeliness ?? null,
    submittedAt: row.submittedAt ?? null,
    indicatorLines: (row.indicatorLines ?? []).map((line) => ({
      indicator: idOf(line.indicator)!,
      value: typeof line.value === 'number' ? line.value : null,
    })),
    taskLines: (row.taskLines ?? []).map((line) => {
      const task = tasks.get(String(idOf(line.task)))
      return {
        task: idOf(line.task)!,
        status: line.status ?? null,
        assignedInPeriod:
          Boolean(task?.assignedOn) && periodOfDay(task!.assignedOn!, dataEndDay) === period,
        obstacles: line.obstacles ?? null,
        taskTitle: task?.title ?? null,
      }
    }),
    obstacles: row.obstacles ?? null,
    proposals: (row.proposals ?? []).map((proposal) => proposal.content ?? ''),
  }))
  return {
    result: aggregatePeriod({ period, dataEndDay, indicators, agencies, reports }),
    agencies,
  }
}

const camel = (status: string) => status.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())

/** The stored form of the figures (the record's computed fields). */
export const figuresData = ({ result }: LoadedAggregate) => ({
  indicatorTotals: result.indicatorTotals.map((figure) => ({
    indicator: figure.indicator,
    district: figure.unit,
    value: figure.value,
    sources: figure.sources,
  })),
  taskCounts: result.taskCounts.map((row) => ({
    agency: row.agency,
    report: row.report,
    ...Object.fromEntries(Object.entries(row.counts).map(([name, n]) => [camel(name), n])),
  })),
  lateAgencies: result.late,
  missingAgencies: result.missing,
  obstacles: result.obstacles,
  proposals: result.proposals,
  expectedCount: result.counts.expected,
  acceptedCount: result.counts.accepted,
  lateCount: result.counts.late,
  missingCount: result.counts.missing,
})
