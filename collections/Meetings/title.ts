import { MEETING_KIND_LABELS, reviewedYear } from '../../hooks/rules/meetings'
import { formatDayKey } from '../../hooks/rules/terms'
import type { MeetingShape } from './shape'

/** The meeting's title: "Họp thường kỳ tháng 03/2025 (05/03/2025)". */
export const titleOf = (meeting: MeetingShape, startDay: string): string => {
  const label = MEETING_KIND_LABELS[meeting.kind].vi
  const month = meeting.servesMonth ?? startDay.slice(0, 7)
  const period =
    meeting.kind === 'regular'
      ? ` tháng ${month.slice(5, 7)}/${month.slice(0, 4)}`
      : meeting.kind === 'six-month-review'
        ? ` năm ${month.slice(0, 4)}`
        : meeting.kind === 'year-end-review'
          ? // R11.1b: the year it reviews; a review held in January reviews the year before.
            ` ${reviewedYear('year-end-review', month) ?? month.slice(0, 4)}`
          : ''
  return `${label}${period} (${formatDayKey(startDay)})`
}
