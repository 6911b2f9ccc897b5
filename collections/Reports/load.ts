import type { PayloadRequest } from 'payload'

import { charterNumbersOn } from '../../src/charter/settings'
import { dayKeyOf } from '../../src/fields/dates'
import type { IndicatorFacts } from '../../hooks/rules/reportValidation'
import type { IndicatorDefinition, TaskSnapshot } from '../../hooks/rules/reportLines'
import {
  periodEnd,
  periodStart,
  previousPeriod,
  settingsDayOf,
  type LateEntryException,
  type Period,
  type PeriodLockState,
} from '../../hooks/rules/reportPeriods'
import { taskStatus, type Extension } from '../../hooks/rules/taskStatus'
import { vnDayEnd, vnDayStart } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'
import type { Id } from '../../src/lib/ids'

// What the report hooks read from the database: a constant number of queries per write, all in
// the caller's transaction (`req`), none on behalf of the user (the access checks happen first).

const system = (req: PayloadRequest) => ({ depth: 0, overrideAccess: true, req }) as const

export type AgencyFacts = {
  id: Id
  name: string
  kind: string
  validFrom: string | null
  validTo: string | null
}

export const loadAgency = async (req: PayloadRequest, id: Id): Promise<AgencyFacts | null> => {
  const { docs } = await req.payload.find({
    collection: 'agencies',
    where: { id: { equals: id } },
    select: { name: true, kind: true, validFrom: true, validTo: true },
    limit: 1,
    pagination: false,
    ...system(req),
  })
  const agency = docs[0]
  if (!agency) return null
  return {
    id: agency.id,
    name: agency.name,
    kind: agency.kind,
    validFrom: dayKeyOf(agency.validFrom),
    validTo: dayKeyOf(agency.validTo),
  }
}

/** Agencies merged into this one that had gone by the period: their indicators pass to it. */
export const loadPredecessors = async (
  req: PayloadRequest,
  id: Id,
  period: Period,
  dataEndDay?: number,
): Promise<Id[]> => {
  const { docs } = await req.payload.find({
    collection: 'agencies',
    where: {
      and: [
        { replacedBy: { equals: id } },
        { validTo: { less_than: vnDayStart(periodStart(period, dataEndDay)).toISOString() } },
      ],
    },
    select: {},
    pagination: false,
    ...system(req),
  })
  return docs.map((doc) => doc.id)
}

export const loadReportingNumbers = (req: PayloadRequest, period: Period) =>
  charterNumbersOn(req, settingsDayOf(period))

export type PeriodRecord = PeriodLockState & { exceptions: LateEntryException[] }

export const loadPeriodRecord = async (
  req: PayloadRequest,
  period: Period,
): Promise<PeriodRecord> => {
  const { docs } = await req.payload.find({
    collection: 'reporting-periods',
    where: { period: { equals: period } },
    select: { lockedAt: true, aggregateIssuedAt: true, exceptions: true },
    limit: 1,
    pagination: false,
    ...system(req),
  })
  const record = docs[0]
  return {
    lockedAt: record?.lockedAt ?? null,
    aggregateIssuedAt: record?.aggregateIssuedAt ?? null,
    exceptions: (record?.exceptions ?? []).map((exception) => ({
      agency: idOf(exception.agency),
      expiresAt: exception.expiresAt ?? null,
    })),
  }
}

export type IndicatorRecord = IndicatorDefinition & IndicatorFacts

/** The whole catalogue (a few dozen rows), in display order. */
export const loadIndicators = async (req: PayloadRequest): Promise<IndicatorRecord[]> => {
  const { docs } = await req.payload.find({
    collection: 'indicators',
    select: {
      nameVi: true,
      nameEn: true,
      unit: true,
      cumulative: true,
      wholeNumber: true,
      source: true,
      owner: true,
      reportedBy: true,
      active: true,
    },
    sort: ['order', 'code'],
    pagination: false,
    ...system(req),
  })
  return docs.map((doc) => ({
    id: doc.id,
    nameVi: doc.nameVi,
    nameEn: doc.nameEn ?? null,
    unit: doc.unit,
    cumulative: Boolean(doc.cumulative),
    wholeNumber: doc.wholeNumber !== false,
    source: doc.source ?? 'reported',
    owner: idOf(doc.owner),
    reportedBy: doc.reportedBy ?? [],
    active: doc.active !== false,
  }))
}

/** Last month's value of each indicator, from the agency's report of the previous period. */
export const loadPreviousValues = async (
  req: PayloadRequest,
  agency: Id,
  period: Period,
): Promise<Map<string, number | null>> => {
  const { docs } = await req.payload.find({
    collection: 'reports',
    where: {
      and: [{ agency: { equals: agency } }, { period: { equals: previousPeriod(period) } }],
    },
    select: { indicatorLines: { indicator: true, value: true } },
    limit: 1,
    pagination: false,
    ...system(req),
  })
  return new Map(
    (docs[0]?.indicatorLines ?? []).map((line) => [
      String(idOf(line.indicator)),
      typeof line.value === 'number' ? line.value : null,
    ]),
  )
}

type TaskRow = {
  id: Id
  title: string
  leadAgency: unknown
  progress?: number | null
  startDate?: string | null
  dueDate?: string | null
  completedOn?: string | null
  recurring?: boolean | null
  paused?: boolean | null
  extensions?: { newDueDate?: string | null; status?: Extension['status'] | null }[] | null
}

export type TaskFacts = TaskSnapshot & { title: string; leadAgency: Id | null }

const TASK_SELECT = {
  title: true,
  leadAgency: true,
  progress: true,
  startDate: true,
  dueDate: true,
  completedOn: true,
  recurring: true,
  paused: true,
  extensions: { newDueDate: true, status: true },
} as const

/** The task's status on `day` (the end of the period, or today while the period runs). */
const snapshotOf = (task: TaskRow, day: string): TaskFacts => ({
  id: task.id,
  title: task.title,
  leadAgency: idOf(task.leadAgency),
  progress: task.progress ?? 0,
  status: taskStatus(
    {
      startDate: dayKeyOf(task.startDate),
      dueDate: dayKeyOf(task.dueDate),
      completedOn: dayKeyOf(task.completedOn),
      recurring: task.recurring,
      paused: task.paused,
      extensions: (task.extensions ?? []).map((extension) => ({
        newDueDate: dayKeyOf(extension.newDueDate) ?? '',
        status: extension.status ?? 'requested',
      })),
    },
    day,
  ),
})

/**
 * The tasks the agency leads that are open in the period: assigned by the end of its data and
 * not completed before they began (those completed during the data period are reported too).
 */
export const loadOpenTasks = async (
  req: PayloadRequest,
  agency: Id,
  period: Period,
  day: string,
  dataEndDay?: number,
): Promise<TaskFacts[]> => {
  const { docs } = await req.payload.find({
    collection: 'tasks',
    where: {
      and: [
        { leadAgency: { equals: agency } },
        { assignedOn: { less_than_equal: vnDayEnd(periodEnd(period, dataEndDay)).toISOString() } },
        {
          or: [
            { completedOn: { exists: false } },
            {
              completedOn: {
                greater_than_equal: vnDayStart(periodStart(period, dataEndDay)).toISOString(),
              },
            },
          ],
        },
      ],
    },
    select: TASK_SELECT,
    sort: ['dueDate', 'id'],
    pagination: false,
    ...system(req),
  })
  return (docs as TaskRow[]).map((task) => snapshotOf(task, day))
}

export const loadTasks = async (
  req: PayloadRequest,
  ids: readonly Id[],
  day: string,
): Promise<TaskFacts[]> => {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'tasks',
    where: { id: { in: [...ids] } },
    select: TASK_SELECT,
    pagination: false,
    ...system(req),
  })
  return (docs as TaskRow[]).map((task) => snapshotOf(task, day))
}
