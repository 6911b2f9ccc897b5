import type { Field, FieldHook, PayloadRequest } from 'payload'

type Bilingual = { vi: string; en: string }

// The name of the person a relationship to `users` points at (who reviewed, accepted, decided),
// for readers who may not read that account: a reporter sees "Người xem xét: Nguyễn Văn A", never
// "Chưa có tiêu đề - ID: 2". A virtual, read-only field (no column, no migration) beside the
// relationship, which the admin then hides. Names are read once per request and account.

type NameCache = Map<string, Promise<string | null>>
const caches = new WeakMap<PayloadRequest, NameCache>()

const idOf = (value: unknown): number | string | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    return typeof id === 'number' || typeof id === 'string' ? id : null
  }
  return null
}

const nameOf = (req: PayloadRequest, id: number | string): Promise<string | null> => {
  let cache = caches.get(req)
  if (!cache) {
    cache = new Map()
    caches.set(req, cache)
  }
  const key = String(id)
  let pending = cache.get(key)
  if (!pending) {
    // Only the display name leaves the account, whatever the reader's access to it.
    pending = req.payload
      .find({
        collection: 'users',
        where: { id: { equals: id } },
        select: { fullName: true },
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: true,
        req,
      })
      .then(({ docs }) => {
        const name = (docs[0] as { fullName?: unknown } | undefined)?.fullName
        return typeof name === 'string' && name.trim() ? name : null
      })
    cache.set(key, pending)
  }
  return pending
}

const fillName =
  (of: string): FieldHook =>
  async ({ siblingData, req }) => {
    const related = (siblingData as Record<string, unknown> | undefined)?.[of]
    if (related && typeof related === 'object' && 'fullName' in related) {
      const name = (related as { fullName?: unknown }).fullName
      if (typeof name === 'string' && name.trim()) return name
    }
    const id = idOf(related)
    return id === null ? null : nameOf(req, id)
  }

/** A read-only field showing the name of the account in the sibling relationship `of`. */
export const personNameField = ({
  name,
  of,
  label,
  position,
}: {
  name: string
  of: string
  label: Bilingual
  position?: 'sidebar'
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
    condition: (_data, siblingData) =>
      Boolean((siblingData as Record<string, unknown> | undefined)?.[name]),
  },
  hooks: { afterRead: [fillName(of)] },
})
