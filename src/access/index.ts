import type { Access, FieldAccess, Where } from 'payload'

import { agencyIdOf, canReadAll, hasRole, type SystemRole } from './roles'

/** A Where matching any of the given conditions. */
export const anyOf = (...conditions: Where[]): Where => ({ or: conditions })

export const nobody: Access = () => false

export const authenticated: Access = ({ req }) => Boolean(req.user)

export const withRoles =
  (...roles: SystemRole[]): Access =>
  ({ req }) =>
    hasRole(req.user, ...roles)

export const adminOnly = withRoles('admin')

/** Organisation data is kept by administrators and the standing body's secretariat. */
export const orgEditors = withRoles('admin', 'secretariat')

/**
 * Read access for records that belong to an agency: the read-all roles see everything, a reporter
 * sees only rows whose `agencyField` is his/her own agency (filtered in the database query).
 */
export const agencyScopedRead =
  (agencyField: string): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    if (canReadAll(user)) return true
    const agencyId = agencyIdOf(user)
    if (!hasRole(user, 'reporter') || agencyId === null) return false
    return { [agencyField]: { equals: agencyId } } satisfies Where
  }

/** Field access: only administrators and the secretariat, and never on one's own user record. */
export const orgEditorsButNotSelf: FieldAccess = ({ req: { user }, id }) =>
  hasRole(user, 'admin', 'secretariat') && (id === undefined || String(id) !== String(user?.id))

export const fieldAdminOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
