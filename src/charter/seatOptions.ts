import type { PayloadRequest, Where } from 'payload'

import { POSITION_LABELS, POSITIONS, type Position } from '../../hooks/rules/positions'
import { vnDayEnd, vnDayStart, vnToday } from '../lib/clock'
import { idOf } from '../lib/relations'
import type { Id } from '../lib/ids'

// The choices of the pickers of members (seats) and of people: every one of them, in the order of
// the positions (the Head first) and then of the names, each labelled with position and agency
// ("Nguyễn Văn A — Tổ trưởng, Sở Y tế").

type Bilingual = { vi: string; en: string }

export type PickerOption = { value: Id; label: Bilingual }

const positionRank = (position: unknown): number => {
  const index = POSITIONS.indexOf(position as Position)
  return index === -1 ? POSITIONS.length : index
}

const byName = (a: string, b: string) => a.localeCompare(b, 'vi', { sensitivity: 'base' })

/** "Nguyễn Văn A — Tổ trưởng, Sở Y tế" in both languages; parts that are unknown are left out. */
export const personLabel = (
  name: string,
  position: Bilingual | null,
  agency: { name: string; nameEn?: string | null } | null,
): Bilingual => {
  const part = (language: 'vi' | 'en') =>
    [position?.[language], language === 'en' ? agency?.nameEn || agency?.name : agency?.name]
      .filter((text): text is string => Boolean(text))
      .join(', ')
  const vi = part('vi')
  const en = part('en')
  return { vi: vi ? `${name} — ${vi}` : name, en: en ? `${name} — ${en}` : name }
}

const namesOf = async (req: PayloadRequest, users: Id[], agencies: Id[]) => {
  const [people, bodies] = await Promise.all([
    users.length === 0
      ? []
      : (
          await req.payload.find({
            collection: 'users',
            where: { id: { in: [...new Set(users.map(String))] } },
            select: { fullName: true },
            depth: 0,
            pagination: false,
            overrideAccess: true,
            req,
          })
        ).docs,
    agencies.length === 0
      ? []
      : (
          await req.payload.find({
            collection: 'agencies',
            where: { id: { in: [...new Set(agencies.map(String))] } },
            select: { name: true, nameEn: true },
            depth: 0,
            pagination: false,
            overrideAccess: true,
            req,
          })
        ).docs,
  ])
  return {
    person: new Map(people.map((doc) => [String(doc.id), doc.fullName ?? ''])),
    agency: new Map(
      bodies.map((doc) => [String(doc.id), { name: doc.name ?? '', nameEn: doc.nameEn ?? null }]),
    ),
  }
}

/**
 * The seats (`members` rows) of a group, or the seats with the given ids, as picker choices: in
 * office on `day` when a day is given. Read with the reader's access.
 */
export const seatOptions = async (
  req: PayloadRequest,
  filter: { group?: Id | null; day?: string | null; ids?: readonly Id[] },
): Promise<PickerOption[]> => {
  const and: Where[] = []
  if (filter.group !== undefined && filter.group !== null)
    and.push({ group: { equals: filter.group } })
  if (filter.ids) and.push({ id: { in: filter.ids.map(String) } })
  if (filter.day)
    and.push(
      { from: { less_than_equal: vnDayEnd(filter.day).toISOString() } },
      {
        or: [
          { to: { exists: false } },
          { to: { equals: null } },
          { to: { greater_than_equal: vnDayStart(filter.day).toISOString() } },
        ],
      },
    )
  const { docs } = await req.payload.find({
    collection: 'members',
    where: and.length > 0 ? { and } : {},
    select: { user: true, agency: true, position: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    req,
  })
  const names = await namesOf(
    req,
    docs.flatMap((doc) => idOf(doc.user) ?? []),
    docs.flatMap((doc) => idOf(doc.agency) ?? []),
  )
  return docs
    .map((doc) => ({
      rank: positionRank(doc.position),
      name: names.person.get(String(idOf(doc.user))) ?? '',
      option: {
        value: doc.id,
        label: personLabel(
          names.person.get(String(idOf(doc.user))) ?? '',
          POSITION_LABELS[doc.position as Position] ?? null,
          names.agency.get(String(idOf(doc.agency))) ?? null,
        ),
      },
    }))
    .sort((a, b) => a.rank - b.rank || byName(a.name, b.name))
    .map((entry) => entry.option)
}

/**
 * Users as picker choices (chair, approver): each labelled with the highest position he/she holds
 * today (or his/her job title) and his/her agency; in the order of those positions, then of names.
 */
export const personOptions = async (req: PayloadRequest): Promise<PickerOption[]> => {
  const { docs: users } = await req.payload.find({
    collection: 'users',
    select: { fullName: true, agency: true, jobTitle: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    req,
  })
  const today = vnToday()
  const { docs: seats } = await req.payload.find({
    collection: 'members',
    where: {
      and: [
        { user: { in: users.map((user) => String(user.id)) } },
        { from: { less_than_equal: vnDayEnd(today).toISOString() } },
        {
          or: [
            { to: { exists: false } },
            { to: { equals: null } },
            { to: { greater_than_equal: vnDayStart(today).toISOString() } },
          ],
        },
      ],
    },
    select: { user: true, position: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const best = new Map<string, Position>()
  for (const seat of seats) {
    const user = String(idOf(seat.user))
    const held = best.get(user)
    if (held === undefined || positionRank(seat.position) < positionRank(held))
      best.set(user, seat.position as Position)
  }
  const names = await namesOf(
    req,
    [],
    users.flatMap((user) => idOf(user.agency) ?? []),
  )
  return users
    .map((user) => {
      const position = best.get(String(user.id))
      const title = position
        ? POSITION_LABELS[position]
        : user.jobTitle
          ? { vi: user.jobTitle, en: user.jobTitle }
          : null
      return {
        rank: position ? positionRank(position) : POSITIONS.length,
        name: user.fullName ?? '',
        option: {
          value: user.id,
          label: personLabel(
            user.fullName ?? '',
            title,
            names.agency.get(String(idOf(user.agency))) ?? null,
          ),
        },
      }
    })
    .sort((a, b) => a.rank - b.rank || byName(a.name, b.name))
    .map((entry) => entry.option)
}
