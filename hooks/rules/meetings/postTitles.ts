import { POSITION_LABELS, type Position } from '../positions'

// R12.1: members sit in the groups concurrently with their post at their home agency; the notice
// and the minutes name each member by that post and by the seat, e.g. "Đồng chí Nguyễn Văn An,
// Giám đốc Sở Y tế, Thành viên Tổ công tác".

export type MemberPost = {
  name: string
  /** The post at the home agency, when held on the day (null: not recorded or ended). */
  postTitle: string | null
  agencyName: string | null
  position: Position
}

/** R12.1: whether the post is held on `day` (Vietnam day keys; open ends hold). */
export const postHeldOn = (
  post: { postFrom: string | null; postTo: string | null },
  day: string,
): boolean =>
  (post.postFrom === null || post.postFrom <= day) && (post.postTo === null || post.postTo >= day)

/** R12.1: "Đồng chí <name>, <post> <agency>, <seat>". */
export const memberPostLine = (member: MemberPost): string => {
  const seat = POSITION_LABELS[member.position].vi
  const seatLabel = member.position.startsWith('sg-') ? seat : `${seat} Tổ công tác`
  const post = member.postTitle
    ? member.agencyName && !member.postTitle.includes(member.agencyName)
      ? `${member.postTitle} ${member.agencyName}`
      : member.postTitle
    : member.agencyName
  return [`Đồng chí ${member.name}`, post, seatLabel].filter(Boolean).join(', ')
}
