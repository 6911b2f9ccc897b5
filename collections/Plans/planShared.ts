// What the plan hooks share: the slug and an item row (the flag of the system's own writes is
// `planSystemWrite` in src/lib/context).
export const COLLECTION = 'plans'

export type ItemRow = {
  id?: string | null
  content?: unknown
  leadAgency?: unknown
  dueDate?: unknown
  task?: unknown
}
