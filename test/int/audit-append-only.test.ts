// The audit log is append-only for everyone, and a refused write leaves no entry.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { AuditLog, User } from '../../payload-types'
import { AUDIT_LOG_SLUG } from '../../src/audit'
import { SYSTEM_ROLES, type SystemRole } from '../../src/access/roles'
import { as, createAuditWorld, newAgencyData, type AuditWorld } from '../helpers/audit'
import {
  createAgency,
  createGroupWithHead,
  createMember,
  createUser,
  day,
  unique,
} from '../helpers/fixtures'
import { expectForbidden, expectInvalid } from '../helpers/refusals'

let payload: Payload
let admin: User
let secretariat: User
let users: Record<SystemRole, User>
let lastEntryOf: AuditWorld['lastEntryOf']
let auditCount: AuditWorld['auditCount']

beforeAll(async () => {
  ;({ payload, admin, secretariat, users, lastEntryOf, auditCount } = await createAuditWorld())
})

describe('audit log: append-only for everyone', () => {
  let entry: AuditLog

  beforeAll(async () => {
    const agency = await createAgency(payload)
    await payload.update({
      collection: 'agencies',
      id: agency.id,
      data: { name: unique('Sở') },
      ...as(admin),
    })
    entry = (await lastEntryOf('agencies', agency.id))!
  })

  const storedEntry = () => payload.findByID({ collection: AUDIT_LOG_SLUG, id: entry.id, depth: 0 })

  for (const role of SYSTEM_ROLES) {
    it(`refuses ${role} writing an audit entry directly`, async () => {
      const before = await auditCount()
      await expectForbidden(
        payload.create({
          collection: AUDIT_LOG_SLUG,
          data: { collectionSlug: 'agencies', documentId: '1', operation: 'delete' },
          ...as(users[role]),
        }),
      )
      expect(await auditCount()).toBe(before)
    })

    it(`refuses ${role} changing an audit entry`, async () => {
      await expectForbidden(
        payload.update({
          collection: AUDIT_LOG_SLUG,
          id: entry.id,
          data: { user: null, changedFields: [] },
          ...as(users[role]),
        }),
      )
      expect(await storedEntry()).toEqual(entry)
    })

    it(`refuses ${role} deleting an audit entry`, async () => {
      await expectForbidden(
        payload.delete({ collection: AUDIT_LOG_SLUG, id: entry.id, ...as(users[role]) }),
      )
      expect(await storedEntry()).toEqual(entry)
    })
  }

  it('refuses an administrator changing audit entries in bulk', async () => {
    await expectForbidden(
      payload.update({
        collection: AUDIT_LOG_SLUG,
        where: { collectionSlug: { equals: 'agencies' } },
        data: { documentId: '0' },
        ...as(admin),
      }),
    )
    expect(await storedEntry()).toEqual(entry)
  })

  it('refuses an administrator deleting audit entries in bulk', async () => {
    const before = await auditCount()
    await expectForbidden(
      payload.delete({
        collection: AUDIT_LOG_SLUG,
        where: { id: { exists: true } },
        ...as(admin),
      }),
    )
    expect(await auditCount()).toBe(before)
  })
})

describe('audit log: refused writes leave no entry', () => {
  it('leaves no entry when a create fails field validation', async () => {
    const before = await auditCount()
    await expectInvalid(
      payload.create({
        collection: 'agencies',
        data: { ...newAgencyData(), name: 'x'.repeat(201) },
        ...as(secretariat),
      }),
      /^name: /m,
    )
    expect(await auditCount()).toBe(before)
  })

  it('leaves no entry when an update is refused by a charter rule (R3.2)', async () => {
    const { agency, group, headSeat } = await createGroupWithHead(payload)
    const successor = await createUser(payload)
    await payload.update({
      collection: 'members',
      id: headSeat.id,
      data: { to: day('2024-12-31') },
      overrideAccess: true,
    })
    const nextSeat = await createMember(payload, {
      user: successor.id,
      group: group.id,
      position: 'head',
      agency: agency.id,
      from: '2025-01-01',
    })
    const before = await auditCount()
    await expectInvalid(
      payload.update({
        collection: 'members',
        id: nextSeat.id,
        data: { from: day('2024-06-01') },
        ...as(secretariat),
      }),
      /^from: Vi phạm Điều 3/m,
    )
    expect(await auditCount()).toBe(before)
  })

  it('leaves no entry when the database refuses the write', async () => {
    const before = await auditCount()
    await expect(
      payload.create({
        collection: 'agencies',
        data: { ...newAgencyData(), parent: 999999 },
        ...as(secretariat),
      }),
    ).rejects.toThrow()
    expect(await auditCount()).toBe(before)
  })
})
