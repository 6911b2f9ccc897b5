import type { Where } from 'payload'

import { adminOnly, orgEditors, reporterScoped } from '../../src/access'

// R7.5: the Support Group (the standing body's secretariat) writes the calls; the read-all roles
// read every call, a reporter the calls sent to his/her agency (never a draft).
export const readDataCalls = reporterScoped((agency): Where => ({
  and: [{ agencies: { in: [agency] } }, { status: { not_equals: 'draft' } }],
}))

export const writeDataCalls = orgEditors
export const deleteDataCalls = adminOnly
