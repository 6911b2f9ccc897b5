import type { Access, FieldAccess, Where } from 'payload'

import { agencyIdOf, canReadAll, hasRole } from '../../src/access/roles'
import { idOf } from '../../src/lib/relations'

// Reporters create, read and edit only their own agency's reports; the read-all roles read every
// report; the standing body (secretariat) and administrators edit any (R12.3a/R12.3b).

const ownAgency = (user: Parameters<typeof agencyIdOf>[0]) =>
  hasRole(user, 'reporter') ? agencyIdOf(user) : null

/** Where on the report's agency (or, for versions, on `version.agency`). */
const scopedRead =
  (agencyPath: string): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    if (canReadAll(user)) return true
    const agency = ownAgency(user)
    return agency === null ? false : ({ [agencyPath]: { equals: agency } } satisfies Where)
  }

export const readReports = scopedRead('agency')

/** Versions carry the document under `version`: the same scoping, one level down. */
export const readReportVersions = scopedRead('version.agency')

export const createReports: Access = ({ req: { user }, data }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'secretariat')) return true
  const agency = ownAgency(user)
  if (agency === null) return false
  // Without data (the admin asking whether to offer "create"), a reporter may create.
  return data?.agency === undefined || String(idOf(data.agency)) === String(agency)
}

export const updateReports: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'secretariat')) return true
  const agency = ownAgency(user)
  return agency === null ? false : { agency: { equals: agency } }
}

/** Administrators and the secretariat delete any report; a reporter only an own draft. */
export const deleteReports: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'secretariat')) return true
  const agency = ownAgency(user)
  if (agency === null) return false
  const ownDrafts: Where = {
    and: [{ agency: { equals: agency } }, { status: { equals: 'draft' } }],
  }
  return ownDrafts
}

/** Fields only the standing body writes (its review comment). */
export const standingBodyField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'secretariat')

/** Fields the system stamps (submission time, timeliness, snapshots): nobody writes them. */
export const stamped = { create: () => false, update: () => false }
