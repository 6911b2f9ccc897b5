import { ValidationError, type PayloadRequest } from 'payload'

import { languageOf } from '../../src/i18n/label'
import { describeBreach, type Verdict } from '../rules/verdict'

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

/** A plain (non-charter) validation failure, in the admin's language. */
export const assertField = (
  condition: boolean,
  req: PayloadRequest,
  path: string,
  message: { vi: string; en: string },
  collection?: string,
): void => {
  if (condition) return
  throw new ValidationError(
    { collection, errors: [{ path, message: message[languageOf(req)] }] },
    req.t,
  )
}
