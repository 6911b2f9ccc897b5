// The access matrix of the organisation layer, checked by test/int/access-matrix.test.ts.
import { type SystemRole } from '../../src/access/roles'

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
