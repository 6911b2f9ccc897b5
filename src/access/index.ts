import type { Access, AccessArgs, FieldAccess, PayloadRequest, Where } from 'payload'

import type { Id } from '../lib/ids'
import { agencyIdOf, canReadAll, hasRole, type RoleBearer, type SystemRole } from './roles'

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

/** The access arguments once a user is signed in. */
export type SignedInArgs = AccessArgs & { user: NonNullable<PayloadRequest['user']> }

/** What a reporter's rows are, given his/her agency: a Where on the agency field (or a verdict). */
export type AgencyWhere = (agencyId: Id, args: SignedInArgs) => boolean | Where

export type ReporterScopeOptions = {
  /** Who passes without a filter (default: the read-all roles). */
  unscoped?: (user: RoleBearer) => boolean
  /** What any other signed-in user gets (default: nothing). */
  otherwise?: (args: SignedInArgs) => boolean | Where
}

/**
 * Access for records that belong to an agency: the unscoped roles pass, a reporter with an agency
 * gets `agencyWhere(agency)` (a filter run in the database query), anyone else `otherwise`.
 */
export const reporterScoped =
  (
    agencyWhere: AgencyWhere,
    { unscoped = canReadAll, otherwise = () => false }: ReporterScopeOptions = {},
  ): Access =>
  (args) => {
    const { user } = args.req
    if (!user) return false
    if (unscoped(user)) return true
    const agencyId = agencyIdOf(user)
    if (!hasRole(user, 'reporter') || agencyId === null) return otherwise({ ...args, user })
    return agencyWhere(agencyId, { ...args, user })
  }

/** Read access: the read-all roles all rows, a reporter those whose `agencyField` is his/hers. */
export const agencyScopedRead = (agencyField: string): Access =>
  reporterScoped((agencyId) => ({ [agencyField]: { equals: agencyId } }))

/** Field access of values the system writes (stamps, computed figures): shown, never typed. */
export const systemOnly: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}

/** Field access: only administrators and the secretariat, and never on one's own user record. */
export const orgEditorsButNotSelf: FieldAccess = ({ req: { user }, id }) =>
  hasRole(user, 'admin', 'secretariat') && (id === undefined || String(id) !== String(user?.id))
