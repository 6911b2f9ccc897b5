// Shared by the bad-input tests of the reporting collections
// (test/int/reporting-bad-input-*.test.ts): each test file builds its own world on its own database
// (`createReportingBadInputWorld` in its beforeAll). A refused write is Payload's ValidationError
// naming the field, made by a user's request (Local API, overrideAccess: false), and leaves the
// database as it was.
import type { CollectionSlug, Payload } from 'payload'
import { expect } from 'vitest'

import type { User } from '../../payload-types'
import { createUser } from './fixtures'
import { initPayload } from './payload'
import { expectInvalid } from './refusals'
import { createIndicator } from './reports'

export type Data = Record<string, unknown>
export type Case = { what: string; data: () => Data; error: RegExp; bySecretariat?: boolean }

export { FORGED_ID, INVALID_CHOICE } from './badInput'

export const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

/** The refusal checks on the test file's Payload. */
const refusalChecks = (payload: Payload) => {
  const countOf = async (collection: CollectionSlug) =>
    (await payload.count({ collection })).totalDocs

  /** Creating `data` as `user` is refused with a message matching `error`, adding nothing. */
  const expectCreateRefused = async (
    collection: CollectionSlug,
    user: User,
    data: Data,
    error: RegExp,
  ) => {
    const before = await countOf(collection)
    await expectInvalid(payload.create({ collection, data: data as never, ...as(user) }), error)
    expect(await countOf(collection)).toBe(before)
  }

  /** Updating with `data` as `user` is refused with a message matching `error`, changing nothing. */
  const expectUpdateRefused = async (
    collection: CollectionSlug,
    user: User,
    id: number,
    data: Data,
    error: RegExp,
  ) => {
    const before = await payload.findByID({ collection, id, depth: 0 })
    await expectInvalid(payload.update({ collection, id, data: data as never, ...as(user) }), error)
    expect(await payload.findByID({ collection, id, depth: 0 })).toEqual(before)
  }

  return { countOf, expectCreateRefused, expectUpdateRefused }
}

/**
 * The test file's Payload, a secretariat user, an indicator reported by departments and a
 * percentage one, and the refusal checks on that Payload.
 */
export const createReportingBadInputWorld = async () => {
  const payload = await initPayload()
  const secretariat = await createUser(payload, { roles: ['secretariat'] })
  const indicator = await createIndicator(payload, { reportedBy: ['department'] })
  const percent = await createIndicator(payload, {
    unit: '%',
    reportedBy: ['department'],
    order: 1,
  })
  return { payload, secretariat, indicator, percent, ...refusalChecks(payload) }
}

export type ReportingBadInputWorld = Awaited<ReturnType<typeof createReportingBadInputWorld>>
