// Counts the SQL statements the database adapter issues, for the tests and the benchmark that
// guard the dashboard's constant cost. Opt-in: the adapter gets this logger only when
// DB_COUNT_STATEMENTS=1 is set before the config loads; otherwise nothing is hooked in.

type Counter = { count: number; statements: string[]; keep: boolean }

// On globalThis: the config (which builds the adapter) and the caller may load separate copies
// of this module (e.g. through different loaders).
const KEY = Symbol.for('taskforce06.statementCounter')
const state = ((globalThis as Record<symbol, unknown>)[KEY] ??= {
  count: 0,
  statements: [],
  keep: false,
}) as Counter

export const isStatementCountingEnabled = (): boolean => process.env.DB_COUNT_STATEMENTS === '1'

/**
 * The `logger` option for the SQLite/PostgreSQL adapters: a counting drizzle logger when counting
 * is enabled (also printing when DB_LOG_SQL=1), else drizzle's own switch (DB_LOG_SQL=1 prints).
 */
export const statementLogger = ():
  boolean | { logQuery: (query: string, params: unknown[]) => void } => {
  const print = process.env.DB_LOG_SQL === '1'
  if (!isStatementCountingEnabled()) return print
  return {
    logQuery: (query: string) => {
      state.count++
      if (state.keep) state.statements.push(query)
      if (print) console.log(query)
    },
  }
}

/** Runs `work` and returns its result with the statements issued meanwhile (nothing else should run). */
export const countStatements = async <T>(
  work: () => Promise<T>,
  options: { keep?: boolean } = {},
): Promise<{ result: T; statements: number; queries: string[] }> => {
  if (!isStatementCountingEnabled())
    throw new Error(
      'Set DB_COUNT_STATEMENTS=1 before the Payload config loads to count statements.',
    )
  const start = state.count
  state.keep = Boolean(options.keep)
  state.statements = []
  try {
    const result = await work()
    return { result, statements: state.count - start, queries: [...state.statements] }
  } finally {
    state.keep = false
  }
}
