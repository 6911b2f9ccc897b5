import { describe, expect, it } from 'vitest'

import {
  checkDeletable,
  checkHeldAfterStart,
  checkMeetingTimes,
  checkNewMeetingStatus,
  checkStatusChange,
  MEETING_STATUSES,
} from '../../../../hooks/rules/meetings'
import { OK } from '../../../../hooks/rules/verdict'
import { expectBreach } from '../expectBreach'
import { expectRefusal } from './expectRefusal'

describe('the lifecycle of a meeting (R11.3a, R11.3b)', () => {
  it('lets the notice action move a draft to "notice sent" (R11.3a)', () => {
    expect(checkStatusChange('draft', 'notice-sent', 'send-notice')).toEqual(OK)
  })

  it('refuses "notice sent" set by hand instead of the action (R11.3a)', () => {
    expectRefusal(checkStatusChange('draft', 'notice-sent', null), {
      rule: 'R11.3a',
      path: 'status',
      vi: /^Dùng nút "Gửi giấy mời"/,
      en: /^Use the "Send notice" button/,
    })
  })

  it('refuses "conclusions issued" set by hand instead of the action (R11.3b)', () => {
    expectRefusal(checkStatusChange('held', 'conclusions-issued', null), {
      rule: 'R11.3b',
      path: 'status',
      vi: /^Dùng nút "Ban hành kết luận"/,
      en: /^Use the "Issue conclusions" button/,
    })
  })

  it('refuses the notice action taking the conclusions step (R11.3b)', () => {
    expectRefusal(checkStatusChange('held', 'conclusions-issued', 'send-notice'), {
      rule: 'R11.3b',
      path: 'status',
      vi: /Ban hành kết luận/,
      en: /Issue conclusions/,
    })
  })

  it('refuses marking a draft held before its notice went out (R11.3a)', () => {
    expectBreach(checkStatusChange('draft', 'held', null), {
      rule: 'R11.3a',
      vi: 'Vi phạm Điều 11 khoản 3:',
      en: 'Breach of Article 11(3):',
      path: 'status',
    })
  })

  it('lets a meeting whose notice went out be marked held (R11.3a)', () => {
    expect(checkStatusChange('notice-sent', 'held', null)).toEqual(OK)
  })

  it('refuses conclusions for a meeting not yet held (R11.3b)', () => {
    expectBreach(checkStatusChange('notice-sent', 'conclusions-issued', 'issue-conclusions'), {
      rule: 'R11.3b',
      vi: 'Vi phạm Điều 11 khoản 3:',
      en: 'Breach of Article 11(3):',
      path: 'status',
    })
  })

  it('refuses conclusions for a draft (R11.3b)', () => {
    expect(checkStatusChange('draft', 'conclusions-issued', 'issue-conclusions')).toMatchObject({
      ok: false,
      rule: 'R11.3b',
    })
  })

  it('lets the conclusions action close a held meeting (R11.3b)', () => {
    expect(checkStatusChange('held', 'conclusions-issued', 'issue-conclusions')).toEqual(OK)
  })

  it('refuses reopening a cancelled meeting (R11.3a)', () => {
    expectRefusal(checkStatusChange('cancelled', 'draft', null), {
      rule: 'R11.3a',
      path: 'status',
      vi: 'Không thể chuyển trạng thái từ "Đã hủy" sang "Dự thảo".',
      en: 'The status cannot change from "Cancelled" to "Draft".',
    })
  })

  it('refuses cancelling a held meeting (R11.3b)', () => {
    expectRefusal(checkStatusChange('held', 'cancelled', null), {
      rule: 'R11.3b',
      path: 'status',
      vi: /sang "Đã hủy"/,
      en: /to "Cancelled"/,
    })
  })

  it('refuses any change of a meeting whose conclusions are issued (R11.3b)', () => {
    const changes = MEETING_STATUSES.filter((to) => to !== 'conclusions-issued').map(
      (to) => checkStatusChange('conclusions-issued', to, null).ok,
    )
    expect(changes).toEqual([false, false, false, false])
  })

  it('lets a write keep the status it has, whatever it is (R11.3a)', () => {
    expect(MEETING_STATUSES.map((status) => checkStatusChange(status, status, null))).toEqual(
      MEETING_STATUSES.map(() => OK),
    )
  })

  it('lets a draft or a noticed meeting be cancelled', () => {
    expect([
      checkStatusChange('draft', 'cancelled', null),
      checkStatusChange('notice-sent', 'cancelled', null),
    ]).toEqual([OK, OK])
  })
})

describe('a new meeting (R11.3a)', () => {
  it('lets a meeting be created as a draft (R11.3a)', () => {
    expect(checkNewMeetingStatus('draft')).toEqual(OK)
  })

  it('refuses a meeting created in any other status (R11.3a)', () => {
    for (const status of MEETING_STATUSES.filter((s) => s !== 'draft')) {
      expectRefusal(checkNewMeetingStatus(status), {
        rule: 'R11.3a',
        path: 'status',
        vi: 'Cuộc họp mới lập ở trạng thái "Dự thảo".',
        en: 'A new meeting starts as a draft.',
      })
    }
  })
})

describe('"held" not before the start (R11.3b)', () => {
  const start = '2025-03-05T01:00:00.000Z'

  it('refuses marking a meeting held before it starts (R11.3b)', () => {
    expectRefusal(
      checkHeldAfterStart('notice-sent', 'held', start, new Date('2025-03-05T00:59:59Z')),
      {
        rule: 'R11.3b',
        path: 'status',
        vi: 'Cuộc họp chưa bắt đầu: chưa thể ghi nhận "Đã họp".',
        en: 'The meeting has not started yet: it cannot be marked held.',
      },
    )
  })

  it('lets a meeting be marked held at the very minute it starts (R11.3b)', () => {
    expect(checkHeldAfterStart('notice-sent', 'held', start, new Date(start))).toEqual(OK)
  })

  it('lets a meeting be marked held after it started (R11.3b)', () => {
    expect(checkHeldAfterStart('notice-sent', 'held', start, new Date('2025-03-06'))).toEqual(OK)
  })

  it('does not re-check a meeting already held, nor other statuses (R11.3b)', () => {
    const early = new Date('2025-03-01')
    expect([
      checkHeldAfterStart('held', 'held', start, early),
      checkHeldAfterStart('draft', 'notice-sent', start, early),
      checkHeldAfterStart('notice-sent', 'cancelled', start, early),
    ]).toEqual([OK, OK, OK])
  })
})

describe('deleting a meeting (R11.3b)', () => {
  it('lets a draft, or a meeting already gone, be deleted (R11.3b)', () => {
    expect([checkDeletable('draft'), checkDeletable(null)]).toEqual([OK, OK])
  })

  it('refuses deleting a meeting past its draft: it is cancelled instead (R11.3b)', () => {
    for (const status of MEETING_STATUSES.filter((s) => s !== 'draft')) {
      expectRefusal(checkDeletable(status), {
        rule: 'R11.3b',
        path: 'status',
        vi: /^Chỉ xóa được cuộc họp dự thảo/,
        en: /^Only a draft meeting can be deleted/,
      })
    }
  })
})

describe('the times of a meeting (R11.3a)', () => {
  it('refuses a meeting without a start (R11.3a)', () => {
    expectRefusal(checkMeetingTimes(null, null), {
      rule: 'R11.3a',
      path: 'start',
      vi: 'Nhập thời gian bắt đầu.',
      en: 'Enter the start time.',
    })
  })

  it('refuses an end before the start, or at the same instant (R11.3a)', () => {
    for (const end of ['2025-03-05T00:00:00.000Z', '2025-03-05T01:00:00.000Z']) {
      expectRefusal(checkMeetingTimes('2025-03-05T01:00:00.000Z', end), {
        rule: 'R11.3a',
        path: 'end',
        vi: 'Thời gian kết thúc phải sau thời gian bắt đầu.',
        en: 'The meeting must end after it starts.',
      })
    }
  })

  it('accepts a start alone, or an end after it (R11.3a)', () => {
    expect([
      checkMeetingTimes('2025-03-05T01:00:00.000Z', null),
      checkMeetingTimes('2025-03-05T01:00:00.000Z', '2025-03-05T01:00:00.001Z'),
    ]).toEqual([OK, OK])
  })
})
