import { describe, expect, it } from 'vitest'

import { checkFrozenPart, frozenParts } from '../../../../hooks/rules/meetings'
import { OK } from '../../../../hooks/rules/verdict'
import { expectRefusal } from './expectRefusal'

const NOTICE = [
  'group',
  'kind',
  'servesMonth',
  'start',
  'end',
  'place',
  'onlineLink',
  'chair',
  'convenedBy',
  'calledOn',
  'invitedMembers',
  'guests',
  'agenda',
]

describe('the frozen notice and record of a meeting (R11.3a, R11.3b)', () => {
  it('freezes nothing of a draft (R11.3a)', () => {
    expect(frozenParts('draft')).toEqual([])
  })

  it('freezes the invitation once the notice is out, and while the meeting is held (R11.3a)', () => {
    expect([frozenParts('notice-sent'), frozenParts('held')]).toEqual([NOTICE, NOTICE])
  })

  it('freezes the record too once the conclusions are issued, or the meeting cancelled (R11.3b)', () => {
    const record = [...NOTICE, 'attendance', 'decisions', 'conclusions']
    expect([frozenParts('conclusions-issued'), frozenParts('cancelled')]).toEqual([record, record])
  })

  it('accepts a write that changes no frozen part (R11.3a)', () => {
    expect(checkFrozenPart(null)).toEqual(OK)
  })

  it('refuses a change of the invitation after the notice, on the part changed (R11.3a)', () => {
    for (const part of frozenParts('notice-sent')) {
      expectRefusal(checkFrozenPart(part), {
        rule: 'R11.3a',
        path: part,
        vi: 'Giấy mời đã gửi: không sửa thời gian, địa điểm, thành phần, chương trình. Cần thay đổi thì hủy cuộc họp và lập cuộc họp mới.',
        en: 'The notice is out: time, place, invitees and agenda are fixed. To change them, cancel the meeting and create a new one.',
      })
    }
  })

  it('refuses a change of the attendance after the conclusions (R11.3b)', () => {
    expectRefusal(checkFrozenPart('attendance'), {
      rule: 'R11.3b',
      path: 'attendance',
      vi: 'Kết luận đã ban hành: không sửa điểm danh của cuộc họp.',
      en: "The conclusions are issued: the meeting's attendance can no longer change.",
    })
  })

  it('refuses a change of the votes after the conclusions (R11.3b)', () => {
    expectRefusal(checkFrozenPart('decisions'), {
      rule: 'R11.3b',
      path: 'decisions',
      vi: 'Kết luận đã ban hành: không sửa biểu quyết của cuộc họp.',
      en: "The conclusions are issued: the meeting's votes can no longer change.",
    })
  })

  it('refuses a change of the conclusions once issued (R11.3b)', () => {
    expectRefusal(checkFrozenPart('conclusions'), {
      rule: 'R11.3b',
      path: 'conclusions',
      vi: 'Kết luận đã ban hành: không sửa kết luận của cuộc họp.',
      en: "The conclusions are issued: the meeting's conclusions can no longer change.",
    })
  })
})
