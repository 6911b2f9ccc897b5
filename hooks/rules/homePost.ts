import { formatDayKey } from './terms'
import type { Bilingual } from './verdict'

// R12.1: members sit in the Working Group concurrently (kiêm nhiệm) with their substantive post at
// their home agency. A seat rests on that post: once the post ends, the seat must be reviewed
// (the person relieved, or the post brought up to date).

export type SeatAndPost = {
  /** The last day of the seat (Vietnam day key), null while open. */
  seatTo: string | null
  /** The last day of the substantive post, null while held. */
  postTo: string | null
}

/** R12.1: a seat held (or ending) after its holder's post ended needs review. */
export const seatNeedsReview = ({ seatTo, postTo }: SeatAndPost, today: string): boolean =>
  postTo !== null && postTo < today && (seatTo === null || seatTo > postTo)

/** R12.1: what the members list says of such a seat. */
export const seatReviewNote = (seat: SeatAndPost, today: string): Bilingual | null =>
  seatNeedsReview(seat, today)
    ? {
        vi: `Cần rà soát: chức vụ tại cơ quan đã thôi từ ${formatDayKey(seat.postTo!)}`,
        en: `To review: the post at the home agency ended on ${formatDayKey(seat.postTo!)}`,
      }
    : null
