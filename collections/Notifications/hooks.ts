import type { CollectionBeforeValidateHook } from 'payload'

import { dedupeIdOf } from '../../src/email/outbox'

// The database refuses a second record with the same dedupe key and recipient (unique dedupeId),
// so queueing the same message twice, even concurrently, stores it once.
export const setDedupeId: CollectionBeforeValidateHook = ({ data, operation }) => {
  if (operation !== 'create' || !data) return data
  return { ...data, dedupeId: dedupeIdOf(data.dedupeKey, String(data.recipient ?? '')) }
}
