import { formatDayKey } from '../terms'
import { clause, OK, refusal, type Verdict } from '../verdict'
import { sameId, type Id } from './kinds'

/**
 * R11.2: the Head invites the group's members in office on the meeting day (outsiders come as
 * guests), each once. `seats` are the seats in office on `startDay`.
 */
export const checkInvitees = (
  invited: readonly Id[],
  seats: readonly Id[],
  startDay: string,
): Verdict => {
  const stranger = invited.findIndex((id) => !seats.some((seat) => sameId(seat, id)))
  if (stranger !== -1) {
    return refusal(
      'R11.2',
      clause(11, 2),
      {
        vi: `Người được mời thứ ${stranger + 1} không phải thành viên của Tổ đang giữ chức danh vào ngày họp ${formatDayKey(startDay)}; mời người ngoài Tổ ở mục "Đại biểu mời ngoài Tổ".`,
        en: `Invitee ${stranger + 1} is not a member of this group in office on ${formatDayKey(startDay)}; invite outsiders as guests.`,
      },
      'invitedMembers',
    )
  }
  return new Set(invited.map(String)).size === invited.length
    ? OK
    : refusal(
        'R11.2',
        clause(11, 2),
        { vi: 'Một thành viên được mời hai lần.', en: 'A member is invited twice.' },
        'invitedMembers',
      )
}
