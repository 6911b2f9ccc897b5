import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { AggregateReport, User } from '../../payload-types'
import { toInstant } from '../../src/lib/clock'
import { initPayload } from '../helpers/payload'
import { createIndicator, createReport, createReportingAgency } from '../helpers/reports'
import { restJson, restLogin } from '../helpers/rest'
import { adoptCharter, createSigners, type Signers } from '../helpers/signers'

// Issue 11: two simultaneous issue requests for the same aggregate report (R12.3b) leave exactly
// one register entry, linked to the issued report: the request that loses is refused with a 4xx
// and stores nothing (no numbered or draft `documents` entry of its own). SQLite and PostgreSQL.

const PASSWORD = 'Test@12345'
const LIMIT_MS = 60_000

let payload: Payload
let s: Signers

const setNow = (wallTime: string) => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(toInstant(wallTime))
}

const asUser = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

const registerEntries = async () =>
  (
    await payload.find({
      collection: 'documents',
      where: { kind: { equals: 'report' } },
      depth: 0,
      pagination: false,
      sort: 'id',
    })
  ).docs

const withinLimit = async <T>(work: Promise<T>): Promise<T> => {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${LIMIT_MS} ms`)), LIMIT_MS)
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** An accepted March report, and a draft aggregate of March ready to issue. */
const draftAggregate = async (period: string): Promise<AggregateReport> => {
  const { reporter } = await createReportingAgency(payload, s.users.head)
  const report = await createReport(payload, reporter, { period })
  await payload.update({
    collection: 'reports',
    id: report.id,
    data: {
      status: 'submitted',
      indicatorLines: (report.indicatorLines ?? []).map((line) => ({ ...line, value: 12 })),
    },
    ...asUser(reporter),
  })
  await payload.update({
    collection: 'reports',
    id: report.id,
    data: { status: 'accepted' },
    ...asUser(s.users.secretary),
  })
  return payload.create({
    collection: 'aggregate-reports',
    data: { period, signer: s.users.deputy.id, signingForm: 'KT' } as AggregateReport,
    ...asUser(s.users.secretary),
  })
}

const issueTwiceAtOnce = async (id: number) => {
  const token = await restLogin(s.users.secretary.email, PASSWORD)
  return withinLimit(
    Promise.all(
      [0, 1].map(() =>
        restJson(`/aggregate-reports/${id}/issue`, {
          method: 'POST',
          token,
          // R12.3b: issued with agencies not accepted, the issue records its reason.
          body: { reason: 'Theo chỉ đạo của Tổ trưởng tại cuộc họp.' },
        }),
      ),
    ),
  )
}

beforeAll(async () => {
  setNow('2025-04-10 09:00')
  payload = await initPayload()
  await adoptCharter(payload)
  s = await createSigners(payload)
  await createIndicator(payload, { reportedBy: ['department'] })
}, 180_000)

afterAll(() => {
  vi.useRealTimers()
})

describe('two simultaneous issue requests for one aggregate report (issue 11)', () => {
  for (const [period, now] of [
    ['2025-04', '2025-04-19 10:00'],
    ['2025-05', '2025-05-19 10:00'],
  ] as const) {
    it(`issues ${period} once, with one register entry, and refuses the other request`, async () => {
      // The report and the draft on the 15th, the day after the data's cut-off (R12.3a).
      setNow(now.replace('10:00', '08:00').replace(/-19 /, '-15 '))
      const aggregate = await draftAggregate(period)
      const before = await registerEntries()
      setNow(now)

      const answers = await issueTwiceAtOnce(aggregate.id)

      const statuses = answers.map((answer) => answer.status).sort()
      expect(statuses[0], JSON.stringify(answers.map((answer) => answer.body))).toBe(200)
      expect(
        statuses[1],
        JSON.stringify(answers.map((answer) => answer.body)),
      ).toBeGreaterThanOrEqual(400)
      expect(statuses[1]).toBeLessThan(500)
      const refused = answers.find((answer) => answer.status !== 200)!
      expect(JSON.stringify(refused.body)).toMatch(/ban hành/)

      const stored = await payload.findByID({
        collection: 'aggregate-reports',
        id: aggregate.id,
        depth: 0,
      })
      expect(stored.status).toBe('issued')
      const added = (await registerEntries()).filter(
        (entry) => !before.some((old) => old.id === entry.id),
      )
      // Exactly one new register entry: the issued report's, numbered.
      expect(added.map((entry) => entry.id)).toEqual([stored.document])
      expect(added[0]).toMatchObject({ status: 'issued', symbol: stored.symbol })
    })
  }
})
