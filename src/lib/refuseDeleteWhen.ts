import {
  APIError,
  ValidationError,
  type CollectionBeforeDeleteHook,
  type CollectionSlug,
} from 'payload'

import { languageOf } from '../i18n/label'
import type { Bilingual } from './recordAction'

type Stored = Record<string, unknown> & { status?: string | null }

/**
 * A `beforeDelete` guard: reads the stored record (its `status` unless told otherwise) and refuses
 * the delete with a 400 in the user's language when `isKept` holds. With a `path`, the refusal is
 * a validation error on that field (the admin shows it there). A record that is not there is left
 * to the delete itself (its 404). The hook is called `name` (the hook chains table shows it).
 */
export const refuseDeleteWhen = <Doc extends Stored = Stored>(
  isKept: (doc: Doc) => boolean,
  message: Bilingual,
  options: { select?: Record<string, true>; path?: string; name?: string } = {},
): CollectionBeforeDeleteHook => {
  const hook: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
    const doc = await req.payload.findByID({
      collection: collection.slug as CollectionSlug,
      id,
      depth: 0,
      select: options.select ?? { status: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!doc || !isKept(doc as unknown as Doc)) return
    const text = message[languageOf(req)]
    if (!options.path) throw new APIError(text, 400, null, true)
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: options.path, message: text }] },
      req.t,
    )
  }
  return Object.defineProperty(hook, 'name', { value: options.name ?? 'refuseDeleteWhen' })
}
