// Logging in the people the operations act as, and counting one request's SQL statements.
import { login, send, sendJson } from './http'
import type { NextCall } from './load'
import { SUBMITTERS, WRITERS, type Session } from './operations'
import { statementsSoFar, type Server } from './servers'
import type { Fixture } from './setup'

/**
 * Logs in everyone the operations act as, a few at a time: the secretariat, the leader and the
 * first WRITERS + SUBMITTERS reporters (the peak's reporters log in as part of it).
 */
export const openSession = async (server: Server, fixture: Fixture): Promise<Session> => {
  const demo = (role: string) =>
    login(server.baseUrl, `${role}@demo.taskforce06.vn`, fixture.demoPassword)
  const reporters: string[] = new Array(fixture.reporters.length)
  const queue = fixture.reporters.map((_, index) => index).slice(0, WRITERS + SUBMITTERS)
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift())
        reporters[next] = await login(
          server.baseUrl,
          fixture.reporters[next].email,
          fixture.password,
        )
    }),
  )
  const drafts = await Promise.all(
    fixture.reporters.slice(0, WRITERS).map((reporter, index) =>
      sendJson(server.baseUrl, {
        method: 'GET',
        path: `/api/reports/${reporter.draft}?depth=0`,
        token: reporters[index],
      }),
    ),
  )
  const secretariat = await demo('secretariat')
  const held = await sendJson<{ docs: Session['meetings'] }>(server.baseUrl, {
    method: 'GET',
    path: `/api/meetings?limit=${WRITERS}&depth=0&sort=-id&where[status][equals]=conclusions-issued`,
    token: secretariat,
  })
  return {
    secretariat,
    meetings: held.docs.map(({ id, attendance }) => ({ id, attendance })),
    leader: await demo('leader'),
    reporters,
    drafts,
    submitPool: fixture.reporters.map((_, index) => index).slice(WRITERS, WRITERS + SUBMITTERS),
  }
}

/** The statements of one request, the least of three (the jobs queue may run meanwhile). */
export const statementsPerRequest = async (
  server: Server,
  next: NextCall,
): Promise<number | string> => {
  const counts: number[] = []
  for (let i = 0; i < 3; i++) {
    const call = next(0, 10_000 + i)
    if (!call) return 'n/a'
    const before = await statementsSoFar(server)
    const reply = await send(server.baseUrl, call)
    if (reply.status >= 300) return `error-${reply.status}`
    counts.push((await statementsSoFar(server)) - before)
  }
  return Math.min(...counts)
}
