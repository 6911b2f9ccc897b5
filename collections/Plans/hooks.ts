import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

import { assertField, assertVerdict } from '../../hooks/adapters/assertVerdict'
import {
  checkPlanApproval,
  isProgrammeYear,
  isProvincialPlan,
  itemOutsideYear,
  PLAN_KIND_LABELS,
  PLAN_KINDS,
  PLAN_STATUS_LABELS,
  PLAN_STATUSES,
  PLAN_TASK_PREFIX,
  PROGRAMME_YEARS,
  planTransition,
  type PlanKind,
  type PlanStatus,
} from '../../hooks/rules/plans'
import { hasRole } from '../../src/access/roles'
import { signerRecordOf } from '../../src/charter/signing'
import { languageOf } from '../../src/i18n/label'
import { actDayOf } from '../../src/lib/asOf'
import { vnDayStart } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'
import { dayKeyOf } from '../../src/fields/dates'
import { recordIdOf } from '../../src/lib/safeInput'

const COLLECTION = 'plans'

/** Set on the workflow's own follow-up writes (linking tasks), which skip the plan rules. */
const SYSTEM_WRITE = 'planSystemWrite'

type ItemRow = {
  id?: string | null
  content?: unknown
  leadAgency?: unknown
  dueDate?: unknown
  task?: unknown
}

const CONTENT_FIELDS = ['kind', 'year', 'title', 'agency', 'parentPlan', 'items', 'file'] as const

const isStatus = (value: unknown): value is PlanStatus =>
  (PLAN_STATUSES as readonly unknown[]).includes(value)
const isKind = (value: unknown): value is PlanKind =>
  (PLAN_KINDS as readonly unknown[]).includes(value)

const normalised = (field: string, value: unknown): unknown => {
  if (field === 'items') {
    return ((value ?? []) as ItemRow[]).map((row) => ({
      content: row.content ?? null,
      leadAgency: idOf(row.leadAgency),
      dueDate: dayKeyOf(row.dueDate),
    }))
  }
  if (field === 'agency' || field === 'parentPlan' || field === 'file') return idOf(value)
  return value ?? null
}

const contentChanged = (data: Record<string, unknown>, originalDoc: Record<string, unknown>) =>
  CONTENT_FIELDS.some(
    (field) =>
      field in data &&
      JSON.stringify(normalised(field, data[field])) !==
        JSON.stringify(normalised(field, originalDoc[field])),
  )

/** A request for follow-up writes of the system: same transaction, no acting user. */
const systemReq = (req: PayloadRequest, context: Record<string, unknown> = {}) =>
  ({
    transactionID: req.transactionID,
    i18n: req.i18n,
    context: { ...req.context, ...context },
  }) as Partial<PayloadRequest>

const fail = (req: PayloadRequest, path: string, message: { vi: string; en: string }) =>
  assertField(false, req, path, message, COLLECTION)

/** R6.4: a detailed plan names its agency and the approved provincial plan of its year. */
const checkDetailedPlan = async (
  req: PayloadRequest,
  data: Record<string, unknown>,
  merged: Record<string, unknown>,
) => {
  if (!isDetailedPlan(merged.kind)) {
    data.agency = null
    data.parentPlan = null
    return
  }
  assertField(
    merged.agency != null && merged.agency !== '',
    req,
    'agency',
    {
      vi: 'Kế hoạch chi tiết phải ghi rõ cơ quan, đơn vị (Điều 6 khoản 4).',
      en: 'A detailed plan names its agency (Art. 6(4)).',
    },
    COLLECTION,
  )
  const parentId = recordIdOf(merged.parentPlan)
  const parent =
    parentId === null
      ? null
      : await req.payload.findByID({
          collection: COLLECTION,
          id: parentId,
          depth: 0,
          select: { kind: true, year: true, status: true },
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  assertField(
    parent !== null &&
      parent.status === 'approved' &&
      isProvincialPlan(parent.kind) &&
      parent.year === merged.year,
    req,
    'parentPlan',
    {
      vi: 'Kế hoạch chi tiết phải chi tiết hóa một chương trình, kế hoạch của tỉnh đã được phê duyệt cùng năm (Điều 6 khoản 4).',
      en: 'A detailed plan details an approved provincial programme or plan of the same year (Art. 6(4)).',
    },
    COLLECTION,
  )
}

const isDetailedPlan = (kind: unknown) => kind === 'agency-detailed-plan'

/** A revision is a new version of an approved plan: same kind and year, items carried over. */
const prepareRevision = async (req: PayloadRequest, data: Record<string, unknown>) => {
  const parentId = recordIdOf(data.revisionOf)
  if (data.revisionOf == null || data.revisionOf === '') {
    data.version = 1
    return
  }
  const parent =
    parentId === null
      ? null
      : await req.payload.findByID({
          collection: COLLECTION,
          id: parentId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  assertField(
    parent !== null && parent.status === 'approved',
    req,
    'revisionOf',
    {
      vi: 'Chỉ sửa đổi một chương trình, kế hoạch đã được phê duyệt.',
      en: 'Only an approved programme or plan can be revised.',
    },
    COLLECTION,
  )
  assertField(
    (data.kind == null || data.kind === parent!.kind) &&
      (data.year == null || data.year === parent!.year),
    req,
    'kind',
    {
      vi: 'Bản sửa đổi giữ nguyên loại và năm của kế hoạch gốc.',
      en: 'A revision keeps the kind and year of the plan it revises.',
    },
    COLLECTION,
  )
  const revised = await req.payload.count({
    collection: COLLECTION,
    where: { revisionOf: { equals: parentId } },
    overrideAccess: true,
    req,
  })
  assertField(
    revised.totalDocs === 0,
    req,
    'revisionOf',
    {
      vi: 'Kế hoạch này đã có bản sửa đổi; hãy sửa đổi từ bản mới nhất.',
      en: 'This plan already has a revision; revise the latest version.',
    },
    COLLECTION,
  )
  data.kind = parent!.kind
  data.year = parent!.year
  data.title ??= parent!.title
  data.agency = idOf(parent!.agency)
  data.parentPlan = idOf(parent!.parentPlan)
  data.version = (parent!.version ?? 1) + 1
  const items = (data.items ?? []) as ItemRow[]
  if (items.length === 0) {
    // Carried-over items keep their tasks; only new items become tasks on approval.
    data.items = ((parent!.items ?? []) as ItemRow[]).map((row) => ({
      content: row.content,
      leadAgency: idOf(row.leadAgency),
      dueDate: row.dueDate,
      task: idOf(row.task),
    }))
  }
}

/**
 * R3.3 / R4.2 / R6.4 / R7.1: the SG (secretariat) drafts and submits; only the person who may
 * approve on that day approves or returns, acting on his/her own account; approved plans are
 * read-only.
 */
export const enforcePlanRules: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (context[SYSTEM_WRITE] === true) return data
  const from: PlanStatus = operation === 'create' ? 'draft' : (originalDoc?.status ?? 'draft')
  // R3.3: an approved plan is final; a change is a revision (a new version).
  assertField(
    from !== 'approved',
    req,
    'status',
    {
      vi: 'Kế hoạch đã phê duyệt không được sửa (Điều 3 khoản 3); hãy tạo bản sửa đổi.',
      en: 'An approved plan is read-only (Art. 3(3)); create a revision instead.',
    },
    COLLECTION,
  )
  // A malformed status is left to the field's validation.
  const to: PlanStatus = isStatus(data.status) ? data.status : from
  const move = planTransition(from, to)
  if (!move) {
    fail(req, 'status', {
      vi: `Không chuyển được từ "${PLAN_STATUS_LABELS[from].vi}" sang "${PLAN_STATUS_LABELS[to].vi}".`,
      en: `A plan cannot move from "${PLAN_STATUS_LABELS[from].en}" to "${PLAN_STATUS_LABELS[to].en}".`,
    })
  }

  if (operation === 'create') await prepareRevision(req, data)
  const merged = { ...originalDoc, ...data }
  const changed = operation === 'create' || contentChanged(data, originalDoc ?? {})
  const isDrafter = !req.user || hasRole(req.user, 'admin', 'secretariat')

  // R7.1: the Support Group drafts and submits; a submitted plan waits for the approver.
  if ((move === 'drafter' && to !== from) || changed) {
    assertField(
      isDrafter,
      req,
      changed ? 'title' : 'status',
      {
        vi: 'Tổ giúp việc (Thư ký, Cơ quan thường trực) soạn thảo và trình kế hoạch (Điều 7 khoản 1).',
        en: 'The Support Group (the secretariat) drafts and submits plans (Art. 7(1)).',
      },
      COLLECTION,
    )
  }
  assertField(
    !(from === 'submitted' && changed),
    req,
    'status',
    {
      vi: 'Kế hoạch đã trình chờ phê duyệt: không sửa nội dung cho đến khi được phê duyệt hoặc trả lại.',
      en: 'A submitted plan awaits its approver: its content is locked until approved or returned.',
    },
    COLLECTION,
  )

  const year = merged.year
  assertField(
    year == null || isProgrammeYear(year),
    req,
    'year',
    {
      vi: `Năm của kế hoạch là số nguyên từ ${PROGRAMME_YEARS.min} đến ${PROGRAMME_YEARS.max}.`,
      en: `A plan's year is a whole number from ${PROGRAMME_YEARS.min} to ${PROGRAMME_YEARS.max}.`,
    },
    COLLECTION,
  )
  if (isProgrammeYear(year)) {
    const items = ((merged.items ?? []) as ItemRow[]).map((row) => ({
      dueDate: dayKeyOf(row.dueDate),
    }))
    const outside = itemOutsideYear(items, year)
    if (outside) fail(req, `items.${outside.index}.dueDate`, outside)
  }
  if (isKind(merged.kind)) await checkDetailedPlan(req, data, merged)

  const day = actDayOf(context)
  if (to === 'submitted' && from !== 'submitted') {
    data.submittedBy = req.user?.collection === 'users' ? req.user.id : null
    data.submittedOn = vnDayStart(day).toISOString()
  }
  if (move === 'approver' && to !== from) {
    // The approver acts on his/her own account: nobody approves on someone else's behalf.
    const approver = req.user?.collection === 'users' ? req.user.id : null
    assertField(
      approver !== null,
      req,
      'status',
      {
        vi: 'Người phê duyệt phải tự mình phê duyệt hoặc trả lại kế hoạch (Điều 3 khoản 3).',
        en: 'The approver approves or returns a plan on his/her own account (Art. 3(3)).',
      },
      COLLECTION,
    )
    const held = await signerRecordOf(req.payload, approver!, req)
    assertVerdict(
      checkPlanApproval({
        kind: merged.kind as PlanKind,
        day,
        held,
        planAgency: recordIdOf(merged.agency),
      }),
      req,
      COLLECTION,
    )
    if (to === 'approved') {
      data.approvedBy = approver
      data.approvedOn = vnDayStart(day).toISOString()
    } else {
      assertField(
        typeof merged.returnComment === 'string' && merged.returnComment.trim().length > 0,
        req,
        'returnComment',
        {
          vi: 'Ghi ý kiến khi trả lại kế hoạch.',
          en: 'Give a comment when returning a plan.',
        },
        COLLECTION,
      )
      data.returnedBy = approver
      data.returnedOn = vnDayStart(day).toISOString()
    }
  }
  return data
}

/** On approval of a provincial plan, each item becomes a task assigned by the approver (R3.2). */
export const createPlanTasks: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (context[SYSTEM_WRITE] === true) return doc
  if (doc.status !== 'approved' || previousDoc?.status === 'approved') return doc
  if (!isProvincialPlan(doc.kind)) return doc
  const kind = doc.kind as PlanKind
  const reference = `${PLAN_KIND_LABELS[kind].vi} năm ${doc.year}${doc.version > 1 ? ` (sửa đổi lần ${doc.version - 1})` : ''}`
  const rows: ItemRow[] = []
  let created = 0
  for (const [index, item] of ((doc.items ?? []) as ItemRow[]).entries()) {
    if (idOf(item.task) !== null) {
      rows.push(item)
      continue
    }
    // The tasks collection checks R3.2: the approver may assign tasks on the approval day.
    const task = await req.payload.create({
      collection: 'tasks',
      data: {
        code: `${PLAN_TASK_PREFIX[kind]}-${doc.year}-${String(index + 1).padStart(2, '0')}${doc.version > 1 ? `.${doc.version}` : ''}`,
        source: 'provincial-plan',
        title: String(item.content),
        sourceReference: reference.slice(0, 200),
        leadAgency: idOf(item.leadAgency) as number,
        assignedBy: idOf(doc.approvedBy) as number,
        assignedOn: doc.approvedOn,
        dueDate: item.dueDate as string,
      },
      depth: 0,
      overrideAccess: true,
      req: systemReq(req),
    })
    rows.push({ ...item, task: task.id })
    created++
  }
  if (created === 0) return doc
  const items = rows.map((row) => ({
    id: row.id,
    content: row.content as string,
    leadAgency: idOf(row.leadAgency) as number,
    dueDate: row.dueDate as string,
    task: idOf(row.task) as number,
  }))
  return req.payload.update({
    collection: COLLECTION,
    id: doc.id,
    data: { items },
    depth: 0,
    overrideAccess: true,
    req: systemReq(req, { [SYSTEM_WRITE]: true }),
  })
}

/** Submitted and approved plans stay: only drafts and returned plans can be deleted. */
export const refuseLockedPlanDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({
    collection: COLLECTION,
    id,
    depth: 0,
    select: { status: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (doc && (doc.status === 'approved' || doc.status === 'submitted')) {
    const message = {
      vi: 'Kế hoạch đã trình hoặc đã phê duyệt không được xóa.',
      en: 'A submitted or approved plan cannot be deleted.',
    }
    throw new APIError(message[languageOf(req)], 400, null, true)
  }
}
