import type { PayloadRequest } from 'payload'

import { assertVerdict } from '../../src/lib/assertVerdict'
import {
  checkPreparationDone,
  checkPreparationOwners,
  markStepDone,
  planPreparation,
  PREPARATION_STEPS,
  type Id,
  type PreparationRow,
  type PreparationStep,
} from '../../hooks/rules/meetings'
import { seatsOn, type Seat } from '../../src/charter/seats'
import { dayKeyOf } from '../../src/fields/dates'
import type { WorkingCalendar } from '../../src/lib/calendar'
import { vnDayStart, vnToday } from '../../src/lib/clock'
import { idOf } from '../../src/lib/relations'

// R7.3: the adapter of the preparation rules: reads the rows, the Support Group's seats, and
// writes back the planned rows (owner, due day, done day).
type Raw = Record<string, unknown>

export const preparationRowsOf = (value: unknown): PreparationRow[] =>
  (Array.isArray(value) ? (value as Raw[]) : [])
    .filter((row) => PREPARATION_STEPS.includes(row.step as PreparationStep))
    .map((row) => ({
      id: typeof row.id === 'string' ? row.id : null,
      step: row.step as PreparationStep,
      owner: idOf(row.owner),
      dueOn: dayKeyOf(row.dueOn),
      doneOn: dayKeyOf(row.doneOn),
    }))

/** Whether the minutes are recorded: typed text in the rich text, or the signed scan uploaded. */
export const hasMinutes = (input: object): boolean => {
  const doc = input as Raw
  const hasText = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false
    const { text, children, root } = node as Raw
    if (typeof text === 'string' && text.trim()) return true
    if (root) return hasText(root)
    return Array.isArray(children) && children.some(hasText)
  }
  return idOf(doc.minutesScan) !== null || hasText(doc.minutes)
}

/** The seats of the Working Group's Support Group(s) on `day` (R7.3: the preparers). */
export const supportGroupSeatsOn = async (
  req: PayloadRequest,
  wgId: Id,
  day: string,
): Promise<Seat[]> => {
  const { docs } = await req.payload.find({
    collection: 'working-groups',
    where: { and: [{ parent: { equals: wgId } }, { kind: { equals: 'sg' } }] },
    select: { kind: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const seats = await Promise.all(docs.map((group) => seatsOn(req, group.id, day)))
  return seats.flat()
}

export type PreparationInput = {
  data: Raw
  merged: Raw
  /** The rows as stored before this write (none on creation). */
  original: unknown
  created: boolean
  wgId: Id
  startDay: string
  /** The day of the write (the action's day when an action runs). */
  today: string
  moved: boolean
  noticeSent: boolean
  calendar: WorkingCalendar
  noticeLeadWorkingDays: number
}

/** The steps whose owner or done day a write changes (the form sends every row back). */
const changedSteps = (rows: readonly PreparationRow[], original: unknown): Set<string> => {
  const before = preparationRowsOf(original)
  const key = (row: PreparationRow) => JSON.stringify([String(row.owner), row.doneOn])
  return new Set(
    rows
      .filter((row) => {
        const was = before.find((candidate) => candidate.step === row.step)
        return was ? key(was) !== key(row) : row.owner !== null || row.doneOn !== null
      })
      .map((row) => row.step),
  )
}

/** R7.3: plans, checks and stamps the preparation rows of a Working Group meeting. */
export const applyPreparation = async (req: PayloadRequest, input: PreparationInput) => {
  const { data, merged } = input
  const stored = preparationRowsOf(merged.preparation)
  const changed = 'preparation' in data ? changedSteps(stored, input.original) : new Set<string>()
  const minutesDue = hasMinutes(merged) && stored.some((r) => r.step === 'minutes' && !r.doneOn)
  const complete = stored.length === PREPARATION_STEPS.length
  const quiet = !input.created && changed.size === 0 && !input.moved && !input.noticeSent
  if (quiet && !minutesDue && complete) return
  const seats = await supportGroupSeatsOn(req, input.wgId, input.startDay)
  let rows = planPreparation(stored, {
    calendar: input.calendar,
    meetingDay: input.startDay,
    noticeLeadWorkingDays: input.noticeLeadWorkingDays,
    defaultOwner: seats.find((seat) => seat.position === 'sg-head')?.id ?? null,
  })
  if (changed.size > 0) {
    // R7.3: the owners set are Support Group members in office; no done day in the future.
    const checked = rows.map((row) =>
      changed.has(row.step) ? row : { ...row, owner: null, doneOn: null },
    )
    const sgSeats = seats.map((seat) => seat.id)
    assertVerdict(checkPreparationOwners(checked, sgSeats), req, 'meetings')
    assertVerdict(checkPreparationDone(checked, vnToday()), req, 'meetings')
  }
  if (input.noticeSent) rows = markStepDone(rows, 'notice', input.today)
  if (hasMinutes(merged)) rows = markStepDone(rows, 'minutes', input.today)
  data.preparation = rows.map((row) => ({
    ...(row.id ? { id: row.id } : {}),
    step: row.step,
    owner: row.owner,
    dueOn: row.dueOn ? vnDayStart(row.dueOn).toISOString() : null,
    doneOn: row.doneOn ? vnDayStart(row.doneOn).toISOString() : null,
  }))
}
