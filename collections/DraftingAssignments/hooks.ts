import type { CollectionBeforeChangeHook, FieldHook, PayloadRequest } from 'payload'

import {
  assignerVerdict,
  convenedVerdicts,
  convenerVerdict,
  datesVerdicts,
  draftingState,
  type SeatTerm,
} from '../../hooks/rules/draftingAssignments'
import { termCovers } from '../../hooks/rules/terms'
import { workingCalendarOf, yearsAround } from '../../src/charter/calendar'
import { peopleByIds } from '../../src/charter/seats'
import { dayKeyOf } from '../../src/fields/dates'
import { languageOf } from '../../src/i18n/label'
import { assertVerdicts } from '../../src/lib/assertVerdict'
import { addDaysToKey, vnToday } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'

const COLLECTION = 'drafting-assignments'

type Id = number | string
type Row = SeatTerm & { id: Id; user: Id | null; group: Id | null }

const termOf = (row: { from?: unknown; to?: unknown }) => ({
  from: dayKeyOf(row.from) ?? '',
  to: dayKeyOf(row.to),
})

/** Seats by holder or by id, with leave periods. A system read, in the request's transaction. */
const seatsWhere = async (req: PayloadRequest, where: Record<string, unknown>): Promise<Row[]> => {
  const { docs } = await req.payload.find({
    collection: 'members',
    where: where as never,
    select: { user: true, group: true, position: true, from: true, to: true, leave: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({
    id: doc.id,
    user: idOf(doc.user),
    group: idOf(doc.group),
    position: doc.position,
    term: termOf(doc),
    leave: (doc.leave ?? []).map(termOf),
  }))
}

const idsOf = (value: unknown): Id[] =>
  Array.isArray(value) ? value.map(idOf).filter((id): id is Id => id !== null) : []

/**
 * R12.5: assigned by the Head or the Standing Deputy in office; convened by the SG Head in office
 * (not on leave) on the first day; the people convened hold that SG's seats for the whole
 * period; assigned ≤ period ≤ due date. Stamps the period's working days and the status.
 */
export const checkDraftingAssignment: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data }
  const assignedOn = dayKeyOf(merged.assignedOn)
  const dueDate = dayKeyOf(merged.dueDate)
  const from = dayKeyOf(merged.periodFrom)
  const to = dayKeyOf(merged.periodTo)
  const assignedBy = idOf(merged.assignedBy)
  const convener = idOf(merged.convener)
  data.status = idOf(merged.document) === null ? 'drafting' : 'done'
  if (!assignedOn || !dueDate || !from || !to || assignedBy === null || convener === null) {
    return data // left to the fields' own validation
  }
  const convenedIds = idsOf(merged.convened)
  const [assignerSeats, convenerSeats, convenedSeats] = await Promise.all([
    seatsWhere(req, { user: { equals: assignedBy } }),
    seatsWhere(req, { user: { equals: convener } }),
    convenedIds.length === 0 ? [] : seatsWhere(req, { id: { in: convenedIds } }),
  ])
  const headSeat = convenerSeats.find((s) => s.position === 'sg-head' && termCovers(s.term, from))
  const names = await peopleByIds(
    req,
    convenedSeats.flatMap((seat) => (seat.user === null ? [] : [seat.user])),
  )
  const byId = new Map(convenedSeats.map((seat) => [String(seat.id), seat]))
  const convened = convenedIds.map((id) => {
    const seat = byId.get(String(id))
    return {
      name: (seat?.user != null && names.get(String(seat.user))?.fullName) || `#${id}`,
      position: seat?.position ?? '',
      term: seat?.term ?? { from: '9999-12-31', to: '9999-12-31' },
      sameGroup: !headSeat || String(seat?.group) === String(headSeat.group),
    }
  })
  const period = { from, to }
  assertVerdicts(
    [
      assignerVerdict(assignerSeats, assignedOn),
      convenerVerdict(convenerSeats, from),
      ...datesVerdicts({ assignedOn, dueDate, from, to }),
      ...convenedVerdicts(convened, period),
    ],
    req,
    COLLECTION,
  )
  data.supportGroup = headSeat?.group ?? null
  const calendar = await workingCalendarOf(req, yearsAround(from))
  data.workingDays = calendar.workingDaysBetween(addDaysToKey(from, -1), to)
  return data
}

/** R12.5: computed on reading, the state ages with the calendar: "Quá hạn N ngày". */
export const computeDraftingState: FieldHook = ({ siblingData, req }) =>
  draftingState(
    {
      status: siblingData?.status === 'done' ? 'done' : 'drafting',
      dueDate: dayKeyOf(siblingData?.dueDate),
    },
    vnToday(),
  )[languageOf(req)]
