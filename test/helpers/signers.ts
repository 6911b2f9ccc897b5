import type { Payload } from 'payload'

import type { User } from '../../payload-types'
import {
  createAgency,
  createGroup,
  createMedia,
  createMember,
  createUser,
  day,
  unique,
} from './fixtures'

/**
 * A Working Group and its Support Group with a holder of every signing post (R2.4), each
 * representing his/her own agency so the seal can be told apart, plus the staff roles:
 * - head (People's Committee), standingDeputy (police), deputy (the provincial office),
 *   sgHead (police, SG), member (justice), secretary (police, role secretariat);
 * - reporter of the justice department, an administrator, a leader who holds no post.
 */
export const createSigners = async (payload: Payload) => {
  const agencies = {
    committee: await createAgency(payload, { kind: 'people_committee' }),
    police: await createAgency(payload, { kind: 'police' }),
    office: await createAgency(payload, { kind: 'provincial_office' }),
    justice: await createAgency(payload),
  }
  const wg = await createGroup(payload)
  const sg = await createGroup(payload, { kind: 'sg', parent: wg.id })
  const person = (agency: { id: number }, roles: User['roles'] = ['leader']) =>
    createUser(payload, { agency: agency.id, roles })
  const users = {
    head: await person(agencies.committee),
    standingDeputy: await person(agencies.police),
    deputy: await person(agencies.office),
    sgHead: await person(agencies.police),
    member: await person(agencies.justice),
    secretary: await person(agencies.police, ['secretariat']),
    reporter: await person(agencies.justice, ['reporter']),
    otherReporter: await person(agencies.office, ['reporter']),
    admin: await person(agencies.police, ['admin']),
    outsider: await person(agencies.committee),
  }
  const seat = (user: User, position: string, agency: { id: number }, group = wg.id) =>
    createMember(payload, {
      user: user.id,
      group,
      position,
      agency: agency.id,
      from: '2022-07-01',
    })
  await seat(users.head, 'head', agencies.committee)
  await seat(users.standingDeputy, 'standing-deputy', agencies.police)
  await seat(users.deputy, 'deputy', agencies.office)
  const memberSeat = await seat(users.member, 'member', agencies.justice)
  await seat(users.secretary, 'secretary', agencies.police)
  await seat(users.sgHead, 'sg-head', agencies.police, sg.id)
  return { agencies, wg, sg, users, memberSeat }
}

export type Signers = Awaited<ReturnType<typeof createSigners>>

/** A written delegation from the Head, for the given scopes and dates. */
export const delegateFromHead = async (
  payload: Payload,
  signers: Signers,
  grantee: User,
  scopes: string[],
  validFrom: string,
  validTo: string,
) =>
  payload.create({
    collection: 'delegations',
    data: {
      group: signers.wg.id,
      grantor: signers.users.head.id,
      grantee: grantee.id,
      scopes: scopes as never,
      validFrom: day(validFrom),
      validTo: day(validTo),
      basisNumber: unique('GUQ'),
      basis: (await createMedia(payload)).id,
    },
    overrideAccess: true,
    depth: 0,
  })

/** The charter as adopted: the global needs an edition before any other setting can be saved. */
export const adoptCharter = (payload: Payload) =>
  payload.updateGlobal({
    slug: 'charter-settings',
    data: {
      editions: [
        {
          effectiveFrom: day('2022-07-01'),
          basis: '96/QĐ-TCT',
          meetingBeforeDay: 10,
          reportBeforeDay: 18,
          aggregateBeforeDay: 22,
          noticeLeadWorkingDays: 2,
          majorityBase: 'present',
          tieRule: 'chair-side',
          lockDay: 25,
          reminderDaysBefore: 3,
        },
      ],
    },
    overrideAccess: true,
    depth: 0,
  })
