import { describe, expect, it } from 'vitest'

import { checkInvitees } from '../../../../hooks/rules/meetings'
import { OK } from '../../../../hooks/rules/verdict'
import { expectRefusal } from './expectRefusal'

const SEATS = [1, 2, 3]

describe('the invitees of a meeting (R11.2)', () => {
  it('accepts members in office on the meeting day, in any order (R11.2)', () => {
    expect(checkInvitees([3, 1], SEATS, '2025-03-05')).toEqual(OK)
  })

  it('accepts an invitation of nobody among the members (guests only) (R11.2)', () => {
    expect(checkInvitees([], SEATS, '2025-03-05')).toEqual(OK)
  })

  it('matches a seat whatever the form of its id (R11.2)', () => {
    expect(checkInvitees(['2'], SEATS, '2025-03-05')).toEqual(OK)
  })

  it('refuses an invitee not in office on the meeting day, naming its position (R11.2)', () => {
    expectRefusal(checkInvitees([1, 9], SEATS, '2025-03-05'), {
      rule: 'R11.2',
      path: 'invitedMembers',
      vi: 'Người được mời thứ 2 không phải thành viên của Tổ đang giữ chức danh vào ngày họp 05/03/2025; mời người ngoài Tổ ở mục "Đại biểu mời ngoài Tổ".',
      en: 'Invitee 2 is not a member of this group in office on 05/03/2025; invite outsiders as guests.',
    })
  })

  it('refuses every invitee when nobody is in office that day (R11.2)', () => {
    expectRefusal(checkInvitees([1], [], '2025-03-05'), {
      rule: 'R11.2',
      path: 'invitedMembers',
      vi: /^Người được mời thứ 1 /,
      en: /^Invitee 1 /,
    })
  })

  it('refuses a member invited twice, whatever the form of the id (R11.2)', () => {
    expectRefusal(checkInvitees([1, 2, '1'], SEATS, '2025-03-05'), {
      rule: 'R11.2',
      path: 'invitedMembers',
      vi: 'Một thành viên được mời hai lần.',
      en: 'A member is invited twice.',
    })
  })

  it('names the stranger before the duplicate when both occur (R11.2)', () => {
    expectRefusal(checkInvitees([1, 1, 9], SEATS, '2025-03-05'), {
      rule: 'R11.2',
      path: 'invitedMembers',
      vi: /^Người được mời thứ 3 /,
      en: /^Invitee 3 /,
    })
  })
})
