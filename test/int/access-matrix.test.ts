// The access matrix of the organisation layer: every collection × role × operation, against
// records of the user's own agency and of another one (test/helpers/accessMatrix.ts).
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { SYSTEM_ROLES, type SystemRole } from '../../src/access/roles'
import { allowed, createAccessWorld, MATRIX, type AccessWorld } from '../helpers/accessMatrix'
import {
  createGroupWithHead,
  createMedia,
  createMember,
  createUser,
  day,
  pdfFile,
  unique,
} from '../helpers/fixtures'

let payload: Payload
let users: Record<SystemRole, User>
let agencyA: number
let agencyB: number
let asUser: AccessWorld['asUser']
const recordOfB: Record<string, number> = {}
const recordOfA: Record<string, number> = {}
let makeData: Record<string, () => Promise<Record<string, unknown>>>

beforeAll(async () => {
  ;({ payload, agencyA, agencyB, users, asUser } = await createAccessWorld())
  const setup = await createGroupWithHead(payload)
  const otherUser = await createUser(payload, { agency: agencyB })
  const memberOfB = await createMember(payload, {
    user: otherUser.id,
    group: setup.group.id,
    position: 'member',
    agency: agencyB,
    from: '2023-01-01',
  })
  const memberOfA = await createMember(payload, {
    user: users.reporter.id,
    group: setup.group.id,
    position: 'member',
    agency: agencyA,
    from: '2023-01-01',
  })
  const basis = await createMedia(payload, { agency: agencyB })
  const delegation = await payload.create({
    collection: 'delegations',
    data: {
      group: setup.group.id,
      grantor: setup.head.id,
      grantee: setup.deputy.id,
      scopes: ['chair'],
      validFrom: day('2026-01-01'),
      validTo: day('2026-02-01'),
      basisNumber: '1/GUQ',
      basis: basis.id,
    },
    overrideAccess: true,
  })
  const job = await payload.create({
    collection: 'payload-jobs',
    data: {
      taskSlug: 'deliver-notification',
      input: { notificationId: '1' },
      queue: 'default',
    } as never,
    overrideAccess: true,
  })
  Object.assign(recordOfB, {
    users: otherUser.id,
    agencies: agencyB,
    members: memberOfB.id,
    media: basis.id,
    delegations: delegation.id,
  })
  const colleague = await createUser(payload, { agency: agencyA })
  const delegationToReporter = await payload.create({
    collection: 'delegations',
    data: {
      group: setup.group.id,
      grantor: setup.head.id,
      grantee: users.reporter.id,
      scopes: ['chair'],
      validFrom: day('2026-02-02'),
      validTo: day('2026-02-28'),
      basisNumber: '2/GUQ',
      basis: basis.id,
    },
    overrideAccess: true,
  })
  Object.assign(recordOfA, {
    users: colleague.id,
    agencies: agencyA,
    members: memberOfA.id,
    delegations: delegationToReporter.id,
    media: (await createMedia(payload, { agency: agencyA })).id,
  })
  const shared = { 'working-groups': setup.group.id, 'payload-jobs': job.id }
  Object.assign(recordOfB, shared)
  Object.assign(recordOfA, shared)
  recordOfB.notifications = (
    await payload.create({
      collection: 'notifications',
      data: {
        recipient: 'a@b.vn',
        subject: 'Thư',
        text: 'Nội dung',
        kind: 'other',
        status: 'queued',
      },
      overrideAccess: true,
    })
  ).id
  recordOfA.notifications = recordOfB.notifications
  // A meeting belongs to the agencies it invites (R11.2): B's member, or A's.
  const meetingOf = (seat: number) => ({
    group: setup.group.id,
    kind: 'six-month-review',
    start: day('2024-07-15'),
    chair: setup.head.id,
    invitedMembers: [seat],
  })
  recordOfB.meetings = (
    await payload.create({
      collection: 'meetings',
      data: meetingOf(memberOfB.id) as never,
      overrideAccess: true,
    })
  ).id
  recordOfA.meetings = (
    await payload.create({
      collection: 'meetings',
      data: meetingOf(memberOfA.id) as never,
      overrideAccess: true,
    })
  ).id
  recordOfB.holidays = (
    await payload.create({
      collection: 'holidays',
      data: { date: day('2030-01-01'), kind: 'day-off', nameVi: 'Tết Dương lịch' },
      overrideAccess: true,
    })
  ).id
  recordOfA.holidays = recordOfB.holidays
  // Monthly reporting's reference data is shared by every agency.
  const indicator = await payload.create({
    collection: 'indicators',
    data: {
      code: 'CT_TRUY_CAP',
      nameVi: 'Chỉ tiêu',
      unit: 'hồ sơ',
      group: 'G1',
      source: 'reported',
      aggregation: 'sum',
    },
    overrideAccess: true,
  })
  recordOfB.indicators = recordOfA.indicators = indicator.id
  recordOfB.targets = recordOfA.targets = (
    await payload.create({
      collection: 'targets',
      data: { indicator: indicator.id, year: 2030, value: 10 },
      overrideAccess: true,
    })
  ).id
  recordOfB['reporting-periods'] = recordOfA['reporting-periods'] = (
    await payload.create({
      collection: 'reporting-periods',
      data: { period: '2030-01' },
      overrideAccess: true,
    })
  ).id
  recordOfB['audit-log'] = (await payload.find({ collection: 'audit-log', limit: 1 })).docs[0].id
  recordOfA['audit-log'] = recordOfB['audit-log']

  let holidayDay = 0
  let referenceYear = 0
  makeData = {
    users: async () => ({
      fullName: unique('Cán bộ'),
      email: `${unique('n').toLowerCase()}@test.vn`,
      password: 'Test@12345',
      roles: ['viewer'],
    }),
    agencies: async () => ({ name: unique('Sở'), code: unique('C'), kind: 'department' }),
    'working-groups': async () => ({ name: unique('Tổ'), kind: 'wg' }),
    members: async () => ({
      user: (await createUser(payload)).id,
      group: setup.group.id,
      position: 'member',
      agency: agencyA,
      from: day('2024-01-01'),
    }),
    delegations: async () => ({
      group: setup.group.id,
      grantor: setup.head.id,
      grantee: setup.deputy.id,
      scopes: ['chair'],
      validFrom: day('2026-03-01'),
      validTo: day('2026-03-31'),
      basisNumber: unique('GUQ'),
      basis: (await createMedia(payload)).id,
    }),
    media: async () => ({ title: unique('Tệp') }),
    holidays: async () => ({
      date: day(`2031-02-${String(++holidayDay).padStart(2, '0')}`),
      kind: 'day-off',
      nameVi: 'Nghỉ',
    }),
    'audit-log': async () => ({ collectionSlug: 'agencies', documentId: '1', operation: 'create' }),
    'payload-jobs': async () => ({
      taskSlug: 'deliver-notification',
      input: { notificationId: '1' },
      queue: 'default',
    }),
    meetings: async () => ({
      group: setup.group.id,
      kind: 'six-month-review',
      start: day('2024-07-16'),
      chair: setup.head.id,
      invitedMembers: [memberOfA.id],
    }),
    notifications: async () => ({
      recipient: 'a@b.vn',
      subject: 'Thư',
      text: 'Nội dung',
      kind: 'other',
    }),
    indicators: async () => ({
      code: unique('CT').toUpperCase().replace(/-/g, '_'),
      nameVi: 'Chỉ tiêu',
      unit: 'hồ sơ',
      group: 'G1',
    }),
    targets: async () => ({ indicator: indicator.id, year: 2040 + ++referenceYear, value: 1 }),
    'reporting-periods': async () => ({ period: `${2040 + ++referenceYear}-01` }),
  }
})

const ROLES_AND_ANONYMOUS = [...SYSTEM_ROLES, 'anonymous'] as const

describe('access matrix: every collection × role × operation', () => {
  for (const [slug, rights] of Object.entries(MATRIX)) {
    const collection = slug as CollectionSlug
    describe(slug, () => {
      for (const role of ROLES_AND_ANONYMOUS) {
        const options = () =>
          role === 'anonymous' ? ({ overrideAccess: false, depth: 0 } as const) : asUser(role)
        const may = (list: SystemRole[]) => role !== 'anonymous' && list.includes(role)

        it(`${may(rights.create) ? 'lets' : 'refuses'} ${role} create`, async () => {
          const data = await makeData[slug]()
          const file = slug === 'media' ? { file: pdfFile(`${unique('m')}.pdf`) } : {}
          const before = (await payload.count({ collection })).totalDocs
          const ok = await allowed(
            payload.create({ collection, data: data as never, ...file, ...options() }),
          )
          expect(ok).toBe(may(rights.create))
          expect((await payload.count({ collection })).totalDocs).toBe(before + (ok ? 1 : 0))
        })

        it(`${may(rights.read) ? 'lets' : 'refuses'} ${role} read another agency's record by id`, async () => {
          const ok = await allowed(
            payload.findByID({ collection, id: recordOfB[slug], ...options() }),
          )
          expect(ok).toBe(may(rights.read))
        })

        it(`${may(rights.read) || may(rights.ownOnly) ? 'lets' : 'refuses'} ${role} read the own agency's record by id`, async () => {
          const ok = await allowed(
            payload.findByID({ collection, id: recordOfA[slug], ...options() }),
          )
          expect(ok).toBe(may(rights.read) || may(rights.ownOnly))
        })

        it(`${may(rights.update) ? 'lets' : 'refuses'} ${role} update`, async () => {
          const id = recordOfA[slug]
          const ok = await allowed(
            payload.update({ collection, id, data: {} as never, ...options() }),
          )
          expect(ok).toBe(may(rights.update))
        })

        it(`${may(rights.delete) ? 'lets' : 'refuses'} ${role} delete`, async () => {
          const victim = await payload
            .create({
              collection,
              data: (await makeData[slug]()) as never,
              ...(slug === 'media' ? { file: pdfFile(`${unique('d')}.pdf`) } : {}),
              overrideAccess: true,
              disableVerificationEmail: true,
            })
            .catch(() => null)
          const id = victim?.id ?? recordOfA[slug]
          const ok = await allowed(payload.delete({ collection, id, ...options() }))
          expect(ok).toBe(may(rights.delete))
        })
      }
    })
  }
})
