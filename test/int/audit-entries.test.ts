// The audit log: one entry per write (who, when, collection, document, operation, changed fields),
// and the createdBy/updatedBy stamps.
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { as, createAuditWorld, newAgencyData, type AuditWorld } from '../helpers/audit'
import {
  createAgency,
  createGroup,
  createGroupWithHead,
  createMedia,
  createUser,
  day,
  pdfFile,
  unique,
} from '../helpers/fixtures'

let payload: Payload
let admin: User
let secretariat: User
let entriesOf: AuditWorld['entriesOf']
let lastEntryOf: AuditWorld['lastEntryOf']

beforeAll(async () => {
  ;({ payload, admin, secretariat, entriesOf, lastEntryOf } = await createAuditWorld())
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
