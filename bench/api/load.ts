// Closed-loop load: `concurrency` clients each send their next request as soon as the last one
// answered, for a fixed time (or until the requests run out). Every answer is timed; anything
// but a 2xx counts as an error.
import { performance } from 'node:perf_hooks'

import { send, type Call } from './http'

/** The request client `client` sends as its `index`-th, or null when it has nothing more to send. */
export type NextCall = (client: number, index: number) => Call | null

export type LoadResult = {
  requests: number
  errors: number
  firstError?: string
  seconds: number
  p50: number
  p99: number
  rps: number
}

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
    : NaN

export const summarise = (
  samples: number[],
  errors: number,
  seconds: number,
  firstError?: string,
): LoadResult => {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    requests: samples.length,
    errors,
    firstError,
    seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    rps: samples.length / seconds,
  }
}

export const runLoad = async (
  baseUrl: string,
  concurrency: number,
  seconds: number,
  next: NextCall,
): Promise<LoadResult> => {
  const samples: number[] = []
  let errors = 0
  let firstError: string | undefined
  const start = performance.now()
  const end = start + seconds * 1000
  const client = async (id: number) => {
    for (let index = 0; performance.now() < end; index++) {
      const call = next(id, index)
      if (!call) return
      const sent = performance.now()
      try {
        const reply = await send(baseUrl, call)
        if (reply.status >= 300) {
          errors++
          firstError ??= `${call.method} ${call.path}: ${reply.status} ${reply.text.slice(0, 200)}`
        }
      } catch (error) {
        errors++
        firstError ??= String(error)
      }
      samples.push(performance.now() - sent)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, (_, id) => client(id)))
  return summarise(samples, errors, (performance.now() - start) / 1000, firstError)
}
