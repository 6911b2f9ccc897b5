import type {
  CollectionAfterReadHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { assertField, assertVerdict } from '../../src/lib/assertVerdict'
import { requireAuthority } from '../../hooks/rules/authority'
import { agencyExtensionEdits, type ExtensionRowFacts } from '../../hooks/rules/taskExtensions'
import {
  effectiveDueDate,
  taskStatus,
  type Extension,
  type TaskDates,
} from '../../hooks/rules/taskStatus'
import { hasRole } from '../../src/access/roles'
import { authorityOn, performedOn } from '../../src/charter/authority'
import { checkDayOrder, dayKeyOf } from '../../src/fields/dates'
import { vnDayStart, vnToday } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'

type ExtensionRow = {
  id?: string
  reason?: string
  newDueDate?: string
  status?: Extension['status']
  decidedBy?: unknown
  decidedOn?: string | null
}

const RELATIONS = new Set(['leadAgency', 'assignedBy'])
const DATES = new Set(['assignedOn', 'startDate', 'dueDate'])
// What only the standing body changes; a reporter updates progress, result, evidence,
// completion and asks for extensions.
const STANDING_BODY_FIELDS = [
  'code',
  'source',
  'title',
  'description',
  'sourceReference',
  'leadAgency',
  'coordinatingAgencies',
  'assignedBy',
  'assignedOn',
  'startDate',
  'dueDate',
  'recurring',
  'paused',
]

const comparable = (field: string, value: unknown): unknown => {
  if (RELATIONS.has(field)) return idOf(value)
  if (field === 'coordinatingAgencies') return ((value as unknown[]) ?? []).map(idOf)
  if (DATES.has(field)) return dayKeyOf(value)
  return value ?? null
}

const datesOf = (doc: Record<string, unknown>): TaskDates => ({
  startDate: dayKeyOf(doc.startDate),
  dueDate: dayKeyOf(doc.dueDate),
  completedOn: dayKeyOf(doc.completedOn),
  recurring: Boolean(doc.recurring),
  paused: Boolean(doc.paused),
  extensions: ((doc.extensions ?? []) as ExtensionRow[]).map((row) => ({
    newDueDate: dayKeyOf(row.newDueDate) ?? '',
    status: row.status ?? 'requested',
  })),
})

const extensionFacts = (rows: unknown): ExtensionRowFacts[] =>
  ((rows ?? []) as ExtensionRow[]).map((row) => ({
    id: row?.id ?? null,
    reason: row?.reason ?? null,
    newDueDate: dayKeyOf(row?.newDueDate),
    status: row?.status ?? 'requested',
    decidedBy: idOf(row?.decidedBy) === null ? null : String(idOf(row?.decidedBy)),
    decidedOn: dayKeyOf(row?.decidedOn),
  }))

const checkReporterScope = (
  req: PayloadRequest,
  data: Record<string, unknown>,
  originalDoc: Record<string, unknown> | undefined,
) => {
  if (!req.user || hasRole(req.user, 'admin', 'secretariat')) return
  const changed = STANDING_BODY_FIELDS.filter(
    (field) =>
      field in data &&
      JSON.stringify(comparable(field, data[field])) !==
        JSON.stringify(comparable(field, originalDoc?.[field])),
  )
  assertField(
    changed.length === 0,
    req,
    changed[0] ?? 'title',
    {
      vi: 'Cơ quan chỉ cập nhật tiến độ, kết quả, minh chứng và đề nghị gia hạn; nội dung giao do Cơ quan thường trực quản lý.',
      en: 'An agency updates progress, result, evidence and extension requests only; the assignment itself is kept by the standing body.',
    },
    'tasks',
  )
  // R3.2: decided extension rows are the decider's record; the agency only asks.
  if (Array.isArray(data.extensions)) {
    assertVerdict(
      agencyExtensionEdits(
        extensionFacts(originalDoc?.extensions),
        extensionFacts(data.extensions),
      ),
      req,
      'tasks',
    )
  }
}

/**
 * R3.2 / R2.4: the person may do the act on the day it is recorded and on the day it is performed
 * (Vietnam time): an act cannot be back-dated to a day its author still held the power.
 */
const requireActOn = async (
  req: PayloadRequest,
  person: number | string,
  act: 'assign-task' | 'approve-extension',
  recorded: string,
  context: Record<string, unknown>,
  path: string,
): Promise<void> => {
  const days = [...new Set([recorded, performedOn(context, recorded)])]
  for (const day of days) {
    const basis = await authorityOn(req.payload, person, act, day, req)
    if (basis.allowed) continue
    assertVerdict(
      requireAuthority(act, day, { positions: [], delegations: [] }, path),
      req,
      'tasks',
    )
  }
}

/** R3.2: tasks are assigned by the Head or a delegate; extensions decided by Head/Standing Deputy. */
export const enforceTaskRules: CollectionBeforeChangeHook = async ({
  context,
  data,
  originalDoc,
  operation,
  req,
}) => {
  checkReporterScope(req, data, originalDoc)
  const merged = { ...originalDoc, ...data }
  checkDayOrder(req, data, originalDoc, 'startDate', 'dueDate', 'tasks')
  assertField(
    Boolean(merged.recurring) || Boolean(dayKeyOf(merged.dueDate)),
    req,
    'dueDate',
    {
      vi: 'Nhiệm vụ (không thường xuyên) phải có hạn hoàn thành.',
      en: 'A non-recurring task needs a due date.',
    },
    'tasks',
  )

  const assigner = idOf(merged.assignedBy)
  const assignedOn = dayKeyOf(merged.assignedOn)
  const assignmentChanged =
    operation === 'create' ||
    comparable('assignedBy', data.assignedBy) !==
      comparable('assignedBy', originalDoc?.assignedBy) ||
    (data.assignedOn !== undefined &&
      dayKeyOf(data.assignedOn) !== dayKeyOf(originalDoc?.assignedOn))
  if (assignmentChanged && assigner !== null && assignedOn) {
    // R3.2: on the recorded day and on the day the assignment is performed (no back-dating).
    await requireActOn(req, assigner, 'assign-task', assignedOn, context, 'assignedBy')
  }
  const before = new Map(
    ((originalDoc?.extensions ?? []) as ExtensionRow[]).map((row) => [String(row.id), row]),
  )

  const due = dayKeyOf(merged.dueDate)
  const extensions = (merged.extensions ?? []) as ExtensionRow[]
  for (const [index, row] of extensions.entries()) {
    const newDue = dayKeyOf(row.newDueDate)
    assertField(
      !due || !newDue || newDue > due,
      req,
      `extensions.${index}.newDueDate`,
      {
        vi: 'Hạn đề nghị gia hạn phải sau hạn ban đầu.',
        en: 'The requested date must be after the original due date.',
      },
      'tasks',
    )
    if ((row.status ?? 'requested') === 'requested') continue
    const decider = idOf(row.decidedBy)
    const decidedOn = dayKeyOf(row.decidedOn)
    assertField(
      decider !== null && !!decidedOn,
      req,
      `extensions.${index}.decidedBy`,
      {
        vi: 'Ghi rõ người duyệt và ngày duyệt gia hạn.',
        en: 'Record who decided the extension and when.',
      },
      'tasks',
    )
    const stored = row.id == null ? undefined : before.get(String(row.id))
    const unchanged =
      stored !== undefined &&
      (stored.status ?? 'requested') === row.status &&
      String(idOf(stored.decidedBy)) === String(decider) &&
      dayKeyOf(stored.decidedOn) === decidedOn
    if (unchanged) continue
    // R3.2: on the recorded day and on the day the decision is performed (no back-dating).
    await requireActOn(
      req,
      decider,
      'approve-extension',
      decidedOn,
      context,
      `extensions.${index}.decidedBy`,
    )
  }
  if (dayKeyOf(merged.completedOn)) data.progress = 100
  return data
}

/** Stores the status and the due date in force, computed on the Vietnam date of the write. */
export const computeTaskStatus: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const dates = datesOf({ ...originalDoc, ...data })
  data.status = taskStatus(dates, vnToday())
  const due = effectiveDueDate(dates)
  data.effectiveDueDate = due ? vnDayStart(due).toISOString() : null
  return data
}

/** A stored status can age (a task becomes overdue overnight): reads show today's status. */
export const showTodaysStatus: CollectionAfterReadHook = ({ doc }) => {
  if (doc.dueDate || doc.recurring || doc.completedOn)
    doc.status = taskStatus(datesOf(doc), vnToday())
  return doc
}

/**
 * A task some agency has reported on stays: the monthly reports (and their versions) cite it, and
 * the statistics of past months count it. Pause it instead.
 */
export const keepReportedTasks: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'reports',
    where: { 'taskLines.task': { equals: id } },
    overrideAccess: true,
    req,
  })
  assertField(
    totalDocs === 0,
    req,
    'title',
    {
      vi: `Nhiệm vụ đã có trong ${totalDocs} báo cáo tháng nên không xóa được; nếu không thực hiện nữa, hãy đánh dấu "Tạm dừng".`,
      en: `The task appears in ${totalDocs} monthly report(s) and cannot be deleted; mark it paused instead.`,
    },
    'tasks',
  )
}
