import type { PayloadRequest } from 'payload'

import { memberPostLine, postHeldOn, type Id } from '../../hooks/rules/meetings'
import type { Position } from '../../hooks/rules/positions'
import { peopleByIds } from '../../src/charter/seats'
import { dayKeyOf } from '../../src/fields/dates'
import { idOf } from '../../src/lib/relations'
import { agencyNames } from './delivery'

/**
 * R12.1: each seat's line for the notice and the minutes, by seat id: the person, the post held at
 * the home agency on `day`, and the seat ("Đồng chí …, Giám đốc Sở Y tế, Thành viên Tổ công tác").
 */
export const memberPostLines = async (
  req: PayloadRequest,
  seatIds: readonly Id[],
  day: string,
): Promise<Map<string, string>> => {
  if (seatIds.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'members',
    where: { id: { in: seatIds.map(String) } },
    select: {
      user: true,
      agency: true,
      position: true,
      postTitle: true,
      postFrom: true,
      postTo: true,
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const [people, agencies] = await Promise.all([
    peopleByIds(
      req,
      docs.flatMap((doc) => idOf(doc.user) ?? []),
    ),
    agencyNames(
      req,
      docs.map((doc) => idOf(doc.agency)),
    ),
  ])
  return new Map(
    docs.map((doc) => {
      const held = postHeldOn(
        { postFrom: dayKeyOf(doc.postFrom), postTo: dayKeyOf(doc.postTo) },
        day,
      )
      const line = memberPostLine({
        name: people.get(String(idOf(doc.user)))?.fullName ?? '',
        postTitle: held ? (doc.postTitle?.trim() ?? null) || null : null,
        agencyName: agencies.get(String(idOf(doc.agency))) ?? null,
        position: doc.position as Position,
      })
      return [String(doc.id), line]
    }),
  )
}

/** R12.1: the invitees as the notice and the minutes list them: members, then outside guests. */
export const inviteeLines = async (
  req: PayloadRequest,
  meeting: {
    invitedMembers: readonly Id[]
    guests: readonly { name: string | null; title: string | null }[]
  },
  day: string,
): Promise<string[]> => {
  const lines = await memberPostLines(req, meeting.invitedMembers, day)
  return [
    ...meeting.invitedMembers.flatMap((id) => lines.get(String(id)) ?? []),
    ...meeting.guests.flatMap((guest) =>
      guest.name ? [[guest.name, guest.title].filter(Boolean).join(', ')] : [],
    ),
  ]
}
