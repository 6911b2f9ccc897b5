// The audit log (design: append-only; who, when, collection, document, operation, changed fields),
// the createdBy/updatedBy stamps, and the transaction a write shares with its audit entry.
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  Payload,
} from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { AuditLog, User } from '../../payload-types'
import { AUDIT_LOG_SLUG } from '../../src/audit'
import { SYSTEM_ROLES, type SystemRole } from '../../src/access/roles'
import {
  createAgency,
  createGroup,
  createGroupWithHead,
  createMedia,
  createMember,
  createUser,
  day,
  pdfFile,
  unique,
} from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectForbidden, expectInvalid } from '../helpers/refusals'

let payload: Payload
let admin: User
let secretariat: User
const users = {} as Record<SystemRole, User>

const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

/** The audit entries of one document, oldest first. */
const entriesOf = async (collection: CollectionSlug, id: number | string): Promise<AuditLog[]> =>
  (
    await payload.find({
      collection: AUDIT_LOG_SLUG,
      where: {
        and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: String(id) } }],
      },
      sort: 'id',
      depth: 0,
      pagination: false,
    })
  ).docs

const auditCount = async () => (await payload.count({ collection: AUDIT_LOG_SLUG })).totalDocs

const lastEntryOf = async (collection: CollectionSlug, id: number) =>
  (await entriesOf(collection, id)).at(-1)

const newAgencyData = () => ({ name: unique('Sở'), code: unique('S'), kind: 'department' as const })

beforeAll(async () => {
  payload = await initPayload()
  for (const role of SYSTEM_ROLES) users[role] = await createUser(payload, { roles: [role] })
  admin = users.admin
  secretariat = users.secretariat
})

describe('audit log: one entry per write', () => {
  it('records a created agency with the acting user, collection, document id and filled fields', async () => {
    const agency = await payload.create({
      collection: 'agencies',
      data: newAgencyData(),
      ...as(secretariat),
    })
    expect(await entriesOf('agencies', agency.id)).toEqual([
      expect.objectContaining({
        user: secretariat.id,
        collectionSlug: 'agencies',
        documentId: String(agency.id),
        operation: 'create',
        changedFields: ['code', 'isStandingBody', 'kind', 'name'],
      }),
    ])
  })

  it("records renaming an agency as one update whose changed fields are ['name']", async () => {
    const agency = await createAgency(payload)
    await payload.update({
      collection: 'agencies',
      id: agency.id,
      data: { name: unique('Sở mới') },
      ...as(secretariat),
    })
    expect(await lastEntryOf('agencies', agency.id)).toMatchObject({
      user: secretariat.id,
      operation: 'update',
      changedFields: ['name'],
    })
  })

  it("records only ['name'] when an agency with a parent is renamed at the default depth", async () => {
    const parent = await createAgency(payload, { kind: 'district' })
    const agency = await createAgency(payload, { kind: 'commune', parent: parent.id })
    // No depth given: the REST API and the admin panel read the result at the default depth (1).
    await payload.update({
      collection: 'agencies',
      id: agency.id,
      data: { name: unique('Xã') },
      overrideAccess: false,
      user: secretariat,
    })
    expect(await lastEntryOf('agencies', agency.id)).toMatchObject({ changedFields: ['name'] })
  })

  it('records the changed fields of a member whose term is closed', async () => {
    const { headSeat } = await createGroupWithHead(payload)
    await payload.update({
      collection: 'members',
      id: headSeat.id,
      data: { to: day('2025-12-31') },
      ...as(secretariat),
    })
    expect(await lastEntryOf('members', headSeat.id)).toMatchObject({
      operation: 'update',
      changedFields: ['to'],
    })
  })

  it('keeps exactly one entry per write, in order: create, update, update, delete', async () => {
    const agency = await payload.create({
      collection: 'agencies',
      data: newAgencyData(),
      ...as(secretariat),
    })
    await payload.update({
      collection: 'agencies',
      id: agency.id,
      data: { nameEn: 'Department of Home Affairs' },
      ...as(secretariat),
    })
    await payload.update({
      collection: 'agencies',
      id: agency.id,
      data: { contactEmail: 'sonv@quangnam.gov.vn' },
      ...as(admin),
    })
    await payload.delete({ collection: 'agencies', id: agency.id, ...as(admin) })
    const entries = await entriesOf('agencies', agency.id)
    expect(
      entries.map(({ operation, user, changedFields }) => [operation, user, changedFields]),
    ).toEqual([
      ['create', secretariat.id, ['code', 'isStandingBody', 'kind', 'name']],
      ['update', secretariat.id, ['nameEn']],
      ['update', admin.id, ['contactEmail']],
      ['delete', admin.id, []],
    ])
  })

  it('records a deletion with the acting user and no changed fields', async () => {
    const agency = await createAgency(payload)
    await payload.delete({ collection: 'agencies', id: agency.id, ...as(admin) })
    expect(await lastEntryOf('agencies', agency.id)).toMatchObject({
      user: admin.id,
      collectionSlug: 'agencies',
      documentId: String(agency.id),
      operation: 'delete',
      changedFields: [],
    })
  })

  it('gives a new agency its own audit history, never that of a deleted agency', async () => {
    const deleted = await payload.create({
      collection: 'agencies',
      data: newAgencyData(),
      ...as(secretariat),
    })
    await payload.delete({ collection: 'agencies', id: deleted.id, ...as(admin) })
    const next = await payload.create({
      collection: 'agencies',
      data: newAgencyData(),
      ...as(secretariat),
    })
    expect(await entriesOf('agencies', next.id)).toEqual([
      expect.objectContaining({ operation: 'create', user: secretariat.id }),
    ])
  })

  const creations: { collection: CollectionSlug; create: () => Promise<{ id: number }> }[] = [
    {
      collection: 'users',
      create: () =>
        payload.create({
          collection: 'users',
          data: {
            fullName: unique('Cán bộ'),
            email: `${unique('cb').toLowerCase()}@test.vn`,
            password: 'Test@12345',
            roles: ['reporter'],
          },
          ...as(secretariat),
        }),
    },
    {
      collection: 'working-groups',
      create: () =>
        payload.create({
          collection: 'working-groups',
          data: { name: unique('Tổ công tác'), kind: 'wg' },
          ...as(secretariat),
        }),
    },
    {
      collection: 'members',
      create: async () => {
        const group = await createGroup(payload)
        const agency = await createAgency(payload)
        const person = await createUser(payload)
        return payload.create({
          collection: 'members',
          data: {
            user: person.id,
            group: group.id,
            position: 'member',
            agency: agency.id,
            from: day('2024-01-01'),
          },
          ...as(secretariat),
        })
      },
    },
    {
      collection: 'delegations',
      create: async () => {
        const setup = await createGroupWithHead(payload)
        const basis = await createMedia(payload)
        return payload.create({
          collection: 'delegations',
          data: {
            group: setup.group.id,
            grantor: setup.head.id,
            grantee: setup.deputy.id,
            scopes: ['chair'],
            validFrom: day('2026-01-01'),
            validTo: day('2026-01-31'),
            basisNumber: unique('GUQ'),
            basis: basis.id,
          },
          ...as(secretariat),
        })
      },
    },
    {
      collection: 'media',
      create: () =>
        payload.create({
          collection: 'media',
          data: { title: unique('Công văn') },
          file: pdfFile(`${unique('cv')}.pdf`),
          ...as(secretariat),
        }),
    },
    {
      collection: 'holidays',
      create: () =>
        payload.create({
          collection: 'holidays',
          data: { date: day('2032-01-02'), kind: 'day-off', nameVi: 'Nghỉ bù' },
          ...as(secretariat),
        }),
    },
  ]
  for (const { collection, create } of creations) {
    it(`records one create entry, by the acting user, for a new ${collection} record`, async () => {
      const doc = await create()
      expect(await entriesOf(collection, doc.id)).toEqual([
        expect.objectContaining({ user: secretariat.id, operation: 'create' }),
      ])
    })
  }

  it('lists a password change by name, never hash, salt or the value (issue 11 H1)', async () => {
    const user = await createUser(payload)
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { password: 'Doi@MatKhau2026' },
      ...as(admin),
    })
    const entries = await entriesOf('users', user.id)
    expect(entries.at(-1)).toMatchObject({ operation: 'update', changedFields: ['password'] })
    const fields = entries.flatMap((entry) => entry.changedFields)
    expect(fields).not.toEqual(expect.arrayContaining([expect.stringMatching(/hash|salt/i)]))
    expect(JSON.stringify(entries)).not.toContain('Doi@MatKhau2026')
  })

  it('lists an email change by name (issue 11 H1)', async () => {
    const user = await createUser(payload)
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { email: `${unique('moi').toLowerCase()}@test.vn` },
      ...as(admin),
    })
    expect((await entriesOf('users', user.id)).at(-1)?.changedFields).toEqual(['email'])
  })
})

describe('createdBy and updatedBy', () => {
  it('stamps both from the acting user on create, ignoring values forged in the data', async () => {
    const someoneElse = await createUser(payload, { roles: ['leader'] })
    const agency = await payload.create({
      collection: 'agencies',
      data: { ...newAgencyData(), createdBy: someoneElse.id, updatedBy: someoneElse.id },
      ...as(secretariat),
    })
    const stored = await payload.findByID({ collection: 'agencies', id: agency.id, depth: 0 })
    expect([stored.createdBy, stored.updatedBy]).toEqual([secretariat.id, secretariat.id])
  })

  it('stamps updatedBy from the acting user on update and keeps createdBy, ignoring forged values', async () => {
    const someoneElse = await createUser(payload, { roles: ['leader'] })
    const agency = await payload.create({
      collection: 'agencies',
      data: newAgencyData(),
      ...as(secretariat),
    })
    await payload.update({
      collection: 'agencies',
      id: agency.id,
      data: { name: unique('Sở'), createdBy: someoneElse.id, updatedBy: someoneElse.id },
      ...as(admin),
    })
    const stored = await payload.findByID({ collection: 'agencies', id: agency.id, depth: 0 })
    expect([stored.createdBy, stored.updatedBy]).toEqual([secretariat.id, admin.id])
  })

  it('stamps the acting user on a media file, so its uploader may manage it', async () => {
    const reporter = await createUser(payload, { roles: ['reporter'] })
    const media = await payload.create({
      collection: 'media',
      data: { title: unique('Báo cáo'), createdBy: admin.id },
      file: pdfFile(`${unique('bc')}.pdf`),
      ...as(reporter),
    })
    expect(media.createdBy).toBe(reporter.id)
  })
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

// Both databases run writes in transactions (src/db/adapter.ts): the entry shares the write's.
describe('audit log: a write and its entry share one transaction', () => {
  // Fault injection on the running instance only (no app file is touched): a hook that fails
  // after the audit entry is written, or an audit store that refuses to write. Each test arms the
  // fault just before its write; afterEach disarms it.
  const disarm: (() => void)[] = []
  const arm = <T>(hooks: T[], hook: T) => {
    hooks.push(hook)
    disarm.push(() => hooks.splice(hooks.indexOf(hook), 1))
  }
  const failAfterAudit: CollectionAfterChangeHook = () => {
    throw new Error('failure after the audit entry was written')
  }
  const failAuditWrite: CollectionBeforeChangeHook = () => {
    throw new Error('the audit log cannot be written')
  }
  const armFailureAfterAudit = () =>
    arm(payload.collections.agencies.config.hooks.afterChange, failAfterAudit)
  const armAuditFailure = () =>
    arm(payload.collections[AUDIT_LOG_SLUG].config.hooks.beforeChange, failAuditWrite)

  afterEach(() => {
    disarm.splice(0).forEach((undo) => undo())
  })

  const agenciesWithCode = async (code: string) =>
    (await payload.count({ collection: 'agencies', where: { code: { equals: code } } })).totalDocs

  it('rolls back both the document and its audit entry when the write fails afterwards', async () => {
    const data = newAgencyData()
    const before = await auditCount()
    armFailureAfterAudit()
    await expect(
      payload.create({ collection: 'agencies', data, ...as(secretariat) }),
    ).rejects.toThrow('failure after the audit entry was written')
    expect([await agenciesWithCode(data.code), await auditCount()]).toEqual([0, before])
  })

  it('stores no created document whose audit entry cannot be written', async () => {
    const data = newAgencyData()
    armAuditFailure()
    await expect(
      payload.create({ collection: 'agencies', data, ...as(secretariat) }),
    ).rejects.toThrow('the audit log cannot be written')
    expect(await agenciesWithCode(data.code)).toBe(0)
  })

  it('keeps a document unchanged when the audit entry of its update cannot be written', async () => {
    const agency = await createAgency(payload)
    armAuditFailure()
    await expect(
      payload.update({
        collection: 'agencies',
        id: agency.id,
        data: { name: unique('Sở') },
        ...as(secretariat),
      }),
    ).rejects.toThrow('the audit log cannot be written')
    expect(await payload.findByID({ collection: 'agencies', id: agency.id, depth: 0 })).toEqual(
      agency,
    )
  })

  it('keeps a document when the audit entry of its deletion cannot be written', async () => {
    const agency = await createAgency(payload)
    armAuditFailure()
    await expect(
      payload.delete({ collection: 'agencies', id: agency.id, ...as(admin) }),
    ).rejects.toThrow('the audit log cannot be written')
    expect(await payload.findByID({ collection: 'agencies', id: agency.id, depth: 0 })).toEqual(
      agency,
    )
  })
})
