import { ValidationError, type PayloadRequest } from 'payload'

import {
  checkLineMembership,
  indicatorsForAgency,
  prefillIndicatorLines,
  prefillTaskLines,
  type GivenIndicatorLine,
  type GivenTaskLine,
} from '../../hooks/rules/reportLines'
import { blockingIssues, checkReport, type ReportIssue } from '../../hooks/rules/reportValidation'
import { languageOf } from '../../src/i18n/label'
import { idOf } from '../../src/lib/relations'
import { recordIdOf } from '../../src/lib/safeInput'
import {
  loadOpenTasks,
  loadPredecessors,
  loadPreviousValues,
  loadTasks,
  type AgencyFacts,
  type IndicatorRecord,
  type TaskFacts,
} from './load'

// The lines of a monthly report: pre-filled on creation, refreshed on every later write (last
// month's values, the tasks' statuses at the end of the month), then checked (reportValidation).

const COLLECTION = 'reports'

type Doc = Record<string, unknown>
type Row = Record<string, unknown>

export const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

const refuse = (req: PayloadRequest, issues: readonly ReportIssue[]): never => {
  const language = languageOf(req)
  throw new ValidationError(
    {
      collection: COLLECTION,
      errors: issues.map((issue) => ({ path: issue.path, message: issue.message[language] })),
    },
    req.t,
  )
}

export type Lines = {
  indicatorLines: Row[]
  taskLines: Row[]
  tasks: TaskFacts[]
  allowedIndicators: Set<string>
  /** Tasks already on the stored report: they stay valid if reassigned since (like retired indicators). */
  keptTasks: Set<string>
}

/** A new report: the agency's indicators with last month's values, and its open tasks. */
export const prefill = async (
  req: PayloadRequest,
  data: Doc,
  agency: AgencyFacts,
  period: string,
  referenceDay: string,
  indicators: IndicatorRecord[],
  dataEndDay?: number,
): Promise<Lines> => {
  const [predecessors, previous, tasks] = await Promise.all([
    loadPredecessors(req, agency.id, period, dataEndDay),
    loadPreviousValues(req, agency.id, period),
    loadOpenTasks(req, agency.id, period, referenceDay, dataEndDay),
  ])
  const own = indicatorsForAgency(indicators, agency, predecessors)
  return {
    indicatorLines: prefillIndicatorLines(
      own,
      previous,
      rowsOf(data.indicatorLines) as GivenIndicatorLine[],
    ),
    taskLines: prefillTaskLines(tasks, rowsOf(data.taskLines) as GivenTaskLine[]),
    tasks,
    allowedIndicators: new Set(own.map((indicator) => String(indicator.id))),
    keptTasks: new Set(),
  }
}

/** A stored report: the lines as sent, with last month's values and task statuses refreshed. */
export const refresh = async (
  req: PayloadRequest,
  data: Doc,
  originalDoc: Doc,
  agency: AgencyFacts,
  period: string,
  referenceDay: string,
  indicators: IndicatorRecord[],
  dataEndDay?: number,
): Promise<Lines> => {
  const taskIds = rowsOf(data.taskLines)
    .map((line) => recordIdOf(line.task))
    .filter((id): id is number | string => id !== null)
  const [predecessors, previous, tasks] = await Promise.all([
    loadPredecessors(req, agency.id, period, dataEndDay),
    loadPreviousValues(req, agency.id, period),
    loadTasks(req, [...new Set(taskIds)], referenceDay),
  ])
  const byTask = new Map(tasks.map((task) => [String(task.id), task]))
  const allowed = new Set([
    ...indicatorsForAgency(indicators, agency, predecessors).map((indicator) =>
      String(indicator.id),
    ),
    // Lines of indicators retired since the report was made stay valid.
    ...rowsOf(originalDoc.indicatorLines).map((line) => String(idOf(line.indicator))),
  ])
  return {
    indicatorLines: rowsOf(data.indicatorLines).map((line) => ({
      ...line,
      previousValue: previous.get(String(idOf(line.indicator))) ?? null,
    })),
    taskLines: rowsOf(data.taskLines).map((line) => ({
      ...line,
      status: byTask.get(String(idOf(line.task)))?.status ?? line.status ?? null,
    })),
    tasks,
    allowedIndicators: allowed,
    keptTasks: new Set(rowsOf(originalDoc.taskLines).map((line) => String(idOf(line.task)))),
  }
}

/** Issues of the lines, blocking ones thrown; the rest summarised on the report. */
export const validateLines = (
  req: PayloadRequest,
  lines: Lines,
  indicators: IndicatorRecord[],
  agency: AgencyFacts,
  submitting: boolean,
): ReportIssue[] => {
  const led = new Set([
    ...lines.tasks
      .filter((task) => String(task.leadAgency) === String(agency.id))
      .map((task) => String(task.id)),
    ...lines.keptTasks,
  ])
  const titles = new Map(lines.tasks.map((task) => [String(task.id), task.title]))
  const issues = [
    ...checkLineMembership({
      indicatorLines: lines.indicatorLines,
      allowedIndicators: lines.allowedIndicators,
      taskLines: lines.taskLines,
      allowedTasks: led,
    }),
    ...checkReport({
      indicatorLines: lines.indicatorLines.map((line) => ({
        indicator: idOf(line.indicator),
        previousValue: line.previousValue as number | null,
        value: line.value,
        note: line.note as string | null,
      })),
      taskLines: lines.taskLines.map((line) => ({
        task: idOf(line.task),
        taskTitle: titles.get(String(idOf(line.task))) ?? null,
        status: line.status as string | null,
        overdueReason: line.overdueReason as string | null,
      })),
      indicators: new Map(indicators.map((indicator) => [String(indicator.id), indicator])),
    }),
  ]
  const blocking = blockingIssues(issues, submitting)
  if (blocking.length) refuse(req, blocking)
  return issues
}
