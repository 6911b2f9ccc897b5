import type { Field, FieldHook, PayloadRequest } from 'payload'

import { idOf } from '../lib/relations'

type Bilingual = { vi: string; en: string }

// The name of the record a relationship points at (who reviewed, which agency resolves), for
// readers who may not read that record: a reporter sees "Người xem xét: Nguyễn Văn A", never
// "Chưa có tiêu đề - ID: 2". A virtual, read-only field (no column, no migration) beside the
// relationship, which the admin then hides from them. Names are read once per request and record.

type Named = { collection: 'users'; title: 'fullName' } | { collection: 'agencies'; title: 'name' }
type Condition = NonNullable<NonNullable<Field['admin']>['condition']>
type NameCache = Map<string, Promise<string | null>>
const caches = new WeakMap<PayloadRequest, NameCache>()

const nameOf = (
  req: PayloadRequest,
  { collection, title }: Named,
  id: number | string,
): Promise<string | null> => {
  let cache = caches.get(req)
  if (!cache) {
    cache = new Map()
    caches.set(req, cache)
  }
  const key = `${collection}:${id}`
  let pending = cache.get(key)
  if (!pending) {
    // Only the display name leaves the account, whatever the reader's access to it.
    pending = req.payload
      .find({
        collection,
        where: { id: { equals: id } },
        select: { [title]: true },
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: true,
        req,
      })
      .then(({ docs }) => {
        const name = (docs[0] as unknown as Record<string, unknown> | undefined)?.[title]
        return typeof name === 'string' && name.trim() ? name : null
      })
    cache.set(key, pending)
  }
  return pending
}

const fillName =
  (of: string, named: Named): FieldHook =>
  async ({ siblingData, req }) => {
    const related = (siblingData as Record<string, unknown> | undefined)?.[of]
    if (related && typeof related === 'object' && named.title in related) {
      const name = (related as Record<string, unknown>)[named.title]
      if (typeof name === 'string' && name.trim()) return name
    }
    const id = idOf(related)
    return id === null ? null : nameOf(req, named, id)
  }

/** A read-only field showing the name of the record in the sibling relationship `of`. */
export const relatedNameField = ({
  name,
  of,
  named,
  label,
  position,
  condition,
}: {
  name: string
  of: string
  named: Named
  label: Bilingual
  position?: 'sidebar'
  /** Who sees it in the admin beyond its being filled (e.g. only those who cannot read `of`). */
  condition?: Condition
}): Field => ({
  name,
  type: 'text',
  virtual: true,
  label,
  access: { create: () => false, update: () => false },
  admin: {
    readOnly: true,
    position,
    disableListFilter: true,
    condition: (data, siblingData, context) =>
      Boolean((siblingData as Record<string, unknown> | undefined)?.[name]) &&
      (condition ? condition(data, siblingData, context) : true),
  },
  hooks: { afterRead: [fillName(of, named)] },
})

/** A read-only field showing the name of the account in the sibling relationship `of`. */
export const personNameField = (options: {
  name: string
  of: string
  label: Bilingual
  position?: 'sidebar'
}): Field => relatedNameField({ ...options, named: { collection: 'users', title: 'fullName' } })
