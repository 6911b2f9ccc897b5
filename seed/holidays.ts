import type { Payload } from 'payload'

import { OFFICIAL_CALENDAR_DAYS } from '../src/lib/calendar/official-days'
import { dayKeyOf } from '../src/fields/dates'
import { bump, SEED_OPTIONS, vnDay, type Tally } from './shared'

/** Creates a `holidays` row for every announced day off / make-up day that is missing (by date). */
export const seedHolidays = async (payload: Payload, tally: Tally): Promise<void> => {
  const existing = await payload.find({
    collection: 'holidays',
    pagination: false,
    ...SEED_OPTIONS,
  })
  const days = new Set(existing.docs.map((doc) => dayKeyOf(doc.date)))
  for (const day of OFFICIAL_CALENDAR_DAYS) {
    if (days.has(day.date)) continue
    await payload.create({
      collection: 'holidays',
      data: { date: vnDay(day.date), kind: day.kind, nameVi: day.nameVi, nameEn: day.nameEn },
      ...SEED_OPTIONS,
    })
    days.add(day.date)
    bump(tally, 'holidays')
  }
}
