import { expect } from 'vitest'

type FieldError = { path?: string; message: string }

/** The messages a rejected write carries: the field errors of a ValidationError, or its message. */
export const messagesOf = (error: unknown): string[] => {
  const data = (error as { data?: { errors?: FieldError[] } }).data
  if (data?.errors?.length) return data.errors.map((e) => `${e.path ?? ''}: ${e.message}`)
  return [String((error as Error).message)]
}

/** Awaits a write that must be refused, and checks the refusal's messages. */
export const expectRejected = async (
  write: Promise<unknown>,
  pattern: RegExp,
): Promise<string[]> => {
  const error = await write.then(
    () => null,
    (reason: unknown) => reason,
  )
  expect(error, 'the write was accepted').not.toBeNull()
  const messages = messagesOf(error)
  expect(messages.join('\n')).toMatch(pattern)
  return messages
}
