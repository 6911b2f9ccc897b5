import type { FieldAccess } from 'payload'

import { agencyScopedRead, withRoles } from '../../src/access'
import { isOrgEditor } from '../../src/access/roles'

// R6.3: a WG member proposes (leader or reporter account); the SG Head decides; the standing body
// (secretariat) records either on their behalf. Who may do what on a given record is a matter of
// seats on the day, checked by the collection's rules (./hooks.ts), not of the system role.
export const readNominations = agencyScopedRead('agency')
export const writeNominations = withRoles('admin', 'secretariat', 'leader', 'reporter')

/** Fields only the standing body corrects after the fact (the decision day). */
const standingBody: FieldAccess = ({ req }) => isOrgEditor(req.user)
export const standingBodyWrites = { create: standingBody, update: standingBody }
