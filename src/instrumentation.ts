// Next calls register() once when the server starts. Payload would otherwise initialise (and start
// its jobs: the outbox every minute, the hourly report reminders) only on the first request, so
// after a restart nothing would be sent until someone opened the admin or the API.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  if (process.env.NODE_ENV === 'test') return

  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const { runJobsOnStart } = await import('./jobs/onStart')
  const { recomputePendingScopes } = await import('./rollups/refresh')

  let payload: Awaited<ReturnType<typeof getPayload>>
  try {
    // Initialised here, so the first request does not wait for it; requests reuse this instance.
    payload = await getPayload({ config })
  } catch (error) {
    // The server still starts: the first request tries again and answers with the cause.
    console.error('Payload did not initialise at start:', error)
    return
  }
  // Before the first request: the scope rollups of any month a crash left marked (R12.3a,
  // src/rollups/scopeLane.ts), so the dashboard never shows them stale.
  try {
    const months = await recomputePendingScopes(payload)
    if (months) payload.logger.info(`Scope rollups of ${months} month(s) recomputed at start`)
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Scope rollups not recomputed at start' })
  }
  // In the background: catch-up and outbox first, then the scheduled runs (the minute cron).
  // A request arriving meanwhile starts the crons itself (Payload's routes ask for them).
  void (async () => {
    try {
      const { reminders, jobsRun } = await runJobsOnStart(payload)
      payload.logger.info(
        `Jobs on start: report reminders ${reminders.outcome} (${reminders.notifications} queued), ${jobsRun} jobs run`,
      )
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Jobs on start failed' })
    }
    await getPayload({ config, cron: true })
  })().catch((error: unknown) => console.error('The jobs queue did not start:', error))
}
