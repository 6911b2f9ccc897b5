// Warm timings: a few unmeasured runs, then `runs` measured ones, reported as p50 and p95.
import { performance } from 'node:perf_hooks'

export type Timing = { label: string; p50: number; p95: number; runs: number }

export const percentile = (samples: readonly number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** `before`, when given, runs untimed before each run (e.g. a write that changes the data). */
export const measure = async (
  label: string,
  runs: number,
  run: () => Promise<unknown>,
  before?: () => Promise<unknown>,
): Promise<Timing> => {
  for (let i = 0; i < 5; i++) {
    await before?.()
    await run()
  }
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    await before?.()
    const start = performance.now()
    await run()
    samples.push(performance.now() - start)
  }
  return { label, p50: percentile(samples, 50), p95: percentile(samples, 95), runs }
}
