import { format } from 'date-fns'

import { formatDayKey } from '../../hooks/rules/terms'
import { toVnDateKey, vnTz, weekdayOfKey } from '../../src/lib/clock'

// The Vietnamese texts of the meeting notice (R11.3a) and of the conclusions (R11.3b).
const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy']

/** "08:00, thứ Hai, ngày 03/02/2025" in Vietnam time. */
export const formatVnDateTime = (instant: string): string => {
  const day = toVnDateKey(instant)
  return `${format(new Date(instant), 'HH:mm', { in: vnTz })}, ${WEEKDAYS[weekdayOfKey(day)]}, ngày ${formatDayKey(day)}`
}

const formatVnTime = (instant: string) => format(new Date(instant), 'HH:mm', { in: vnTz })

export type DocumentLink = { title: string; url: string | null; attached: boolean }

export type NoticeMessage = {
  recipientName: string | null
  meetingTitle: string
  groupName: string
  start: string
  end: string
  place: string | null
  onlineLink: string | null
  chairName: string | null
  /** R12.1: the invitees by their post at the home agency and their seat. */
  invitees?: string[]
  agenda: { title: string; presenter: string | null; documents: DocumentLink[] }[]
  followUps: { title: string; lead: string | null; due: string | null; overdue: boolean }[]
  meetingUrl: string | null
}

export const FOLLOW_UP_TITLE = 'Theo dõi thực hiện kết luận các cuộc họp trước'

export const noticeSubject = (message: NoticeMessage): string =>
  `Giấy mời họp: ${message.meetingTitle}`.slice(0, 300)

const documentLine = (doc: DocumentLink) =>
  `${doc.title}${doc.attached ? ' (đính kèm)' : ''}${doc.url ? `: ${doc.url}` : ''}`

/** The notice as plain text: addressee, time, place, chair, agenda with documents, follow-up. */
export const noticeText = (message: NoticeMessage): string => {
  const lines = [
    `Kính gửi: ${message.recipientName ?? 'Quý đại biểu'},`,
    '',
    `${message.groupName} trân trọng kính mời dự ${message.meetingTitle}.`,
    '',
    `Thời gian: từ ${formatVnDateTime(message.start)} đến ${formatVnTime(message.end)}.`,
  ]
  if (message.place) lines.push(`Địa điểm: ${message.place}.`)
  if (message.onlineLink) lines.push(`Họp trực tuyến: ${message.onlineLink}`)
  if (message.chairName) lines.push(`Chủ trì: ${message.chairName}.`)
  if (message.invitees?.length) {
    lines.push('', 'Thành phần:')
    for (const invitee of message.invitees) lines.push(`   - ${invitee}`)
  }
  lines.push('', 'Nội dung:')
  message.agenda.forEach((item, index) => {
    lines.push(
      `${index + 1}. ${item.title}${item.presenter ? ` (trình bày: ${item.presenter})` : ''}`,
    )
    for (const doc of item.documents) lines.push(`   - Tài liệu: ${documentLine(doc)}`)
  })
  if (message.followUps.length > 0) {
    lines.push(`${message.agenda.length + 1}. ${FOLLOW_UP_TITLE}:`)
    for (const task of message.followUps) {
      const details = [
        task.lead ? `chủ trì: ${task.lead}` : null,
        task.due ? `hạn ${formatDayKey(task.due)}${task.overdue ? ', quá hạn' : ''}` : null,
      ].filter(Boolean)
      lines.push(`   - ${task.title}${details.length ? ` (${details.join('; ')})` : ''}`)
    }
  }
  lines.push(
    '',
    'Đề nghị nghiên cứu tài liệu, chuẩn bị ý kiến và báo cáo phần việc được phân công. Trường hợp không thể dự họp, đề nghị báo cáo người chủ trì và cử người dự họp thay có văn bản ủy quyền (Điều 6 khoản 2, Điều 11 khoản 4 Quy chế).',
  )
  if (message.meetingUrl) lines.push('', `Hồ sơ cuộc họp: ${message.meetingUrl}`)
  return lines.join('\n')
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

const linkify = (line: string) =>
  escapeHtml(line).replace(/(https?:\/\/[^\s<]+)/g, (url) => `<a href="${url}">${url}</a>`)

/** The same text as simple HTML (paragraphs, links). */
export const asHtml = (text: string): string =>
  text
    .split('\n\n')
    .map((block) => `<p>${block.split('\n').map(linkify).join('<br>')}</p>`)
    .join('\n')

export type ConclusionsMessage = {
  recipientName: string
  meetingTitle: string
  groupName: string
  number: string | null
  issuedOn: string
  chairName: string | null
  summary: string
  items: { content: string; lead: string | null; due: string | null }[]
  meetingUrl: string | null
}

export const conclusionsSubject = (message: ConclusionsMessage): string =>
  `${message.number ? `Thông báo kết luận số ${message.number}` : 'Thông báo kết luận'}: ${message.meetingTitle}`.slice(
    0,
    300,
  )

/** The conclusions as plain text: the chair's conclusions and the tasks they assign. */
export const conclusionsText = (message: ConclusionsMessage): string => {
  const lines = [
    `Kính gửi: ${message.recipientName},`,
    '',
    `${message.groupName} thông báo ý kiến kết luận${message.chairName ? ` của đồng chí ${message.chairName}` : ''} tại ${message.meetingTitle}${message.number ? ` (Thông báo số ${message.number}, ngày ${formatDayKey(message.issuedOn)})` : ''}:`,
    '',
    message.summary,
  ]
  if (message.items.length > 0) {
    lines.push('', 'Nhiệm vụ giao:')
    message.items.forEach((item, index) => {
      const details = [
        item.lead ? `chủ trì: ${item.lead}` : null,
        item.due ? `thời hạn: ${formatDayKey(item.due)}` : null,
      ].filter(Boolean)
      lines.push(`${index + 1}. ${item.content}${details.length ? ` (${details.join('; ')})` : ''}`)
    })
  }
  lines.push(
    '',
    'Đề nghị các thành viên Tổ công tác tổ chức thực hiện các ý kiến kết luận thuộc ngành, lĩnh vực phụ trách và báo cáo kết quả (Điều 6 khoản 2 Quy chế).',
  )
  if (message.meetingUrl) lines.push('', `Hồ sơ cuộc họp: ${message.meetingUrl}`)
  return lines.join('\n')
}
