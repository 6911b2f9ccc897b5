// A write and its audit entry share one transaction: when either fails, neither is stored.
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { AUDIT_LOG_SLUG } from '../../src/audit'
import { SYSTEM_ROLES, type SystemRole } from '../../src/access/roles'
import { createAgency, createUser, unique } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'

let payload: Payload
let admin: User
let secretariat: User
const users = {} as Record<SystemRole, User>

const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

const auditCount = async () => (await payload.count({ collection: AUDIT_LOG_SLUG })).totalDocs

const newAgencyData = () => ({ name: unique('Sở'), code: unique('S'), kind: 'department' as const })

beforeAll(async () => {
  payload = await initPayload()
  for (const role of SYSTEM_ROLES) users[role] = await createUser(payload, { roles: [role] })
  admin = users.admin
  secretariat = users.secretariat
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
