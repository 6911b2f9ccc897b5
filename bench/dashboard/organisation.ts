// The small tables of the benchmark province, written through the Local API like any other data:
// agencies, indicators and their yearly province targets, the people, the Working Group and its
// Support Group with their seats, one document for agendas and authorisations, and the monthly
// reporting-period records (aggregate report issued, mostly before the 22nd).
import type { Payload } from 'payload'

import { aggregateDeadline } from '../../hooks/rules/reportPeriods'
import { toInstant, vnDayStart } from '../../src/lib/clock'
import { pdfFile } from '../../test/helpers/fixtures'
import type { ProvincePlan } from './plan'
import { between, prng } from './prng'

export type Id = number
export type Seat = { id: Id; agency: Id; user: Id }

export type Organisation = {
  agencies: Id[]
  indicators: Id[]
  leader: Id
  secretariat: Id
  reporter: Id
  head: Id
  wg: Id
  sg: Id
  wgSeats: Seat[]
  sgSeats: Seat[]
  document: Id
}

// The rollups are rebuilt once the whole province is written (measure.ts), not on every write.
const SYSTEM = {
  overrideAccess: true,
  depth: 0,
  context: { skipAudit: true, skipRollups: true },
} as const
const day = (key: string) => vnDayStart(key).toISOString()
const FROM = '2015-01-01'

export const seedOrganisation = async (
  payload: Payload,
  plan: ProvincePlan,
  today: string,
): Promise<Organisation> => {
  const agencies: Id[] = []
  for (const agency of plan.agencies) {
    const doc = await payload.create({
      collection: 'agencies',
      data: {
        name: agency.name,
        code: agency.code,
        kind: agency.kind,
        parent: agency.parent === null ? undefined : agencies[agency.parent],
        isStandingBody: agency.kind === 'police',
      },
      ...SYSTEM,
    })
    agencies.push(doc.id)
  }
  const police = agencies[plan.agencies.findIndex((a) => a.kind === 'police')]
  const committee = agencies[plan.agencies.findIndex((a) => a.kind === 'people_committee')]

  const indicators: Id[] = []
  for (const [order, indicator] of plan.indicators.entries()) {
    const doc = await payload.create({
      collection: 'indicators',
      data: {
        ...indicator,
        group: indicator.group as 'G1',
        source: 'reported',
        aggregation: 'sum',
        owner: police,
        reportedBy: [...new Set(plan.agencies.map((a) => a.kind))],
        order: order + 1,
      },
      ...SYSTEM,
    })
    indicators.push(doc.id)
  }
  // Targets start in 2022, the year the project began.
  const years = [...new Set(plan.months.map((month) => Number(month.slice(0, 4))))].filter(
    (year) => year >= 2022,
  )
  for (const [i, indicator] of indicators.entries()) {
    for (const year of years) {
      await payload.create({
        collection: 'targets',
        data: { indicator, year, value: 1000 * (i + 1) * (year - 2015) },
        ...SYSTEM,
      })
    }
  }

  let people = 0
  const user = async (agency: Id, roles: string[]) =>
    (
      await payload.create({
        collection: 'users',
        data: {
          fullName: `Người dùng thử tải ${++people}`,
          email: `bench${people}@bench.taskforce06.vn`,
          password: 'Bench@2026',
          roles: roles as 'viewer'[],
          agency,
        },
        ...SYSTEM,
      })
    ).id
  const leader = await user(committee, ['leader'])
  const secretariat = await user(police, ['secretariat'])
  const reporter = await user(police, ['reporter'])

  const wg = (
    await payload.create({
      collection: 'working-groups',
      data: { name: 'Tổ công tác Đề án 06 (thử tải)', kind: 'wg' },
      ...SYSTEM,
    })
  ).id
  const sg = (
    await payload.create({
      collection: 'working-groups',
      data: { name: 'Tổ giúp việc (thử tải)', kind: 'sg', parent: wg },
      ...SYSTEM,
    })
  ).id
  const seat = async (group: Id, position: string, agency: Id, assists?: Id): Promise<Seat> => {
    const person = await user(agency, ['viewer'])
    const doc = await payload.create({
      collection: 'members',
      data: {
        user: person,
        group,
        position: position as 'member',
        agency,
        from: day(FROM),
        assists,
      },
      ...SYSTEM,
    })
    return { id: doc.id, agency, user: person }
  }
  // The Working Group: the chairman of the People's Committee as Head, the police as Standing
  // Deputy, a member for every other provincial body and district (50 seats).
  const headSeat = await seat(wg, 'head', committee)
  const wgSeats = [headSeat, await seat(wg, 'standing-deputy', police)]
  for (const [index, agency] of plan.agencies.entries()) {
    if (agency.kind === 'commune' || agency.kind === 'police' || agency.kind === 'people_committee')
      continue
    wgSeats.push(await seat(wg, 'member', agencies[index]))
  }
  const sgSeats = [await seat(sg, 'sg-head', police)]
  for (const wgSeat of wgSeats.slice(2, 12)) {
    sgSeats.push(await seat(sg, 'sg-member', wgSeat.agency, wgSeat.id))
  }

  const document = (
    await payload.create({
      collection: 'media',
      data: { title: 'Tài liệu họp (thử tải)' },
      file: pdfFile('tai-lieu-thu-tai.pdf'),
      ...SYSTEM,
    })
  ).id

  // The aggregate report of each period, issued between the 15th and the 24th of the month after
  // (late after the 21st); none yet for a period whose issue day has not come.
  const random = prng(`periods:${plan.years}`)
  for (const period of plan.months) {
    const deadline = aggregateDeadline(period, 22)
    const issued = `${deadline.slice(0, 8)}${String(between(random, 15, 24)).padStart(2, '0')}`
    await payload.create({
      collection: 'reporting-periods',
      data: {
        period,
        aggregateIssuedAt: issued < today ? toInstant(`${issued} 16:00`).toISOString() : null,
      },
      ...SYSTEM,
    })
  }

  return {
    agencies,
    indicators,
    leader,
    secretariat,
    reporter,
    head: headSeat.user,
    wg,
    sg,
    wgSeats,
    sgSeats,
    document,
  }
}
