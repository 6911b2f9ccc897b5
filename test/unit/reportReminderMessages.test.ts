import { describe, expect, it } from 'vitest'

import {
  lateListSubject,
  lateListText,
  reminderSubject,
  reminderText,
} from '../../src/jobs/reportReminderMessages'

const reminder = {
  agencyName: 'Sở Y tế',
  period: '2025-03',
  deadline: '2025-04-17',
  reportBeforeDay: 18,
  today: '2025-04-15',
  status: 'returned' as const,
  reportsUrl: 'https://tf06.example.vn/admin/collections/reports',
}

describe('reporting reminder texts (R12.3a)', () => {
  it('names the month, the last on-time day dd/MM/yyyy and the clause in the subject (R12.3a)', () => {
    expect(reminderSubject(reminder)).toBe(
      'Nhắc gửi báo cáo tháng 03/2025 – hạn cuối ngày 17/04/2025',
    )
  })

  it('tells the agency the rule, the deadline and where its report stands (R12.3a)', () => {
    const text = reminderText(reminder)
    expect(text).toContain('Kính gửi: Sở Y tế,')
    expect(text).toContain('Điều 12 khoản 3')
    expect(text).toContain('trước ngày 18')
    expect(text).toContain('chậm nhất trong ngày 17/04/2025')
    expect(text).toContain('đã bị Cơ quan thường trực trả lại')
    expect(text).toContain(reminder.reportsUrl)
  })

  it('lists the missing and the late agencies, numbered, for the standing body (R12.3a)', () => {
    const message = {
      period: '2025-03',
      deadline: '2025-04-17',
      today: '2025-04-18',
      late: [{ id: 1, name: 'Sở Xây dựng' }],
      missing: [],
      reportsUrl: null,
    }
    expect(lateListSubject(message)).toBe(
      'Danh sách cơ quan chậm, chưa gửi báo cáo tháng 03/2025 (hạn 17/04/2025)',
    )
    const text = lateListText(message)
    expect(text).toContain('Cơ quan, đơn vị chưa gửi báo cáo (0):\n(Không có)')
    expect(text).toContain('Cơ quan, đơn vị gửi báo cáo chậm hạn (1):\n1. Sở Xây dựng')
  })
})
