import type { DefaultDocumentIDType } from 'payload'

import { vnDayStart } from '../src/lib/clock'

export type Id = DefaultDocumentIDType

/**
 * Options of every seeding call: the system acts (no user), skips the audit trail, no population;
 * acts of past months (documents issued, tasks assigned) are recorded on their own date (R2.4).
 */
export const SEED_OPTIONS = {
  overrideAccess: true,
  depth: 0,
  context: { skipAudit: true, recordedAsDated: true },
} as const

/** A Vietnam calendar day ('YYYY-MM-DD') as the stored instant: 00:00 Vietnam time, ISO string. */
export const vnDay = (key: string): string => vnDayStart(key).toISOString()

/** Counts what one seeding step created, for the log line. */
export type Tally = Record<string, number>

export const bump = (tally: Tally, key: string): void => {
  tally[key] = (tally[key] ?? 0) + 1
}

/** A looked-up value that the seed itself created earlier; its absence is a bug in the seed data. */
export const required = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`seed: missing ${what}`)
  return value
}
