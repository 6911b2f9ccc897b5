import type { FieldAccess } from 'payload'

import { agencyScopedRead } from '../../src/access'
import { isOrgEditor } from '../../src/access/roles'

/** The read-all roles read every item; a reporter his/her agency's. */
export const readFeedback = agencyScopedRead('agency')

// R12.4: the standing body (the provincial police) assigns and dates the resolution.
const standingBody: FieldAccess = ({ req }) => isOrgEditor(req.user)
export const standingBodyWrites = { create: standingBody, update: standingBody }
