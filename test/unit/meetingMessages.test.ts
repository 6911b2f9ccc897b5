import { describe, expect, it } from 'vitest'

import {
  asHtml,
  conclusionsSubject,
  conclusionsText,
  formatVnDateTime,
  noticeSubject,
  noticeText,
  type NoticeMessage,
} from '../../collections/Meetings/messages'

const notice: NoticeMessage = {
  recipientName: 'Bùi Thị Hạnh',
  meetingTitle: 'Họp thường kỳ tháng 02/2025 (05/02/2025)',
  groupName: 'Tổ công tác triển khai Đề án 06 tỉnh Quảng Nam',
  start: '2025-02-05T01:00:00.000Z',
  end: '2025-02-05T03:30:00.000Z',
  place: 'Hội trường Công an tỉnh',
  onlineLink: 'https://hop.example.gov.vn/tct06',
  chairName: 'Nguyễn Văn An',
  agenda: [
    {
      title: 'Kết quả tháng 01/2025',
      presenter: 'Công an tỉnh Quảng Nam',
      documents: [
        {
          title: 'Báo cáo tháng 01',
          url: 'https://tf06.example.vn/api/media/file/bc.pdf',
          attached: true,
        },
      ],
    },
  ],
  followUps: [
    { title: 'Làm sạch dữ liệu hộ tịch', lead: 'Sở Tư pháp', due: '2025-01-31', overdue: true },
  ],
  meetingUrl: null,
}

describe('the notice text (R11.3a)', () => {
  it('writes the time in Vietnam time with the weekday (R11.3a)', () => {
    expect(formatVnDateTime('2025-02-05T01:00:00.000Z')).toBe('08:00, thứ Tư, ngày 05/02/2025')
  })

  it('addresses the invitee and gives time, place, link and chair (R11.3a)', () => {
    expect(noticeText(notice).split('\n').slice(0, 8)).toEqual([
      'Kính gửi: Bùi Thị Hạnh,',
      '',
      'Tổ công tác triển khai Đề án 06 tỉnh Quảng Nam trân trọng kính mời dự Họp thường kỳ tháng 02/2025 (05/02/2025).',
      '',
      'Thời gian: từ 08:00, thứ Tư, ngày 05/02/2025 đến 10:30.',
      'Địa điểm: Hội trường Công an tỉnh.',
      'Họp trực tuyến: https://hop.example.gov.vn/tct06',
      'Chủ trì: Nguyễn Văn An.',
    ])
  })

  it('lists the agenda with its documents and the follow-up of earlier conclusions (R11.3a)', () => {
    expect(noticeText(notice)).toContain(
      [
        'Nội dung:',
        '1. Kết quả tháng 01/2025 (trình bày: Công an tỉnh Quảng Nam)',
        '   - Tài liệu: Báo cáo tháng 01 (đính kèm): https://tf06.example.vn/api/media/file/bc.pdf',
        '2. Theo dõi thực hiện kết luận các cuộc họp trước:',
        '   - Làm sạch dữ liệu hộ tịch (chủ trì: Sở Tư pháp; hạn 31/01/2025, quá hạn)',
      ].join('\n'),
    )
  })

  it('names the meeting in the subject (R11.3a)', () => {
    expect(noticeSubject(notice)).toBe('Giấy mời họp: Họp thường kỳ tháng 02/2025 (05/02/2025)')
  })

  it('escapes the HTML version and links addresses', () => {
    expect(asHtml('A <b> & https://x.vn/a\n\nB')).toBe(
      '<p>A &lt;b&gt; &amp; <a href="https://x.vn/a">https://x.vn/a</a></p>\n<p>B</p>',
    )
  })
})

describe('the conclusions text (R11.3b)', () => {
  const message = {
    recipientName: 'Huỳnh Thị Mai',
    meetingTitle: 'Họp thường kỳ tháng 02/2025 (05/02/2025)',
    groupName: 'Tổ công tác triển khai Đề án 06 tỉnh Quảng Nam',
    number: '7/TB-TCT',
    issuedOn: '2025-02-07',
    chairName: 'Nguyễn Văn An',
    summary: 'Các sở, ngành tập trung hoàn thành chỉ tiêu quý I.',
    items: [{ content: 'Triển khai sổ sức khỏe điện tử', lead: 'Sở Y tế', due: '2025-03-31' }],
    meetingUrl: null,
  }

  it('numbers the notice of conclusions in the subject (R11.3b)', () => {
    expect(conclusionsSubject(message)).toBe(
      'Thông báo kết luận số 7/TB-TCT: Họp thường kỳ tháng 02/2025 (05/02/2025)',
    )
  })

  it('lists each task with its lead agency and due date (R11.3b)', () => {
    expect(conclusionsText(message)).toContain(
      '1. Triển khai sổ sức khỏe điện tử (chủ trì: Sở Y tế; thời hạn: 31/03/2025)',
    )
  })
})
