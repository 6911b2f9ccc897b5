import type { ReportIssue } from './reportValidation'
import type { Id } from '../../src/lib/ids'

// Which lines an agency's monthly report carries, and how its form is pre-filled: the indicators
// the agency reports (by its kind, or because it owns them, or took them over from a merged
// agency) with last month's values beside them, and the tasks it leads that are open in the month.

/**
 * The kinds of agency that report monthly to the provincial police (R12.3a): provincial bodies and
 * district-level units. The People's Committee receives the province's report; commune-level units
 * and local working groups report to their district.
 */
export const REPORTING_AGENCY_KINDS = [
  'police',
  'provincial_office',
  'department',
  'vertical_agency',
  'state_enterprise',
  'mass_organization',
  'media',
  'district',
] as const

export type IndicatorDefinition = {
  id: Id
  source: 'reported' | 'derived' | 'tasks'
  owner: Id | null
  reportedBy: readonly string[]
  active: boolean
}

/** Indicators an agency enters itself: reported ones its kind reports or it (or a predecessor) owns. */
export const indicatorsForAgency = <T extends IndicatorDefinition>(
  indicators: readonly T[],
  agency: { id: Id; kind: string },
  predecessors: readonly Id[] = [],
): T[] => {
  const owners = new Set([agency.id, ...predecessors].map(String))
  return indicators.filter(
    (indicator) =>
      indicator.active &&
      indicator.source === 'reported' &&
      (indicator.reportedBy.includes(agency.kind) ||
        (indicator.owner !== null && owners.has(String(indicator.owner)))),
  )
}

export type IndicatorLineData = {
  id?: string | null
  indicator: Id
  previousValue: number | null
  value?: number | null
  note?: string | null
}

export type GivenIndicatorLine = {
  indicator?: unknown
  value?: unknown
  note?: unknown
}

const keyOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object' && 'id' in value) return String((value as { id: Id }).id)
  return String(value)
}

/**
 * The indicator lines of a new report: one per indicator, in catalogue order, with last month's
 * value; values and notes sent with the creation are kept on their indicator's line.
 */
export const prefillIndicatorLines = (
  indicators: readonly { id: Id }[],
  previousValues: ReadonlyMap<string, number | null>,
  given: readonly GivenIndicatorLine[],
): IndicatorLineData[] => {
  const byIndicator = new Map(given.map((line) => [keyOf(line.indicator), line]))
  return indicators.map((indicator) => {
    const sent = byIndicator.get(String(indicator.id))
    return {
      indicator: indicator.id,
      previousValue: previousValues.get(String(indicator.id)) ?? null,
      value: (sent?.value as number | null | undefined) ?? null,
      note: (sent?.note as string | null | undefined) ?? null,
    }
  })
}

export type TaskSnapshot = { id: Id; status: string; progress: number | null }

export type TaskLineData = {
  id?: string | null
  task: Id
  status: string
  progress?: number | null
  result?: string | null
  obstacles?: string | null
  overdueReason?: string | null
}

export type GivenTaskLine = {
  task?: unknown
  progress?: unknown
  result?: unknown
  obstacles?: unknown
  overdueReason?: unknown
}

/**
 * The task lines of a new report: the agency's open tasks with their status and progress; what was
 * sent with the creation for a task is kept on its line.
 */
export const prefillTaskLines = (
  tasks: readonly TaskSnapshot[],
  given: readonly GivenTaskLine[],
): TaskLineData[] => {
  const byTask = new Map(given.map((line) => [keyOf(line.task), line]))
  return tasks.map((task) => {
    const sent = byTask.get(String(task.id))
    return {
      task: task.id,
      status: task.status,
      progress: (sent?.progress as number | null | undefined) ?? task.progress ?? 0,
      result: (sent?.result as string | null | undefined) ?? null,
      obstacles: (sent?.obstacles as string | null | undefined) ?? null,
      overdueReason: (sent?.overdueReason as string | null | undefined) ?? null,
    }
  })
}

/**
 * Lines must belong to the report: an indicator the agency reports, a task the agency leads, each
 * once. `allowed*` are the ids that may appear.
 */
export const checkLineMembership = (args: {
  indicatorLines: readonly { indicator?: unknown }[]
  allowedIndicators: ReadonlySet<string>
  taskLines: readonly { task?: unknown }[]
  allowedTasks: ReadonlySet<string>
}): ReportIssue[] => {
  const issues: ReportIssue[] = []
  const check = (
    lines: readonly Record<string, unknown>[],
    field: 'indicator' | 'task',
    allowed: ReadonlySet<string>,
    texts: { foreign: [string, string]; twice: [string, string] },
  ) => {
    const seen = new Set<string>()
    const arrayName = field === 'indicator' ? 'indicatorLines' : 'taskLines'
    lines.forEach((line, index) => {
      const key = keyOf(line[field])
      if (key === null) return
      const path = `${arrayName}.${index}.${field}`
      if (!allowed.has(key)) {
        issues.push({
          path,
          severity: 'invalid',
          message: { vi: texts.foreign[0], en: texts.foreign[1] },
        })
      } else if (seen.has(key)) {
        issues.push({
          path,
          severity: 'invalid',
          message: { vi: texts.twice[0], en: texts.twice[1] },
        })
      }
      seen.add(key)
    })
  }
  check(args.indicatorLines as Record<string, unknown>[], 'indicator', args.allowedIndicators, {
    foreign: [
      'Chỉ tiêu này không thuộc danh mục chỉ tiêu báo cáo của cơ quan.',
      'This indicator is not one the agency reports.',
    ],
    twice: ['Chỉ tiêu này đã có ở một dòng khác.', 'This indicator is already on another line.'],
  })
  check(args.taskLines as Record<string, unknown>[], 'task', args.allowedTasks, {
    foreign: ['Nhiệm vụ này không do cơ quan chủ trì.', 'This task is not led by the agency.'],
    twice: ['Nhiệm vụ này đã có ở một dòng khác.', 'This task is already on another line.'],
  })
  return issues
}
