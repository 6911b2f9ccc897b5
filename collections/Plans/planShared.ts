// What the plan hooks share: the slug, the flag of the system's own writes, an item row.
export const COLLECTION = 'plans'

/** Set on the workflow's own follow-up writes (linking tasks), which skip the plan rules. */
export const SYSTEM_WRITE = 'planSystemWrite'

export type ItemRow = {
  id?: string | null
  content?: unknown
  leadAgency?: unknown
  dueDate?: unknown
  task?: unknown
}
