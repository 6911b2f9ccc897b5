import { orgEditors, withRoles } from '../../src/access'

// R12.5: the standing body records what the Standing assigns; the read-all roles follow it. The
// assignments belong to no agency, so a reporter has nothing to read here.
export const readDraftingAssignments = withRoles(
  'admin',
  'secretariat',
  'leader',
  'viewer',
  'finance',
)
export const writeDraftingAssignments = orgEditors
