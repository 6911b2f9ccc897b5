import { describe, expect, it } from 'vitest'

import { meetingInvitation, type MeetingInvitationArgs } from '../../src/email/ics'

// 08:30–11:00 Vietnam time on 5 March 2026.
const meeting: MeetingInvitationArgs = {
  uid: 'meeting-12@taskforce06',
  start: new Date('2026-03-05T08:30:00+07:00'),
  end: new Date('2026-03-05T11:00:00+07:00'),
  summary: 'Họp thường kỳ tháng 3/2026 của Tổ công tác Đề án 06',
  location: 'Phòng họp số 2, Công an tỉnh; 1 Trần Hưng Đạo',
  url: 'https://taskforce06.example.vn/admin/collections/meetings/12',
  description: 'Nội dung: kiểm điểm kết luận kỳ trước, triển khai nhiệm vụ tháng 3.',
  organizer: { name: 'Thư ký Tổ công tác', email: 'thuky@demo.taskforce06.vn' },
  attendees: [
    { name: 'Nguyễn Văn An', email: 'leader@demo.taskforce06.vn' },
    { email: 'so-tt-tt@demo.taskforce06.vn' },
  ],
}

// Long lines are folded (CRLF + a tab or space): unfold before reading a property.
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n')

describe('meeting invitation (iCalendar)', () => {
  it('writes the meeting times in UTC', () => {
    const ics = lines(meetingInvitation(meeting))
    expect(ics).toContain('DTSTART:20260305T013000Z')
    expect(ics).toContain('DTEND:20260305T040000Z')
  })

  it('is a request that asks every attendee to reply', () => {
    const ics = lines(meetingInvitation(meeting))
    expect(ics).toContain('METHOD:REQUEST')
    expect(ics).toContain('STATUS:CONFIRMED')
    expect(ics.filter((line) => line.startsWith('ATTENDEE;RSVP=TRUE'))).toHaveLength(2)
  })

  it('names the organizer and the attendees by email', () => {
    const ics = lines(meetingInvitation(meeting)).join('\n')
    expect(ics).toMatch(
      /^ORGANIZER;CN="?Thư ký Tổ công tác"?:mailto:thuky@demo\.taskforce06\.vn$/im,
    )
    expect(ics).toMatch(/CN="?Nguyễn Văn An"?:mailto:leader@demo\.taskforce06\.vn$/m)
    expect(ics).toMatch(/:mailto:so-tt-tt@demo\.taskforce06\.vn$/m)
  })

  it('keeps Vietnamese text and escapes the separators of the format', () => {
    const ics = lines(meetingInvitation(meeting))
    expect(ics).toContain('SUMMARY:Họp thường kỳ tháng 3/2026 của Tổ công tác Đề án 06')
    expect(ics).toContain('LOCATION:Phòng họp số 2\\, Công an tỉnh\\; 1 Trần Hưng Đạo')
  })

  it('uses CRLF line endings', () => {
    const ics = meetingInvitation(meeting)
    expect(
      ics
        .split('\n')
        .slice(0, -1)
        .every((line) => line.endsWith('\r')),
    ).toBe(true)
  })

  it('keeps the uid and carries the sequence of an updated invitation', () => {
    const ics = lines(meetingInvitation({ ...meeting, sequence: 2 }))
    expect(ics).toContain('UID:meeting-12@taskforce06')
    expect(ics).toContain('SEQUENCE:2')
  })

  it('withdraws a meeting with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const ics = lines(meetingInvitation({ ...meeting, method: 'CANCEL', sequence: 3 }))
    expect(ics).toContain('METHOD:CANCEL')
    expect(ics).toContain('STATUS:CANCELLED')
  })

  it('refuses a meeting that does not end after it starts', () => {
    expect(() => meetingInvitation({ ...meeting, end: meeting.start })).toThrow(
      /end after its start/,
    )
  })
})
