import type {
  CollectionAfterOperationHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

// A password is not a stored field (Payload keeps a hash, left out of the audit), so a changed
// password cannot be seen by comparing the document before and after: it is noted from the
// incoming data before the write and added to the audit entry by name, never by value.

const keyOf = (slug: string, id: unknown) => `${slug}:${String(id)}`

const notesOf = (req: PayloadRequest): Set<string> =>
  (req.context.auditPasswordChanges ??= new Set<string>())

/** Payload saves a password only when the update carries a non-empty string. */
export const notePasswordChange: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (collection.auth && operation === 'update' && originalDoc?.id !== undefined) {
    if (typeof data.password === 'string' && data.password !== '') {
      notesOf(req).add(keyOf(collection.slug, originalDoc.id))
    }
  }
  return data
}

/** ['password'] once if this update of the document changed its password, else []. */
export const takePasswordChange = (req: PayloadRequest, slug: string, id: unknown): string[] => {
  const notes = req.context.auditPasswordChanges
  return notes?.delete(keyOf(slug, id)) ? ['password'] : []
}

/** A password set through the reset-password flow (no update hooks run there) is audited too. */
export const recordPasswordReset = (auditSlug: 'audit-log'): CollectionAfterOperationHook => {
  const recordPasswordReset: CollectionAfterOperationHook = async (hook) => {
    if (hook.operation !== 'resetPassword' || !hook.result?.user) return hook.result
    const { id } = hook.result.user
    await hook.req.payload.create({
      collection: auditSlug,
      data: {
        // The holder proved the reset token: the change is his.
        user: id as number,
        collectionSlug: hook.collection.slug,
        documentId: String(id),
        operation: 'update',
        changedFields: ['password'],
      },
      req: hook.req,
      overrideAccess: true,
    })
    return hook.result
  }
  return recordPasswordReset
}
