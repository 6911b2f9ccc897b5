// The operations measured under load, each as the requests its clients send. Client `k` of a
// write acts on its own record (a reporter on his/her agency's report or task, the secretariat
// on one of ten meetings), as people do; lists and pages are read by the secretariat and the
// leader. A report is submitted once: the submit operation draws drafts from a pool.
import type { Call } from './http'
import type { NextCall } from './load'
import { filledLines } from './reportForm'
import type { Fixture } from './setup'

export type Session = {
  secretariat: string
  leader: string
  /** Tokens of the reporters logged in (WRITERS + SUBMITTERS), in the fixture's order. */
  reporters: string[]
  /** The reports being saved, as read before the run (their lines' row ids). */
  drafts: Record<string, unknown>[]
  /** Meetings held, with their attendance, saved again by the secretariat. */
  meetings: { id: number | string; attendance: unknown[] }[]
  /** Indexes of reporters whose draft has not been submitted yet on this server. */
  submitPool: number[]
}

export type Operation = {
  name: string
  /** HTML pages exist on our server only. */
  twin: boolean
  calls: (fixture: Fixture, session: Session, concurrency?: number) => NextCall
}

/** The first reporters save and update; the next ones submit (enough for a few seconds each). */
export const WRITERS = 10
export const SUBMITTERS = 150

const patch = (path: string, body: unknown, token: string): Call => ({
  method: 'PATCH',
  path,
  body,
  token,
})

export const OPERATIONS: Operation[] = [
  {
    name: 'report-save',
    twin: true,
    calls: (fixture, session) => (client, index) =>
      patch(
        `/api/reports/${fixture.reporters[client].draft}?depth=0`,
        { ...filledLines(session.drafts[client], index + 1), status: 'draft' },
        session.reporters[client],
      ),
  },
  {
    // The pool is shared by both runs: one client takes at most a third of it, so that ten
    // clients still have drafts to submit on the faster server (a run ends when it is empty).
    name: 'report-submit',
    twin: true,
    calls: (fixture, session, concurrency = 1) => {
      let budget = concurrency === 1 ? Math.floor(session.submitPool.length / 3) : Infinity
      return () => {
        if (budget-- <= 0) return null
        const reporter = session.submitPool.shift()
        if (reporter === undefined) return null
        return patch(
          `/api/reports/${fixture.reporters[reporter].draft}?depth=0`,
          { status: 'submitted' },
          session.reporters[reporter],
        )
      }
    },
  },
  {
    name: 'task-update',
    twin: true,
    calls: (fixture, session) => (client, index) =>
      patch(
        `/api/tasks/${fixture.reporters[client].task}?depth=0`,
        { progress: 20 + (index % 60), result: `Đã thực hiện (${index}).` },
        session.reporters[client],
      ),
  },
  {
    name: 'attendance-save',
    twin: true,
    calls: (_fixture, session) => (client) => {
      const meeting = session.meetings[client % session.meetings.length]
      return patch(
        `/api/meetings/${meeting.id}?depth=0`,
        { attendance: meeting.attendance },
        session.secretariat,
      )
    },
  },
  {
    name: 'reports-list',
    twin: true,
    calls: (_fixture, session) => () => ({
      method: 'GET',
      path: '/api/reports?limit=10&depth=0',
      token: session.secretariat,
    }),
  },
  {
    name: 'tasks-list',
    twin: true,
    calls: (_fixture, session) => () => ({
      method: 'GET',
      path: '/api/tasks?limit=10&depth=1',
      token: session.secretariat,
    }),
  },
  {
    // The worst list the REST guard still allows: 200 meetings with relations to maxDepth.
    name: 'worst-list',
    twin: true,
    calls: (_fixture, session) => () => ({
      method: 'GET',
      path: '/api/meetings?limit=200&depth=10',
      token: session.secretariat,
    }),
  },
  {
    name: 'admin-reports-html',
    twin: false,
    calls: (_fixture, session) => () => ({
      method: 'GET',
      path: '/admin/collections/reports',
      token: session.secretariat,
      asCookie: true,
    }),
  },
  {
    name: 'dashboard-html',
    twin: false,
    calls: (_fixture, session) => () => ({
      method: 'GET',
      path: '/admin',
      token: session.leader,
      asCookie: true,
    }),
  },
]
