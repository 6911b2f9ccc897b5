import type { FieldAccess, Where } from 'payload'

import { reporterScoped } from '../../src/access'
import { isOrgEditor } from '../../src/access/roles'
import { idOf } from '../../src/lib/relations'

// Reporters create, read and edit only their own agency's reports; the read-all roles read every
// report; the standing body (secretariat) and administrators edit any (R12.3a/R12.3b).

export const readReports = reporterScoped((agency) => ({ agency: { equals: agency } }))

/** Versions carry the document under `version`: the same scoping, one level down. */
export const readReportVersions = reporterScoped((agency) => ({
  'version.agency': { equals: agency },
}))

// Without data (the admin asking whether to offer "create"), a reporter may create.
export const createReports = reporterScoped(
  (agency, { data }) => data?.agency === undefined || String(idOf(data.agency)) === String(agency),
  { unscoped: isOrgEditor },
)

export const updateReports = reporterScoped((agency) => ({ agency: { equals: agency } }), {
  unscoped: isOrgEditor,
})

/** Administrators and the secretariat delete any report; a reporter only an own draft. */
export const deleteReports = reporterScoped(
  (agency): Where => ({ and: [{ agency: { equals: agency } }, { status: { equals: 'draft' } }] }),
  { unscoped: isOrgEditor },
)

/** Fields only the standing body writes (its review comment). */
export const standingBodyField: FieldAccess = ({ req: { user } }) => isOrgEditor(user)
