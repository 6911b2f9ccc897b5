import { adminOnly, nobody, reporterScoped } from '../../src/access'
import { isOrgEditor } from '../../src/access/roles'

// R7.5: as the monthly reports (R12.3a) — a reporter reads and answers only his/her own agency's
// response; the read-all roles read all; the standing body (secretariat) and administrators
// review any. Responses are made by opening the call, never by hand.

export const readResponses = reporterScoped((agency) => ({ agency: { equals: agency } }))

export const createResponses = nobody

export const updateResponses = reporterScoped((agency) => ({ agency: { equals: agency } }), {
  unscoped: isOrgEditor,
})

export const deleteResponses = adminOnly
