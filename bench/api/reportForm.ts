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
