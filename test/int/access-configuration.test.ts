// Access configuration: every collection and global states its access, users cannot raise their
// own rights or move agency, and the charter settings history, jobs queue and unlocking are
// administrators' only.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { collections, globals, systemGlobals } from '../../collections'
import type { SystemRole } from '../../src/access/roles'
import { allowed, createAccessWorld, type AccessWorld } from '../helpers/accessMatrix'
import { createAgency, createUser } from '../helpers/fixtures'

let payload: Payload
let users: Record<SystemRole, User>
let agencyA: number
let agencyB: number
let asUser: AccessWorld['asUser']

beforeAll(async () => {
  ;({ payload, agencyA, agencyB, users, asUser } = await createAccessWorld())
})

describe('access configuration', () => {
  it('gives every collection explicit access for every operation', () => {
    const missing = collections.flatMap((collection) =>
      ['create', 'read', 'update', 'delete', 'unlock', 'readVersions']
        .filter(
          (operation) => !(collection.access as Record<string, unknown> | undefined)?.[operation],
        )
        .map((operation) => `${collection.slug}.${operation}`),
    )
    expect(missing).toEqual([])
  })

  it('gives every global explicit access for every operation', () => {
    const missing = [...globals, ...systemGlobals].flatMap((global) =>
      ['read', 'update', 'readVersions']
        .filter((operation) => !(global.access as Record<string, unknown> | undefined)?.[operation])
        .map((operation) => `${global.slug}.${operation}`),
    )
    expect(missing).toEqual([])
  })

  it('lists only reporter-visible agencies: the own agency and the units under it', async () => {
    const commune = await createAgency(payload, { kind: 'commune', parent: agencyA })
    const result = await payload.find({
      collection: 'agencies',
      pagination: false,
      ...asUser('reporter'),
    })
    expect(result.docs.map((doc) => doc.id).sort()).toEqual([agencyA, commune.id].sort())
  })

  it('refuses anybody changing his/her own roles, changing nothing', async () => {
    await expect(
      payload.update({
        collection: 'users',
        id: users.secretariat.id,
        data: { roles: ['admin'] },
        ...asUser('secretariat'),
      }),
    ).rejects.toThrow()
    const stored = await payload.findByID({ collection: 'users', id: users.secretariat.id })
    expect(stored.roles).toEqual(['secretariat'])
  })

  it('refuses anybody moving himself/herself to another agency, changing nothing', async () => {
    await expect(
      payload.update({
        collection: 'users',
        id: users.reporter.id,
        data: { agency: agencyB },
        ...asUser('reporter'),
      }),
    ).rejects.toThrow()
    const stored = await payload.findByID({ collection: 'users', id: users.reporter.id, depth: 0 })
    expect(stored.agency).toBe(agencyA)
  })

  it('lets a user update his/her own phone while keeping roles and agency as sent', async () => {
    const stored = await payload.update({
      collection: 'users',
      id: users.viewer.id,
      data: { phone: '0905 123 456', roles: ['viewer'], agency: agencyA },
      ...asUser('viewer'),
    })
    expect(stored.phone).toBe('0905 123 456')
  })

  it('refuses a secretariat user granting the administrator role to someone else', async () => {
    const target = await createUser(payload)
    await expect(
      payload.update({
        collection: 'users',
        id: target.id,
        data: { roles: ['admin'] },
        ...asUser('secretariat'),
      }),
    ).rejects.toThrow()
    const stored = await payload.findByID({ collection: 'users', id: target.id })
    expect(stored.roles).toEqual(['viewer'])
  })

  it('lets only administrators read or edit the charter settings history but everyone read the settings', async () => {
    expect(
      await allowed(payload.findGlobal({ slug: 'charter-settings', ...asUser('reporter') })),
    ).toBe(true)
    expect(
      await allowed(payload.findGlobal({ slug: 'charter-settings', overrideAccess: false })),
    ).toBe(false)
    expect(
      await allowed(
        payload.updateGlobal({ slug: 'charter-settings', data: {}, ...asUser('leader') }),
      ),
    ).toBe(false)
  })

  it('makes the jobs queue admin-only', () => {
    const access = payload.config.jobs.access
    const req = (role: SystemRole) => ({ req: { user: users[role] } }) as never
    expect(access?.run?.(req('admin'))).toBe(true)
    expect(access?.run?.(req('secretariat'))).toBe(false)
    expect(access?.queue?.(req('leader'))).toBe(false)
  })

  it('refuses unlocking a user to anyone but administrators', async () => {
    expect(
      await allowed(
        payload.unlock({
          collection: 'users',
          data: { email: users.viewer.email } as never,
          ...asUser('secretariat'),
        }),
      ),
    ).toBe(false)
    expect(
      await allowed(
        payload.unlock({
          collection: 'users',
          data: { email: users.viewer.email } as never,
          ...asUser('admin'),
        }),
      ),
    ).toBe(true)
  })
})
