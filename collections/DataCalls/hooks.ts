import type { CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'

import {
  callTransition,
  dueDayOf,
  formFrozen,
  formVerdicts,
  openingVerdicts,
  recipientsFrozen,
  withKeys,
} from '../../hooks/rules/dataCalls/call'
import type { FormField } from '../../hooks/rules/dataCalls/form'
import type { CallStatus } from '../../hooks/rules/dataCalls/labels'
import { workingCalendarOf, yearsAround } from '../../src/charter/calendar'
import { assertVerdict, assertVerdicts } from '../../src/lib/assertVerdict'
import { actingNow } from '../../src/lib/context'
import { vnDayStart, vnToday } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'
import type { Id } from '../../src/lib/ids'

const COLLECTION = 'data-calls'

type Row = Partial<Omit<FormField, 'choices'>> & { id?: string; choices?: string | null }

const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])
const idsOf = (value: unknown): Id[] =>
  Array.isArray(value) ? value.map(idOf).filter((id): id is Id => id !== null) : []

const system = (req: PayloadRequest) => ({ depth: 0, overrideAccess: true, req }) as const

/** A row picked from the indicator catalogue takes its label, unit and aggregation when empty. */
const fillFromIndicators = async (req: PayloadRequest, rows: Row[]): Promise<Row[]> => {
  const ids = [...new Set(rows.map((row) => idOf(row.indicator)).filter((id) => id !== null))]
  if (ids.length === 0) return rows
  const { docs } = await req.payload.find({
    collection: 'indicators',
    where: { id: { in: ids } },
    select: { nameVi: true, unit: true, aggregation: true, wholeNumber: true },
    pagination: false,
    ...system(req),
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return rows.map((row) => {
    const indicator = byId.get(String(idOf(row.indicator)))
    if (!indicator) return row
    // A ratio or an average is averaged across agencies; counts and latest values are summed.
    const aggregation: FormField['aggregation'] = ['average', 'ratio'].includes(
      String(indicator.aggregation),
    )
      ? 'average'
      : 'sum'
    return {
      ...row,
      kind: 'number',
      label: row.label?.trim() || indicator.nameVi,
      unit: row.unit?.trim() || indicator.unit || null,
      aggregation: row.aggregation ?? aggregation,
      wholeNumber: row.wholeNumber ?? Boolean(indicator.wholeNumber),
    }
  })
}

/** The agencies asked: those picked, plus those of the chosen kinds and under the chosen parents. */
const expandRecipients = async (
  req: PayloadRequest,
  picked: Id[],
  kinds: string[],
  parents: Id[],
): Promise<Id[]> => {
  const conditions: Where[] = [
    ...(kinds.length ? [{ kind: { in: kinds } }] : []),
    ...(parents.length ? [{ parent: { in: parents } }] : []),
  ]
  if (conditions.length === 0) return picked
  const { docs } = await req.payload.find({
    collection: 'agencies',
    where: { or: conditions },
    select: { name: true },
    pagination: false,
    sort: 'name',
    ...system(req),
  })
  const all = new Map(picked.map((id) => [String(id), id]))
  for (const doc of docs) if (!all.has(String(doc.id))) all.set(String(doc.id), doc.id)
  return [...all.values()]
}

/**
 * R7.5: keeps the call well-formed (keys made from labels, rows filled from the indicator
 * catalogue, the agencies by kind or parent added to the list), the form frozen once sent, and
 * on sending stamps the day and computes the due date on the working-day calendar.
 */
export const prepareCall: CollectionBeforeChangeHook = async ({
  context,
  data,
  originalDoc,
  req,
}) => {
  const from = (originalDoc?.status ?? 'draft') as CallStatus
  const to = (data.status ?? from) as CallStatus
  assertVerdict(callTransition(from, to), req, COLLECTION)

  if (data.fields !== undefined) {
    data.fields = withKeys(await fillFromIndicators(req, rowsOf(data.fields)))
  }
  const fields = rowsOf(data.fields ?? originalDoc?.fields)
  const form = fields.map((row) => ({ ...row, choices: row.choices ?? null }))
  if (data.agencyKinds !== undefined || data.parentAgencies !== undefined) {
    data.agencies = await expandRecipients(
      req,
      idsOf(data.agencies ?? originalDoc?.agencies),
      Array.isArray(data.agencyKinds) ? (data.agencyKinds as string[]) : [],
      idsOf(data.parentAgencies),
    )
    data.agencyKinds = []
    data.parentAgencies = []
  }
  const agencies = idsOf(data.agencies ?? originalDoc?.agencies)
  const opening = from === 'draft' && to === 'open'
  assertVerdicts(
    [
      ...(form.length === 0 && !opening ? [] : formVerdicts(form as Partial<FormField>[])),
      formFrozen(
        from,
        rowsOf(originalDoc?.fields) as Partial<FormField>[],
        form as Partial<FormField>[],
      ),
      recipientsFrozen(from, idsOf(originalDoc?.agencies), agencies),
    ],
    req,
    COLLECTION,
  )
  if (opening) {
    const pick = (name: string) => (data[name] === undefined ? originalDoc?.[name] : data[name])
    const workingDays = pick('workingDays')
    assertVerdicts(
      openingVerdicts({
        agencies: agencies.length,
        hasDocument: idOf(pick('basisDocument')) !== null,
        hasConclusion:
          idOf(pick('basisMeeting')) !== null ||
          Boolean(String(pick('basisConclusion') ?? '').trim()),
        workingDays,
      }),
      req,
      COLLECTION,
    )
    const now = actingNow(context)
    const today = vnToday(now)
    const calendar = await workingCalendarOf(req, yearsAround(today))
    data.openedAt = now.toISOString()
    data.dueDate = vnDayStart(dueDayOf(calendar, today, workingDays as number)).toISOString()
  }
  return data
}
