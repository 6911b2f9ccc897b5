/** Spent, remaining and the share executed of a line or a total. */
export type Execution = { allocated: number; spent: number; remaining: number; rate: number }

export const execution = (allocated: number, spent: number): Execution => ({
  allocated,
  spent,
  remaining: allocated - spent,
  rate: allocated > 0 ? spent / allocated : 0,
})

/** The totals of several lines. */
export const totalExecution = (lines: readonly { allocated: number; spent: number }[]): Execution =>
  execution(
    lines.reduce((sum, line) => sum + line.allocated, 0),
    lines.reduce((sum, line) => sum + line.spent, 0),
  )
