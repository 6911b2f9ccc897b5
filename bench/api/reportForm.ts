// What a reporter types into the monthly report's form: a figure for every indicator and, for
// every task, its progress and a line on the result.
type Row = Record<string, unknown>

const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])
const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: unknown }).id : value

export const filledLines = (report: Row, round: number) => ({
  indicatorLines: rows(report.indicatorLines).map((line) => ({
    id: line.id,
    indicator: idOf(line.indicator),
    value: line.value ?? 1,
    note: line.note ?? null,
  })),
  taskLines: rows(report.taskLines).map((line) => ({
    id: line.id,
    task: idOf(line.task),
    progress: 50,
    result: `Kết quả trong kỳ (${round}).`,
  })),
  obstacles: `Khó khăn, vướng mắc (${round}).`,
})

/** The rows a report of the same form starts with, before anything is typed in (no task lines: the
 * peak's agencies lead no task). */
export const blankForm = (report: Row) => ({
  indicatorLines: rows(report.indicatorLines).map((line) => ({
    indicator: idOf(line.indicator),
    value: null,
  })),
  taskLines: [],
})
