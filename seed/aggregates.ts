import { createLocalReq, type Payload } from 'payload'

import { aggregateSummary, COLLECTION } from '../collections/AggregateReports/hooks'
import { DEFAULT_RECIPIENTS } from '../collections/AggregateReports/fields'
import { stampIssued, storeAggregateFiles } from '../collections/AggregateReports/issue'
import { issueDocument } from '../collections/Documents/issue'
import { latestClosedPeriod, periodEnd } from '../hooks/rules/reportPeriods'
import type { AggregateReport, Document, User } from '../payload-types'
import { defaultCalendar } from '../src/lib/calendar'
import { signingOn } from '../src/charter/signing'
import { dayKeyOf } from '../src/fields/dates'
import { toInstant, vnToday } from '../src/lib/clock'
import type { PersonIds, PersonKey } from './people'
import { prng } from '../src/lib/prng'
import { periodsUpTo } from './reportFigures'
import { required, SEED_OPTIONS, vnDay, type Id, type Tally } from './shared'

// The province's aggregate report for every past month of the demo (R12.3b): computed from the
// seeded reports, numbered in the register, issued around the 19th of the report month (now and
// then late, on the 23rd), which locks the period. Only the last months get their DOCX and
// XLSX (rendering three years of files adds little to a demo). Last month's report is left as a
// draft, for the standing body to issue from the browser.

type Context = { people: PersonIds }

const MONTHS = 36
const RENDERED_MONTHS = 3
// Deputies sign monthly reports for the Head (R5.3); the first one in office that day signs.
const SIGNERS: PersonKey[] = ['deputy', 'formerDeputy', 'officeDeputy']

const onWorkingDay = (day: string) =>
  defaultCalendar.isWorkingDay(day) ? day : defaultCalendar.addWorkingDays(day, 1)

/**
 * The day the standing body issued the period's report (R12.3b, before the 22nd of the report
 * month): the 19th, or now and then the 23rd.
 */
const issueDayOf = (period: string) => {
  const late = prng(`aggregate:${period}`)() < 0.1
  return onWorkingDay(`${period}-${late ? 23 : 19}`)
}

const signerOn = async (payload: Payload, people: PersonIds, day: string) => {
  for (const key of SIGNERS) {
    const signer = people.get(key)
    if (signer === undefined) continue
    const outcome = await signingOn(payload, { signer, kind: 'report', form: 'KT', day })
    if (outcome.verdict.ok) return { signer, signatureBlock: outcome.signatureBlock }
  }
  throw new Error(`seed: no Deputy may sign a monthly report on ${day}`)
}

/** The register's entry for the report: an issued one of that title dated after its data. */
const registerEntry = async (
  payload: Payload,
  secretary: User,
  args: { period: string; title: string; day: string; signer: Id },
): Promise<Document> => {
  const { docs } = await payload.find({
    collection: 'documents',
    where: {
      and: [
        { title: { equals: args.title } },
        { kind: { equals: 'report' } },
        { date: { greater_than: vnDay(periodEnd(args.period)) } },
      ],
    },
    limit: 1,
    ...SEED_OPTIONS,
  })
  const found = docs[0]
  if (found?.status === 'issued') return found
  const draft =
    found ??
    (await payload.create({
      collection: 'documents',
      data: {
        kind: 'report',
        date: vnDay(args.day),
        title: args.title,
        signer: args.signer as number,
        signingForm: 'KT',
        recipients: DEFAULT_RECIPIENTS,
        status: 'draft',
      },
      ...SEED_OPTIONS,
    }))
  return issueDocument(payload, draft.id, { user: secretary, context: SEED_OPTIONS.context })
}

export const seedAggregates = async (payload: Payload, ctx: Context, tally: Tally) => {
  const today = vnToday()
  // R12.3a: the latest month whose data are complete.
  const last = latestClosedPeriod(today)
  const periods = periodsUpTo(last, MONTHS)
  const secretary = await payload.findByID({
    collection: 'users',
    id: required(ctx.people.get('secretary'), 'user secretary'),
    ...SEED_OPTIONS,
  })
  const req = await createLocalReq(
    { user: { ...secretary, collection: 'users' }, context: { ...SEED_OPTIONS.context } },
    payload,
  )
  const { docs } = await payload.find({
    collection: COLLECTION,
    where: { period: { in: periods } },
    select: { period: true, status: true },
    pagination: false,
    ...SEED_OPTIONS,
  })
  const existing = new Map(docs.map((doc) => [doc.period, doc]))
  const rendered = new Set(periods.slice(-1 - RENDERED_MONTHS, -1))
  for (const period of periods) {
    const stored = existing.get(period)
    if (stored?.status === 'issued') continue
    const isLast = period === last
    const day = isLast ? today : issueDayOf(period)
    const { signer, signatureBlock } = await signerOn(payload, ctx.people, day)
    const draft: AggregateReport =
      stored === undefined
        ? await payload.create({
            collection: COLLECTION,
            data: { period, signer: signer as number, signingForm: 'KT', status: 'draft' },
            ...SEED_OPTIONS,
          })
        : await payload.update({ collection: COLLECTION, id: stored.id, data: {}, ...SEED_OPTIONS })
    if (stored === undefined) tally[COLLECTION] = (tally[COLLECTION] ?? 0) + 1
    if (isLast) continue
    const document = await registerEntry(payload, secretary, {
      period,
      title: `Báo cáo ${aggregateSummary(period).replace(/^K/, 'k')}`,
      day,
      signer,
    })
    const issueDay = dayKeyOf(document.date) ?? day
    const files = rendered.has(period)
      ? await storeAggregateFiles(req, draft, { document, day: issueDay, signatureBlock, signer })
      : null
    await stampIssued(req, draft, {
      document,
      signatureBlock,
      issuedAt: toInstant(`${issueDay} 10:00`),
      files,
    })
  }
}
