import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { assertField, assertVerdict } from '../../src/lib/assertVerdict'
import { refuseDeleteWhen } from '../../src/lib/refuseDeleteWhen'
import {
  checkPlanApproval,
  isProgrammeYear,
  itemOutsideYear,
  PLAN_KINDS,
  PLAN_STATUS_LABELS,
  PLAN_STATUSES,
  PROGRAMME_YEARS,
  planTransition,
  type PlanKind,
  type PlanStatus,
} from '../../hooks/rules/plans'
import { hasRole } from '../../src/access/roles'
import { signerRecordOf } from '../../src/charter/signing'
import { actDayOf } from '../../src/lib/context'
import { vnDayStart } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'
import { dayKeyOf } from '../../src/fields/dates'
import { recordIdOf } from '../../src/lib/safeInput'
import { checkDetailedPlan } from './detailedPlan'
import { prepareRevision } from './planRevision'
import { COLLECTION, type ItemRow } from './planShared'

// The plan hooks: the rules of a save and the delete guard; the tasks of an approved plan are
// planTasks.ts, a revision planRevision.ts, a detailed plan detailedPlan.ts.

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

const fail = (req: PayloadRequest, path: string, message: { vi: string; en: string }) =>
  assertField(false, req, path, message, COLLECTION)

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
  if (context.planSystemWrite === true) return data
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

/** Submitted and approved plans stay: only drafts and returned plans can be deleted. */
export const refuseLockedPlanDelete = refuseDeleteWhen(
  (plan) => plan.status === 'approved' || plan.status === 'submitted',
  {
    vi: 'Kế hoạch đã trình hoặc đã phê duyệt không được xóa.',
    en: 'A submitted or approved plan cannot be deleted.',
  },
  { name: 'refuseLockedPlanDelete' },
)
