// Warm timings: a few unmeasured runs, then `runs` measured ones, reported as p50 and p95.
import { performance } from 'node:perf_hooks'

export type Timing = { label: string; p50: number; p95: number; runs: number }

export const percentile = (samples: readonly number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

export const measure = async (
  label: string,
  runs: number,
  run: () => Promise<unknown>,
): Promise<Timing> => {
  for (let i = 0; i < 5; i++) await run()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await run()
    samples.push(performance.now() - start)
  }
  return { label, p50: percentile(samples, 50), p95: percentile(samples, 95), runs }
}
