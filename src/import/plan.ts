import type { CollectionSlug } from 'payload'

import { dayKeyOf } from '../fields/dates'
import { vnDayStart } from '../lib/clock'
import { idOf } from '../lib/relations'
import type { RowProblem } from './parse'

// What an import will do, row by row, before anything is written: create a record, update the
// stored one the row names (only the fields whose value differs), or leave it as it is. A
// reference to a record made by an earlier row of the same file waits for that record's id.

export type Id = number | string
export type Operation = 'create' | 'update' | 'unchanged'

/** A field whose value is the id of a record another row of the file creates (by its key). */
export type PendingRef = { field: string; rowKey: string }

export type PlanEntry = {
  row: number
  collection: CollectionSlug
  operation: Operation
  /** The stored record an update or unchanged row names. */
  id?: Id
  /** The row's key, so that later rows of the file can refer to the record it makes. */
  key: string
  /** What the preview shows (the name or code of the record). */
  title: string
  /** The fields to write: all of them for a create, the changed ones for an update. */
  data: Record<string, unknown>
  pending?: PendingRef
}

export type Plan = { entries: PlanEntry[]; problems: RowProblem[] }

/** A day key as Payload stores a day-only date (00:00 Vietnam time). */
export const storedDay = (key: unknown): string | null =>
  typeof key === 'string' ? vnDayStart(key).toISOString() : null

const comparable = (value: unknown, isDay: boolean): string => {
  if (value === undefined || value === null || value === '') return 'null'
  if (isDay) return String(dayKeyOf(value))
  if (Array.isArray(value)) return JSON.stringify(value.map((item) => String(idOf(item))).sort())
  if (typeof value === 'object') return String(idOf(value))
  return JSON.stringify(value)
}

/**
 * The fields of `incoming` whose value differs from the stored record (days compared as days,
 * relationships as ids, lists in any order). Fields the row leaves blank are not in `incoming`.
 */
export const changedData = (
  stored: Record<string, unknown>,
  incoming: Record<string, unknown>,
  dayFields: readonly string[] = [],
): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(incoming).filter(([field, value]) => {
      const isDay = dayFields.includes(field)
      return comparable(stored[field], isDay) !== comparable(value, isDay)
    }),
  )

/** A create, or an update of the changed fields of a stored record (unchanged when none). */
export const entryFor = (
  base: Pick<PlanEntry, 'row' | 'collection' | 'key' | 'title' | 'pending'>,
  data: Record<string, unknown>,
  stored: (Record<string, unknown> & { id: Id }) | undefined,
  dayFields: readonly string[] = [],
): PlanEntry => {
  if (!stored) return { ...base, operation: 'create', data }
  const changed = changedData(stored, data, dayFields)
  // A parent made by this file is new: the stored record's reference changes.
  const pendingChanges = Boolean(base.pending)
  return {
    ...base,
    id: stored.id,
    operation: Object.keys(changed).length || pendingChanges ? 'update' : 'unchanged',
    data: changed,
  }
}

/** Counts of the plan's operations, for the preview and the batch. */
export const tally = (entries: readonly PlanEntry[]) => ({
  created: entries.filter((entry) => entry.operation === 'create').length,
  updated: entries.filter((entry) => entry.operation === 'update').length,
  unchanged: entries.filter((entry) => entry.operation === 'unchanged').length,
})

/**
 * The entries in an order where a row comes after the row whose record it refers to (an agency
 * after its parent); a cycle is a problem of each row in it.
 */
export const inDependencyOrder = (
  entries: readonly PlanEntry[],
  header: string,
): { ordered: PlanEntry[]; problems: RowProblem[] } => {
  const ordered: PlanEntry[] = []
  const done = new Set<string>()
  let waiting = [...entries]
  while (waiting.length) {
    const ready = waiting.filter((entry) => !entry.pending || done.has(entry.pending.rowKey))
    if (!ready.length) {
      return {
        ordered,
        problems: waiting.map((entry) => ({
          row: entry.row,
          column: header,
          message: 'các cơ quan trong tệp là cấp trên của nhau theo vòng tròn.',
        })),
      }
    }
    for (const entry of ready) {
      ordered.push(entry)
      done.add(entry.key)
    }
    waiting = waiting.filter((entry) => !ready.includes(entry))
  }
  return { ordered, problems: [] }
}
