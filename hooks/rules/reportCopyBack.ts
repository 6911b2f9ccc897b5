import type { Id } from '../../src/lib/ids'

// R12.3a: once the standing body accepts an agency's monthly report, the progress and result it
// reported on each task become the task's own, so nobody retypes them. Only tasks the agency still
// leads and that are not completed take them; a task's progress never goes back (an older report
// accepted late does not undo newer progress).

export type ReportedTaskLine = {
  task: Id | null
  progress?: number | null
  result?: string | null
}

export type TaskNow = {
  id: Id
  leadAgency: Id | null
  completedOn: string | null
  progress: number | null
  result: string | null
}

export type TaskCopy = { id: Id; data: { progress?: number; result?: string } }

const isProgress = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100

/** The task updates an accepted report brings; tasks without a change are left out. */
export const copyBackOf = (
  agency: Id,
  lines: readonly ReportedTaskLine[],
  tasks: readonly TaskNow[],
): TaskCopy[] => {
  const byId = new Map(tasks.map((task) => [String(task.id), task]))
  const copies: TaskCopy[] = []
  for (const line of lines) {
    const task = line.task === null ? undefined : byId.get(String(line.task))
    if (!task || String(task.leadAgency) !== String(agency) || task.completedOn) continue
    if (copies.some((copy) => String(copy.id) === String(task.id))) continue
    const data: TaskCopy['data'] = {}
    if (isProgress(line.progress) && line.progress > (task.progress ?? 0))
      data.progress = line.progress
    const result = line.result?.trim()
    if (result && result !== (task.result ?? '').trim()) data.result = result
    if (Object.keys(data).length > 0) copies.push({ id: task.id, data })
  }
  return copies
}
