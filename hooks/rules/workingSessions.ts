import { formatDayKey } from './terms'
import { clause, OK, refusal, type Bilingual, type Verdict } from './verdict'

// R12.2: the Standing of the Working Group works with members, agencies and localities,
// periodically or as needed, hears their reports and gives direction. Each session is recorded
// with its agency and conclusions; a conclusion with a lead agency and a due date becomes a task.

export const SESSION_KINDS = ['periodic', 'ad-hoc'] as const
export type SessionKind = (typeof SESSION_KINDS)[number]

export const SESSION_KIND_LABELS: Record<SessionKind, Bilingual> = {
  periodic: { vi: 'Định kỳ', en: 'Periodic' },
  'ad-hoc': { vi: 'Đột xuất', en: 'As needed' },
}

const r122 = clause(12, 2)

export type ConclusionRow = {
  content: string | null
  leadAgency: string | number | null
  dueDate: string | null
}

/**
 * R12.2: a conclusion becomes a task, so it needs a lead agency and a due date no earlier than
 * the session. Every failing row is reported at once, numbered as the form shows it.
 */
export const conclusionVerdicts = (rows: readonly ConclusionRow[], sessionDay: string): Verdict[] =>
  rows.flatMap((row, index) => {
    const at = `Kết luận dòng ${index + 1}`
    const atEn = `Conclusion row ${index + 1}`
    const found: Verdict[] = []
    if (row.leadAgency == null) {
      found.push(
        refusal(
          'R12.2',
          r122,
          { vi: `${at}: chọn cơ quan chủ trì thực hiện.`, en: `${atEn}: choose the lead agency.` },
          `conclusions.${index}.leadAgency`,
        ),
      )
    }
    if (row.dueDate !== null && row.dueDate < sessionDay) {
      found.push(
        refusal(
          'R12.2',
          r122,
          {
            vi: `${at}: thời hạn không được trước ngày làm việc (${formatDayKey(sessionDay)}).`,
            en: `${atEn}: the due date cannot be before the session (${formatDayKey(sessionDay)}).`,
          },
          `conclusions.${index}.dueDate`,
        ),
      )
    }
    return found
  })

/** R12.2: how many sessions the Standing held with each agency in a year ('YYYY'). */
export const sessionCoverage = (
  agencies: readonly (string | number)[],
  sessions: readonly { agency: string | number; day: string }[],
  year: string,
): Map<string, number> => {
  const counts = new Map(agencies.map((agency) => [String(agency), 0]))
  for (const session of sessions) {
    const key = String(session.agency)
    if (session.day.startsWith(`${year}-`) && counts.has(key)) counts.set(key, counts.get(key)! + 1)
  }
  return counts
}

export { OK }
