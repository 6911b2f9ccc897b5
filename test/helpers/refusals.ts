import { existsSync } from 'node:fs'
import path from 'node:path'

import { expect } from 'vitest'

import { messagesOf } from './errors'

type Refusal = { name?: string; status?: number }

// Database errors quote their whole SQL statement: keep the start, enough to recognise it.
const summary = (messages: string[]) => messages.join('\n').slice(0, 240)

const refusalOf = async (write: Promise<unknown>): Promise<unknown> => {
  const error = await write.then(
    () => null,
    (reason: unknown) => reason,
  )
  expect(error, 'the write was accepted').not.toBeNull()
  return error
}

/**
 * Awaits a write that must be refused as bad input: Payload's ValidationError (HTTP 400), never a
 * database or programming error (500), with field messages ("path: message") matching `pattern`.
 */
export const expectInvalid = async (
  write: Promise<unknown>,
  pattern: RegExp,
): Promise<string[]> => {
  const error = await refusalOf(write)
  const messages = messagesOf(error)
  const { name, status } = error as Refusal
  expect({ name, status }, summary(messages)).toEqual({ name: 'ValidationError', status: 400 })
  expect(messages.join('\n')).toMatch(pattern)
  return messages
}

/** Awaits a write that access control must refuse (HTTP 403). */
export const expectForbidden = async (write: Promise<unknown>): Promise<void> => {
  const error = await refusalOf(write)
  const { name, status } = error as Refusal
  expect({ name, status }, summary(messagesOf(error))).toEqual({ name: 'Forbidden', status: 403 })
}

/** Whether an uploaded file of that name is in the media folder of this test file. */
export const mediaFileExists = (filename: string | null | undefined): boolean =>
  existsSync(path.join(process.env.MEDIA_DIR ?? '', filename ?? ''))

/** A small zip archive: a type the media collection does not accept. */
export const zipFile = (name = 'ho-so.zip') => {
  // An empty archive: the end-of-central-directory record alone.
  const data = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])
  return { data, mimetype: 'application/zip', name, size: data.length }
}

/** A Windows executable that claims to be a PDF. */
export const disguisedExecutable = (name = 'cong-van.pdf') => {
  const data = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126), Buffer.from('PE\0\0')])
  return { data, mimetype: 'application/pdf', name, size: data.length }
}
