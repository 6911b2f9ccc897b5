import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { answerVerdicts, normaliseAnswers } from '../../hooks/rules/dataCalls/answers'
import { choicesOf, isLate } from '../../hooks/rules/dataCalls/call'
import type { Answer, FormField } from '../../hooks/rules/dataCalls/form'
import type { CallStatus, ResponseStatus } from '../../hooks/rules/dataCalls/labels'
import { responseVerdict } from '../../hooks/rules/dataCalls/response'
import { isOrgEditor } from '../../src/access/roles'
import {
  agencyAddresses,
  recordLinkOf,
  returnSubjectOf,
  returnTextOf,
} from '../../src/dataCalls/mail'
import { queueNotification } from '../../src/email/outbox'
import { dayKeyOf } from '../../src/fields/dates'
import { assertVerdict, assertVerdicts } from '../../src/lib/assertVerdict'
import { actingNow } from '../../src/lib/context'
import { vnToday } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'
import type { Id } from '../../src/lib/ids'

const COLLECTION = 'data-call-responses'

/** Where an answer set came from, told by `saveAnswers` through the request's context. */
export type AnswerProvenance = { source: 'online' | 'xlsx'; workbook?: Id | null }
export const PROVENANCE_KEY = 'dataCallProvenance'

export type CallForm = {
  id: Id
  title: string
  status: CallStatus
  dueDay: string | null
  fields: FormField[]
}

/** The call's form as the rules read it (a system read: the reporter may read the call anyway). */
export const loadCallForm = async (
  req: PayloadRequest,
  callId: unknown,
): Promise<CallForm | null> => {
  const id = idOf(callId)
  if (id === null) return null
  const call = await req.payload.findByID({
    collection: 'data-calls',
    id,
    depth: 0,
    select: { title: true, status: true, dueDate: true, fields: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!call) return null
  return {
    id: call.id,
    title: call.title,
    status: call.status as CallStatus,
    dueDay: dayKeyOf(call.dueDate),
    fields: (call.fields ?? []).map((row) => ({
      key: row.key ?? '',
      label: row.label ?? '',
      kind: row.kind as FormField['kind'],
      required: Boolean(row.required),
      unit: row.unit ?? null,
      aggregation: (row.aggregation ?? null) as FormField['aggregation'],
      wholeNumber: row.wholeNumber ?? null,
      choices: choicesOf(row.choices),
      indicator: idOf(row.indicator),
    })),
  }
}

const answersOf = (value: unknown): Answer[] =>
  Array.isArray(value)
    ? (value as Record<string, unknown>[]).map((row) => ({
        key: String(row?.key ?? ''),
        number: (row?.number ?? null) as number | null,
        text: (row?.text ?? null) as string | null,
        date: row?.date == null ? null : String(row.date),
        file: idOf(row?.file),
      }))
    : []

const signature = (answers: Answer[]) =>
  JSON.stringify(
    answers.map((a) => [a.key, a.number ?? null, a.text ?? null, dayKeyOf(a.date), a.file ?? null]),
  )

/**
 * R7.5: a response moves as a monthly report does (sent by its agency, accepted or returned by
 * the standing body); its answers fit the call's form and change only until sent; sending stamps
 * the time, who sent it and whether it is late (after the due day, Vietnam time); each answer
 * set records where it came from (typed online or an uploaded Excel file).
 */
export const enforceResponseRules: CollectionBeforeChangeHook = async ({
  context,
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation === 'create') return data
  const call = await loadCallForm(req, originalDoc?.call)
  if (!call) return data
  const from = (originalDoc?.status ?? 'pending') as ResponseStatus
  const to = (data.status ?? from) as ResponseStatus
  const before = answersOf(originalDoc?.answers)
  const given =
    data.answers === undefined ? null : normaliseAnswers(call.fields, answersOf(data.answers))
  const answersChanged =
    given !== null && signature(given) !== signature(normaliseAnswers(call.fields, before))
  const standingBody = !req.user || isOrgEditor(req.user)
  assertVerdict(
    responseVerdict({
      from,
      to,
      callStatus: call.status,
      standingBody,
      answersChanged,
      returnReason: (data.returnReason ?? null) as string | null,
    }),
    req,
    COLLECTION,
  )
  const submitting = to === 'submitted' && from !== 'submitted'
  if (given !== null || submitting) {
    assertVerdicts(
      answerVerdicts(call.fields, given ?? before, { complete: submitting }),
      req,
      COLLECTION,
    )
  }
  if (given !== null) data.answers = given
  if (answersChanged) {
    const provenance = req.context[PROVENANCE_KEY] as AnswerProvenance | undefined
    data.source = provenance?.source ?? 'online'
    data.workbook = provenance?.source === 'xlsx' ? (provenance.workbook ?? null) : null
  }
  const now = actingNow(context)
  if (submitting) {
    if (!originalDoc?.submittedAt) {
      data.submittedAt = now.toISOString()
      // R7.5: late when sent after the end of the due day, Vietnam time.
      data.late = call.dueDay ? isLate(vnToday(now), call.dueDay) : false
    }
    data.submittedBy = req.user?.id ?? null
    data.source = data.source ?? originalDoc?.source ?? 'online'
  }
  if (to !== from && (to === 'accepted' || to === 'returned')) {
    data.reviewedAt = now.toISOString()
    data.reviewedBy = req.user?.id ?? null
  }
  return data
}

export const returnDedupeKey = (response: Id, at: string) => `data-call-return:${response}:${at}`

/** R7.5: a returned response goes back to its agency with the reason, through the outbox. */
export const noticeOfReturn: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'returned' || previousDoc?.status === 'returned') return doc
  const agency = idOf(doc.agency)
  const call = await loadCallForm(req, doc.call)
  if (agency === null || !call) return doc
  const entry = (await agencyAddresses(req, [agency])).get(String(agency))
  if (!entry || entry.to.length === 0) {
    req.payload.logger.warn(
      `R7.5: ${entry?.name ?? agency} has no address for the returned answers`,
    )
    return doc
  }
  const message = {
    title: call.title,
    agencyName: entry.name,
    dueDay: call.dueDay ?? vnToday(),
    link: recordLinkOf(req, COLLECTION, doc.id),
    reason: String(doc.returnReason ?? ''),
  }
  await queueNotification(req, {
    to: entry.to,
    subject: returnSubjectOf(message),
    text: returnTextOf(message),
    kind: 'other',
    related: { collection: COLLECTION, id: doc.id },
    dedupeKey: returnDedupeKey(doc.id, String(doc.reviewedAt ?? '')),
  })
  return doc
}
