import { ValidationError, type PayloadRequest } from 'payload'

import { describeBreach, type Verdict } from '../../hooks/rules/verdict'
import { languageOf } from '../i18n/label'

// The one step every hook adapter ends with: a failed verdict or condition becomes Payload's 400
// ValidationError on a field path, in the admin's language.

/** Turns a failed charter verdict into Payload's 400 ValidationError, in the admin's language. */
export const assertVerdict = (verdict: Verdict, req: PayloadRequest, collection?: string): void => {
  if (verdict.ok) return
  throw new ValidationError(
    {
      collection,
      errors: [{ path: verdict.path ?? 'id', message: describeBreach(verdict, languageOf(req)) }],
    },
    req.t,
  )
}

/** A plain (non-charter) validation failure, in the admin's language; narrows `condition`. */
export function assertField(
  condition: unknown,
  req: PayloadRequest,
  path: string,
  message: { vi: string; en: string },
  collection?: string,
): asserts condition {
  if (condition) return
  throw new ValidationError(
    { collection, errors: [{ path, message: message[languageOf(req)] }] },
    req.t,
  )
}

/** Every failed verdict in one 400, each on its own field path: the user fixes all in one go. */
export const assertVerdicts = (
  verdicts: readonly Verdict[],
  req: PayloadRequest,
  collection?: string,
): void => {
  const failed = verdicts.filter((verdict) => !verdict.ok)
  if (failed.length === 0) return
  const language = languageOf(req)
  throw new ValidationError(
    {
      collection,
      errors: failed.map((verdict) => ({
        path: (!verdict.ok && verdict.path) || 'id',
        message: describeBreach(verdict, language),
      })),
    },
    req.t,
  )
}
