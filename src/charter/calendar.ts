import type { PayloadRequest } from 'payload'

import { dayKeyOf } from '../fields/dates'
import { createCalendar, type CalendarDay, type WorkingCalendar } from '../lib/calendar'

/**
 * The working-day calendar as admins keep it: computed statutory holidays plus the `holidays`
 * rows (official days off, make-up Saturdays) of the given years. A system read.
 */
export const workingCalendarOf = async (
  req: PayloadRequest,
  years: readonly number[],
): Promise<WorkingCalendar> => {
  const { docs } = await req.payload.find({
    collection: 'holidays',
    where: { year: { in: [...new Set(years)] } },
    select: { date: true, kind: true, nameVi: true, nameEn: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const days: CalendarDay[] = docs.flatMap((doc) => {
    const date = dayKeyOf(doc.date)
    return date ? [{ date, kind: doc.kind, nameVi: doc.nameVi, nameEn: doc.nameEn ?? '' }] : []
  })
  return createCalendar(days)
}

/** The years a computation around `day` may touch (a notice lead crosses New Year). */
export const yearsAround = (day: string): number[] => {
  const year = Number(day.slice(0, 4))
  return [year - 1, year, year + 1]
}
