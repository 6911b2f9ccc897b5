import { createLocalReq, type Payload } from 'payload'

import { sendReportReminders } from './reportReminders'

// What the server does once when it starts (src/instrumentation.ts), before the scheduled runs
// take over: catch up the report reminders whose day passed while it was down, then deliver the
// outbox (messages queued before a stop or a crash, and the ones just caught up).

/** Jobs run at most this many rounds at start; the minute cron continues with the rest. */
const START_ROUNDS = 5
const START_LIMIT = 20

export type StartRun = {
  reminders: Awaited<ReturnType<typeof sendReportReminders>>
  jobsRun: number
}

export const runJobsOnStart = async (
  payload: Payload,
  now: Date = new Date(),
): Promise<StartRun> => {
  const req = await createLocalReq({}, payload)
  const reminders = await sendReportReminders(req, now, { catchUp: true })
  let jobsRun = 0
  for (let round = 0; round < START_ROUNDS; round++) {
    const result = await payload.jobs.run({ queue: 'default', limit: START_LIMIT, silent: true })
    jobsRun += Object.keys(result.jobStatus ?? {}).length
    if (result.noJobsRemaining) break
  }
  return { reminders, jobsRun }
}
