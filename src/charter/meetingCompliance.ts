import type { PayloadRequest } from 'payload'

import {
  monthsWithoutRegularMeeting,
  reviewCompliance,
  type Id,
  type MeetingKind,
  type MeetingStatus,
  type ReviewState,
} from '../../hooks/rules/meetings'
import { addDaysToKey, vnToday } from '../lib/clock'
import { charterNumbersOn } from './settings'

export type MeetingCompliance = {
  year: number
  /** R11.1a: months of the year (up to the current one) without a regular meeting held. */
  monthsWithoutRegular: string[]
  /** R11.1a: regular meetings held on or after the deadline day. */
  lateInMonth: { id: Id; title: string }[]
  /** R11.3a: notices sent after their deadline. */
  lateNotices: { id: Id; title: string }[]
  /** R6.2a: members absent without the chair's consent, per meeting. */
  absencesWithoutConsent: { id: Id; title: string; count: number }[]
  /** R11.4: members absent without a substitute or the chair's waiver, per meeting. */
  absencesWithoutSubstitute: { id: Id; title: string; count: number }[]
  /** R11.1b: the six-month and the year-end review (a year-end review in January counts for `year`). */
  reviews: Record<'sixMonth' | 'yearEnd', ReviewState>
}

/**
 * The meeting rules kept or broken by a group in a year, from the flags stored on each meeting:
 * one query, whatever the number of meetings. January of the next year is read for the year-end
 * review held then (R11.1b); the monthly rules look at the year's own months only.
 */
export const meetingCompliance = async (
  req: PayloadRequest,
  groupId: Id,
  year: number,
  today: string = vnToday(),
): Promise<MeetingCompliance> => {
  const { docs } = await req.payload.find({
    collection: 'meetings',
    where: {
      and: [
        { group: { equals: groupId } },
        { servesMonth: { greater_than_equal: `${year}-01` } },
        { servesMonth: { less_than_equal: `${year + 1}-01` } },
      ],
    },
    select: {
      title: true,
      kind: true,
      servesMonth: true,
      status: true,
      noticeLate: true,
      lateInMonth: true,
      absenceWithoutConsent: true,
      absenceWithoutSubstitute: true,
    },
    sort: 'start',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    req,
  })
  const all = docs.map((doc) => ({
    id: doc.id,
    kind: doc.kind as MeetingKind,
    servesMonth: doc.servesMonth ?? '',
    status: doc.status as MeetingStatus,
  }))
  // The current month counts once its meeting deadline has passed.
  const { meetingBeforeDay } = await charterNumbersOn(req, today)
  const due =
    Number(today.slice(8)) >= meetingBeforeDay ? today : addDaysToKey(today.slice(0, 8) + '01', -1)
  const lastMonth = `${year}-12` < due.slice(0, 7) ? `${year}-12` : due.slice(0, 7)
  const ofYear = (month: string | null | undefined) => (month ?? '').startsWith(`${year}-`)
  const slots = all.filter((slot) => ofYear(slot.servesMonth))
  const live = docs.filter((doc) => doc.status !== 'cancelled' && ofYear(doc.servesMonth))
  return {
    year,
    monthsWithoutRegular:
      lastMonth < `${year}-01` ? [] : monthsWithoutRegularMeeting(slots, `${year}-01`, lastMonth),
    lateInMonth: live
      .filter((doc) => doc.lateInMonth)
      .map((doc) => ({ id: doc.id, title: doc.title ?? '' })),
    lateNotices: live
      .filter((doc) => doc.noticeLate)
      .map((doc) => ({ id: doc.id, title: doc.title ?? '' })),
    absencesWithoutConsent: live
      .filter((doc) => (doc.absenceWithoutConsent ?? 0) > 0)
      .map((doc) => ({
        id: doc.id,
        title: doc.title ?? '',
        count: doc.absenceWithoutConsent ?? 0,
      })),
    absencesWithoutSubstitute: live
      .filter((doc) => (doc.absenceWithoutSubstitute ?? 0) > 0)
      .map((doc) => ({
        id: doc.id,
        title: doc.title ?? '',
        count: doc.absenceWithoutSubstitute ?? 0,
      })),
    reviews: reviewCompliance(year, all, today),
  }
}
