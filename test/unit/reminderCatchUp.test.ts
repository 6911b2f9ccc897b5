import { describe, expect, it } from 'vitest'

import { catchUpDayOf } from '../../src/jobs/reportReminders'

// Issue 11: reminders missed while the server was down are caught up once on start (R12.3a).
// April 2025, March reports: reminder on the 15th, late/missing list on the 18th.
const days = { reminderDay: '2025-04-15', lateListDay: '2025-04-18' }

describe('catch-up of missed report reminders on start (R12.3a)', () => {
  it('does nothing before the reminder day', () => {
    expect(catchUpDayOf({ today: '2025-04-10', afterSendingHour: true, ...days })).toBeNull()
  })

  it('sends the reminder day’s messages on that day only from 07:00', () => {
    expect(catchUpDayOf({ today: '2025-04-15', afterSendingHour: false, ...days })).toBeNull()
    expect(catchUpDayOf({ today: '2025-04-15', afterSendingHour: true, ...days })).toBe(
      '2025-04-15',
    )
  })

  it('catches up missed reminders while the deadline is still ahead, at any hour', () => {
    expect(catchUpDayOf({ today: '2025-04-16', afterSendingHour: false, ...days })).toBe(
      '2025-04-15',
    )
    expect(catchUpDayOf({ today: '2025-04-17', afterSendingHour: true, ...days })).toBe(
      '2025-04-15',
    )
  })

  it('sends the late/missing list from 07:00 on its day, and catches it up afterwards', () => {
    expect(catchUpDayOf({ today: '2025-04-18', afterSendingHour: false, ...days })).toBeNull()
    expect(catchUpDayOf({ today: '2025-04-18', afterSendingHour: true, ...days })).toBe(
      '2025-04-18',
    )
    expect(catchUpDayOf({ today: '2025-04-25', afterSendingHour: false, ...days })).toBe(
      '2025-04-18',
    )
  })

  it('has no reminder to catch up when the charter sets none', () => {
    expect(
      catchUpDayOf({
        today: '2025-04-16',
        afterSendingHour: true,
        reminderDay: null,
        lateListDay: '2025-04-18',
      }),
    ).toBeNull()
  })
})
