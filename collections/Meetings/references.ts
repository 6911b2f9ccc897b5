import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Id } from '../../hooks/rules/meetings'
import { assertField } from '../../hooks/adapters/assertVerdict'
import { idOf } from '../../src/lib/relations'

// Ids a meeting refers to inside its arrays (documents, agencies, authorisations): each must
// exist, or the write is refused with the field named (never a database error).
type Reference = { path: string; collection: CollectionSlug; id: Id }

const rows = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? (value as Record<string, unknown>[]) : []

const ids = (value: unknown): Id[] =>
  (Array.isArray(value) ? value : [value]).map(idOf).filter((id): id is Id => id !== null)

/** Every id the written data refers to, with the path of the field that holds it. */
export const referencesOf = (data: Record<string, unknown>): Reference[] => {
  const found: Reference[] = []
  const add = (path: string, collection: CollectionSlug, value: unknown) => {
    for (const id of ids(value)) found.push({ path, collection, id })
  }
  add('group', 'working-groups', data.group)
  add('invitedMembers', 'members', data.invitedMembers)
  add('chair', 'users', data.chair)
  add('convenedBy', 'users', data.convenedBy)
  add('minutesScan', 'media', data.minutesScan)
  rows(data.agenda).forEach((row, i) => {
    add(`agenda.${i}.presenterAgency`, 'agencies', row.presenterAgency)
    add(`agenda.${i}.documents`, 'media', row.documents)
  })
  rows(data.guests).forEach((row, i) => add(`guests.${i}.agency`, 'agencies', row.agency))
  rows(data.attendance).forEach((row, i) => {
    add(`attendance.${i}.member`, 'members', row.member)
    add(`attendance.${i}.authorisation`, 'media', row.authorisation)
  })
  rows(data.decisions).forEach((row, i) =>
    rows(row.votes).forEach((vote, j) =>
      add(`decisions.${i}.votes.${j}.voter`, 'members', vote.voter),
    ),
  )
  const conclusions = (data.conclusions ?? {}) as Record<string, unknown>
  rows(conclusions.items).forEach((row, i) =>
    add(`conclusions.items.${i}.leadAgency`, 'agencies', row.leadAgency),
  )
  return found
}

const NOT_FOUND: Partial<Record<CollectionSlug, { vi: string; en: string }>> = {
  media: { vi: 'Không tìm thấy tệp đính kèm này.', en: 'This file does not exist.' },
  agencies: { vi: 'Không tìm thấy cơ quan này.', en: 'This agency does not exist.' },
  users: { vi: 'Không tìm thấy người dùng này.', en: 'This user does not exist.' },
  members: { vi: 'Không tìm thấy thành viên này.', en: 'This member does not exist.' },
  'working-groups': { vi: 'Không tìm thấy Tổ.', en: 'Group not found.' },
}

/** Refuses a write that refers to a document, agency, member or user that does not exist. */
export const assertReferencesExist = async (
  req: PayloadRequest,
  data: Record<string, unknown>,
): Promise<void> => {
  const references = referencesOf(data)
  const byCollection = new Map<CollectionSlug, Set<string>>()
  for (const ref of references) {
    const set = byCollection.get(ref.collection) ?? new Set<string>()
    set.add(String(ref.id))
    byCollection.set(ref.collection, set)
  }
  const existing = new Set<string>()
  for (const [collection, wanted] of byCollection) {
    const valid = [...wanted].filter(
      (id) => req.payload.db.defaultIDType !== 'number' || /^\d+$/.test(id),
    )
    if (valid.length === 0) continue
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: valid } },
      select: {},
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) existing.add(`${collection}:${doc.id}`)
  }
  const missing = references.find((ref) => !existing.has(`${ref.collection}:${ref.id}`))
  if (!missing) return
  assertField(false, req, missing.path, NOT_FOUND[missing.collection]!, 'meetings')
}
