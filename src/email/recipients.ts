import type { PayloadRequest } from 'payload'

import { idOf } from '../lib/relations'
import type { Id } from '../lib/ids'

// Who the system's messages go to (R7.5, R12.3a): an agency's addresses (its contact email, then
// its reporters' accounts) and the standing body's report inbox. System reads.

const system = (req: PayloadRequest) => ({ depth: 0, overrideAccess: true, req }) as const

/** The addresses of the reporter accounts of each agency, by agency id. */
export const reporterEmails = async (
  req: PayloadRequest,
  agencies: readonly Id[],
): Promise<Map<string, string[]>> => {
  const byAgency = new Map<string, string[]>()
  if (agencies.length === 0) return byAgency
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ agency: { in: [...agencies] } }, { roles: { in: ['reporter'] } }] },
    select: { email: true, agency: true },
    pagination: false,
    ...system(req),
  })
  for (const user of docs) {
    if (!user.email) continue
    const key = String(idOf(user.agency))
    byAgency.set(key, [...(byAgency.get(key) ?? []), user.email])
  }
  return byAgency
}

/** An agency's addresses: its contact email, then its reporters'. */
export const addressesOf = (
  contactEmail: string | null | undefined,
  reporters: readonly string[] = [],
): string[] => (contactEmail ? [contactEmail, ...reporters] : [...reporters])

/** Each agency's name and addresses, by agency id. */
export const agencyAddresses = async (
  req: PayloadRequest,
  agencies: readonly Id[],
): Promise<Map<string, { name: string; to: string[] }>> => {
  if (agencies.length === 0) return new Map()
  const [{ docs: rows }, reporters] = await Promise.all([
    req.payload.find({
      collection: 'agencies',
      where: { id: { in: [...agencies] } },
      select: { name: true, contactEmail: true },
      pagination: false,
      ...system(req),
    }),
    reporterEmails(req, agencies),
  ])
  return new Map(
    rows.map((row) => [
      String(row.id),
      { name: row.name, to: addressesOf(row.contactEmail, reporters.get(String(row.id))) },
    ]),
  )
}

/** The standing body's report inbox (charter settings), else the standing body's own address. */
export const standingBodyInbox = async (req: PayloadRequest): Promise<string | null> => {
  const settings = await req.payload.findGlobal({ slug: 'charter-settings', ...system(req) })
  if (settings.standingBodyEmail) return settings.standingBodyEmail
  const { docs } = await req.payload.find({
    collection: 'agencies',
    where: { isStandingBody: { equals: true } },
    select: { contactEmail: true },
    limit: 1,
    pagination: false,
    ...system(req),
  })
  return docs[0]?.contactEmail ?? null
}
