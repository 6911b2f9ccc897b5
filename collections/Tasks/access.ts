import { anyOf, reporterScoped } from '../../src/access'
import { isOrgEditor } from '../../src/access/roles'

/** A reporter sees the tasks his/her agency leads or coordinates. */
export const readTasks = reporterScoped((agencyId) =>
  anyOf({ leadAgency: { equals: agencyId } }, { coordinatingAgencies: { in: [agencyId] } }),
)

/** Reporters update their own agency's tasks (progress fields only: see enforceTaskRules). */
export const updateTasks = reporterScoped((agencyId) => ({ leadAgency: { equals: agencyId } }), {
  unscoped: isOrgEditor,
})
