// Shared by the bad-input tests (test/int/bad-input/*): each test file builds its own world on
// its own database (`initBadInput` in its beforeAll) and checks that a refused write is Payload's
// ValidationError naming the field and leaves the database as it was.
import type { CollectionSlug, Payload } from 'payload'
import { expect } from 'vitest'

import type { User } from '../../payload-types'
import { createUser, type pdfFile } from './fixtures'
import { initPayload } from './payload'
import { expectInvalid } from './refusals'

export type Data = Record<string, unknown>
export type UploadFile = ReturnType<typeof pdfFile>
export type CreateCase = { what: string; data: () => Data; error: RegExp }
export type UpdateCase = { what: string; data: Data; error: RegExp }

export const FORGED_ID = 999999
export const tooLong = (maxLength: number) => 'x'.repeat(maxLength + 1)
export const longerThan = (maxLength: number) =>
  new RegExp(`Giá trị phải ngắn hơn hoặc bằng ${maxLength} ký tự`)
export const INVALID_CHOICE = 'Lựa chọn ở field này không hợp lệ'
export const INVALID_EMAIL = 'Địa chỉ email không hợp lệ'

// Live bindings, set by initBadInput for the test file that imports them.
export let payload: Payload
export let admin: User

/** The test file's Payload and an administrator whose requests the writes go through. */
export const initBadInput = async () => {
  payload = await initPayload()
  admin = await createUser(payload, { roles: ['admin'] })
}

export const asAdmin = () => ({ overrideAccess: false, user: admin, depth: 0 }) as const

export const countOf = async (collection: CollectionSlug) =>
  (await payload.count({ collection })).totalDocs

const storedDoc = (collection: CollectionSlug, id: number) =>
  payload.findByID({ collection, id, depth: 0 })

/** Creating `data` is refused with a message matching `error`, and no document is added. */
export const expectCreateRefused = async (
  collection: CollectionSlug,
  data: Data,
  error: RegExp,
  file?: UploadFile,
) => {
  const before = await countOf(collection)
  await expectInvalid(
    payload.create({ collection, data: data as never, file, ...asAdmin() }),
    error,
  )
  expect(await countOf(collection)).toBe(before)
}

/** Updating with `data` is refused with a message matching `error`, and the record is unchanged. */
export const expectUpdateRefused = async (
  collection: CollectionSlug,
  id: number,
  data: Data,
  error: RegExp,
  file?: UploadFile,
) => {
  const before = await storedDoc(collection, id)
  await expectInvalid(
    payload.update({ collection, id, data: data as never, file, ...asAdmin() }),
    error,
  )
  expect(await storedDoc(collection, id)).toEqual(before)
}
