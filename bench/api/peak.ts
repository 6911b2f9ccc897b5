// The 18th of the month: every agency's reporter logs in, opens the report (created pre-filled),
// fills it in (a draft save) and submits it, all within one compressed window, from a fixed number of clients working
// through the agencies as fast as the server answers. Run on the bare twin too, on its own copy of
// the database: with 20 clients waiting on one busy process, the twin's p99 is the floor.
import { performance } from 'node:perf_hooks'

import { send, type Call } from './http'
import { summarise, type LoadResult } from './load'
import { filledLines } from './reportForm'
import type { Fixture } from './setup'

export type PeakResult = LoadResult & { agencies: number; completed: number }

/**
 * `blankForm`: the rows a new report starts with, sent when it is opened. Our server fills them in
 * itself; the bare twin has no hook to do it, so it is sent the same rows to store and fill.
 */
export const runPeak = async (
  baseUrl: string,
  fixture: Fixture,
  clients: number,
  blankForm: Record<string, unknown> = {},
): Promise<PeakResult> => {
  const queue = fixture.peakReporters.map((_, index) => index)
  const samples: number[] = []
  let errors = 0
  let firstError: string | undefined
  let completed = 0
  const step = async (call: Call): Promise<Record<string, unknown> | null> => {
    const sent = performance.now()
    const reply = await send(baseUrl, call).catch((error: unknown) => ({
      status: 0,
      text: String(error),
    }))
    samples.push(performance.now() - sent)
    if (reply.status >= 200 && reply.status < 300)
      return JSON.parse(reply.text) as Record<string, unknown>
    errors++
    firstError ??= `${call.method} ${call.path}: ${reply.status} ${reply.text.slice(0, 300)}`
    return null
  }
  const client = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const reporter = fixture.peakReporters[next]
      const session = await step({
        method: 'POST',
        path: '/api/users/login',
        body: { email: reporter.email, password: fixture.password },
      })
      const token = session?.token as string | undefined
      if (!token) continue
      const opened = await step({
        method: 'POST',
        path: '/api/reports?depth=0',
        body: { ...blankForm, agency: reporter.agency, period: fixture.peakPeriod },
        token,
      })
      const report = opened?.doc as Record<string, unknown> | undefined
      if (!report) continue
      const path = `/api/reports/${report.id}?depth=0`
      const saved = await step({ method: 'PATCH', path, body: filledLines(report, 1), token })
      if (!saved) continue
      const body = { status: 'submitted' }
      if (await step({ method: 'PATCH', path, body, token })) completed++
    }
  }
  const start = performance.now()
  await Promise.all(Array.from({ length: clients }, client))
  const seconds = (performance.now() - start) / 1000
  return {
    ...summarise(samples, errors, seconds, firstError),
    agencies: fixture.peakReporters.length,
    completed,
  }
}
