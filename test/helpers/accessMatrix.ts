// The access matrix of the organisation layer, checked by test/int/access-matrix.test.ts, and the
// world of the access tests (test/int/access-*.test.ts): each test file builds its own on its own
// database (`createAccessWorld` in its beforeAll).
import type { Payload } from 'payload'

import type { User } from '../../payload-types'
import { SYSTEM_ROLES, type SystemRole } from '../../src/access/roles'
import { createAgency, createUser } from './fixtures'
import { initPayload } from './payload'

/**
 * The test file's Payload, agency A (a district) and agency B, and a user of every system role in
 * agency A, with the Local API options of a role's request (`asUser`).
 */
export const createAccessWorld = async () => {
  const payload: Payload = await initPayload()
  const agencyA = (await createAgency(payload, { kind: 'district' })).id
  const agencyB = (await createAgency(payload)).id
  const users = {} as Record<SystemRole, User>
  for (const role of SYSTEM_ROLES) {
    users[role] = await createUser(payload, { roles: [role], agency: agencyA })
  }
  const asUser = (role: SystemRole) =>
    ({ overrideAccess: false, user: users[role], depth: 0 }) as const
  return { payload, agencyA, agencyB, users, asUser }
}

export type AccessWorld = Awaited<ReturnType<typeof createAccessWorld>>

/** Whether access control let the action through: false when refused (403, 404 or Forbidden). */
export const allowed = async (action: Promise<unknown>): Promise<boolean> =>
  action.then(
    () => true,
    (error: { status?: number; name?: string }) => {
      if (error.status === 403 || error.status === 404 || error.name === 'Forbidden') return false
      throw error
    },
  )

// Who may do what: the access matrix of the organisation layer. `own` = only records of the
// user's own agency (or, for users and delegations, the user's own records).
export type Rights = {
  create: SystemRole[]
  read: SystemRole[]
  ownOnly: SystemRole[]
  update: SystemRole[]
  delete: SystemRole[]
}
export const ALL_READERS: SystemRole[] = ['admin', 'secretariat', 'leader', 'viewer', 'finance']
export const EDITORS: SystemRole[] = ['admin', 'secretariat']
export const MATRIX: Record<string, Rights> = {
  users: {
    create: EDITORS,
    read: ALL_READERS,
    ownOnly: ['reporter'],
    update: EDITORS,
    delete: ['admin'],
  },
  agencies: {
    create: EDITORS,
    read: ALL_READERS,
    ownOnly: ['reporter'],
    update: EDITORS,
    delete: ['admin'],
  },
  'working-groups': {
    create: EDITORS,
    read: [...ALL_READERS, 'reporter'],
    ownOnly: [],
    update: EDITORS,
    delete: ['admin'],
  },
  members: {
    create: EDITORS,
    read: ALL_READERS,
    ownOnly: ['reporter'],
    update: EDITORS,
    delete: EDITORS,
  },
  delegations: {
    create: EDITORS,
    read: ALL_READERS,
    ownOnly: ['reporter'],
    update: EDITORS,
    delete: EDITORS,
  },
  media: {
    create: ['admin', 'secretariat', 'leader', 'reporter', 'finance'],
    read: ALL_READERS,
    ownOnly: ['reporter'],
    update: EDITORS,
    delete: EDITORS,
  },
  holidays: {
    create: EDITORS,
    read: [...ALL_READERS, 'reporter'],
    ownOnly: [],
    update: EDITORS,
    delete: EDITORS,
  },
  'audit-log': {
    create: [],
    read: ['admin', 'secretariat', 'leader'],
    ownOnly: [],
    update: [],
    delete: [],
  },
  'payload-jobs': {
    create: ['admin'],
    read: ['admin'],
    ownOnly: [],
    update: ['admin'],
    delete: ['admin'],
  },
  meetings: {
    create: EDITORS,
    read: ALL_READERS,
    ownOnly: ['reporter'],
    update: EDITORS,
    delete: EDITORS,
  },
  notifications: {
    create: [],
    read: ['admin', 'secretariat', 'leader'],
    ownOnly: [],
    update: [],
    delete: ['admin'],
  },
  indicators: {
    create: EDITORS,
    read: [...ALL_READERS, 'reporter'],
    ownOnly: [],
    update: EDITORS,
    delete: EDITORS,
  },
  targets: {
    create: EDITORS,
    read: [...ALL_READERS, 'reporter'],
    ownOnly: [],
    update: EDITORS,
    delete: EDITORS,
  },
  'reporting-periods': {
    create: EDITORS,
    read: [...ALL_READERS, 'reporter'],
    ownOnly: [],
    update: EDITORS,
    delete: ['admin'],
  },
}
