import type { PayloadRequest } from 'payload'

import { MISSING_STATE_LABELS } from '../../hooks/rules/aggregate'
import { settingsDayOf, storedDataPeriod, type Period } from '../../hooks/rules/reportPeriods'
import { TASK_STATUS_LABELS, TASK_STATUSES, type TaskStatus } from '../../hooks/rules/taskStatus'
import type { AggregateReport } from '../../payload-types'
import { formatVnDateTimeShort, issuingBodyOf } from './issuers'
import { charterNumbersOn } from '../charter/settings'
import { loadTaskFigures } from '../figures/loadTaskFigures'
import { figuresDayOf, taskFiguresDefinition, type TaskFigures } from '../figures/monthFigures'
import { idOf } from '../lib/relations'
import { recipientLines } from './decree30'
import type { Id } from '../lib/ids'

// What the DOCX and the XLSX annex of an aggregate report show, with names in place of ids.

export type AggregateView = {
  period: string
  /** R12.3a: "Số liệu từ ngày … đến ngày …", from the stamped data period. */
  dataPeriod: string | null
  symbol: string
  day: string
  place: string
  superior: string | null
  issuer: string
  summary: string
  recipients: string[]
  signature: { lines: string[]; name: string | null }
  counts: { expected: number; accepted: number; late: number; missing: number }
  districts: { id: Id; name: string }[]
  indicators: {
    code: string
    name: string
    unit: string
    province: number | null
    byDistrict: Map<string, number | null>
  }[]
  /** R3.2: the province's task figures on the day they are taken (one definition with the dashboard). */
  taskFigures: TaskFigures & { day: string; definition: string }
  /** The task lines of the accepted reports, by agency (what each agency reported). */
  tasks: { agency: string; counts: Record<TaskStatus, number>; total: number }[]
  taskTotals: Record<TaskStatus, number> & { total: number }
  late: { agency: string; submittedAt: string }[]
  missing: { agency: string; state: string }[]
  obstacles: { agency: string; text: string }[]
  proposals: { agency: string; text: string }[]
}

const camel = (status: string) => status.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())

const system = (req: PayloadRequest) =>
  ({ depth: 0, overrideAccess: true, pagination: false, req }) as const

/**
 * R3.2: the province's task figures for the aggregate report of `period` issued on `day`: taken
 * on the last day of the data period (or `day` before it), as the dashboard takes them.
 */
export const aggregateTaskFigures = async (
  req: PayloadRequest,
  period: Period,
  day: string,
): Promise<AggregateView['taskFigures']> => {
  const { dataEndDay } = await charterNumbersOn(req, settingsDayOf(period))
  const on = figuresDayOf(period, day, dataEndDay)
  return {
    ...(await loadTaskFigures(req, on)),
    day: on,
    definition: taskFiguresDefinition(on).vi,
  }
}

/** The aggregate report as its documents show it, on the day `day` with number `symbol`. */
export const aggregateViewOf = async (
  req: PayloadRequest,
  doc: AggregateReport,
  issue: { symbol: string; day: string; signatureBlock: string[]; signer: Id | null },
): Promise<AggregateView> => {
  const [indicators, agencies, body, signer, taskFigures] = await Promise.all([
    req.payload.find({
      collection: 'indicators',
      select: { code: true, nameVi: true, unit: true },
      sort: ['order', 'code'],
      ...system(req),
    }),
    req.payload.find({
      collection: 'agencies',
      select: { name: true, kind: true },
      ...system(req),
    }),
    issuingBodyOf(req, issue.day),
    issue.signer === null
      ? null
      : req.payload.findByID({
          collection: 'users',
          id: issue.signer,
          select: { fullName: true },
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        }),
    aggregateTaskFigures(req, doc.period, issue.day),
  ])
  const names = new Map(agencies.docs.map((agency) => [String(agency.id), agency.name]))
  const nameOf = (id: unknown) => names.get(String(idOf(id))) ?? ''
  const totals = doc.indicatorTotals ?? []
  const districtIds = [
    ...new Set(totals.map((row) => idOf(row.district)).filter((id): id is Id => id !== null)),
  ]
  const districts = districtIds
    .map((id) => ({ id, name: nameOf(id) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
  const figures = new Map(
    totals.map((row) => [`${idOf(row.indicator)}:${idOf(row.district) ?? ''}`, row.value ?? null]),
  )
  const shown = indicators.docs.filter((indicator) =>
    totals.some((row) => String(idOf(row.indicator)) === String(indicator.id)),
  )
  const tasks = (doc.taskCounts ?? []).map((row) => {
    const counts = Object.fromEntries(
      TASK_STATUSES.map((status) => [
        status,
        Number((row as Record<string, unknown>)[camel(status)] ?? 0),
      ]),
    ) as Record<TaskStatus, number>
    return { agency: nameOf(row.agency), counts, total: row.total ?? 0 }
  })
  const taskTotals = Object.fromEntries([
    ...TASK_STATUSES.map((status) => [status, tasks.reduce((n, row) => n + row.counts[status], 0)]),
    ['total', tasks.reduce((n, row) => n + row.total, 0)],
  ]) as AggregateView['taskTotals']
  return {
    period: doc.period,
    dataPeriod: storedDataPeriod(doc),
    symbol: issue.symbol,
    day: issue.day,
    place: body.place,
    superior: body.superior,
    issuer: body.issuer,
    summary: doc.title ?? '',
    recipients: recipientLines(doc.recipients),
    signature: { lines: issue.signatureBlock, name: signer?.fullName ?? null },
    counts: {
      expected: doc.expectedCount ?? 0,
      accepted: doc.acceptedCount ?? 0,
      late: doc.lateCount ?? 0,
      missing: doc.missingCount ?? 0,
    },
    districts,
    indicators: shown.map((indicator) => ({
      code: indicator.code,
      name: indicator.nameVi,
      unit: indicator.unit,
      province: figures.get(`${indicator.id}:`) ?? null,
      byDistrict: new Map(
        districts.map((district) => [
          String(district.id),
          figures.get(`${indicator.id}:${district.id}`) ?? null,
        ]),
      ),
    })),
    taskFigures,
    tasks,
    taskTotals,
    late: (doc.lateAgencies ?? []).map((row) => ({
      agency: nameOf(row.agency),
      submittedAt: row.submittedAt ? formatVnDateTimeShort(row.submittedAt) : '',
    })),
    missing: (doc.missingAgencies ?? []).map((row) => ({
      agency: nameOf(row.agency),
      state: row.state ? MISSING_STATE_LABELS[row.state].vi : '',
    })),
    obstacles: (doc.obstacles ?? []).map((row) => ({
      agency: nameOf(row.agency),
      text: row.text ?? '',
    })),
    proposals: (doc.proposals ?? []).map((row) => ({
      agency: nameOf(row.agency),
      text: row.text ?? '',
    })),
  }
}

export const taskStatusLabel = (status: TaskStatus) => TASK_STATUS_LABELS[status].vi
