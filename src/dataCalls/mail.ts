import type { PayloadRequest } from 'payload'

import { formatDayKey } from '../../hooks/rules/terms'
import { serverUrlOf } from '../email/attachments'
import type { Id } from '../lib/ids'

// R7.5: the data-call messages to an agency and the standing body, and the links they carry.

// Who they go to lives with the other recipients of the system's messages.
export { agencyAddresses, standingBodyInbox } from '../email/recipients'

/** The admin page of a record (login required), or its path when no public address is set. */
export const recordLinkOf = (req: PayloadRequest, collection: string, id: Id): string =>
  `${serverUrlOf(req.payload) ?? ''}${req.payload.config.routes.admin}/collections/${collection}/${id}`

export type CallMessage = {
  title: string
  agencyName: string
  dueDay: string
  link: string
}

export const noticeSubject = (m: CallMessage) =>
  `Đề nghị báo cáo nhanh số liệu: ${m.title} (hạn ${formatDayKey(m.dueDay)})`

export const noticeText = (m: CallMessage) =>
  [
    `Kính gửi: ${m.agencyName}`,
    '',
    `Tổ giúp việc Tổ công tác Đề án 06 đề nghị quý cơ quan báo cáo nhanh số liệu: ${m.title}.`,
    `Thời hạn gửi: hết ngày ${formatDayKey(m.dueDay)}.`,
    '',
    `Nhập số liệu trực tuyến hoặc tải lên biểu mẫu Excel tại: ${m.link}`,
    '',
    'Trân trọng.',
  ].join('\n')

export const reminderSubjectOf = (m: CallMessage) =>
  `Nhắc hạn báo cáo nhanh số liệu: ${m.title} (hạn ${formatDayKey(m.dueDay)})`

export const reminderTextOf = (m: CallMessage) =>
  [
    `Kính gửi: ${m.agencyName}`,
    '',
    `Đến nay quý cơ quan chưa gửi số liệu theo đề nghị báo cáo nhanh: ${m.title}.`,
    `Thời hạn gửi: hết ngày ${formatDayKey(m.dueDay)} (ngày làm việc tiếp theo).`,
    '',
    `Nhập số liệu tại: ${m.link}`,
  ].join('\n')

export const returnSubjectOf = (m: CallMessage) => `Trả lại số liệu báo cáo nhanh: ${m.title}`

export const returnTextOf = (m: CallMessage & { reason: string }) =>
  [
    `Kính gửi: ${m.agencyName}`,
    '',
    `Cơ quan thường trực trả lại số liệu báo cáo nhanh "${m.title}" để quý cơ quan hoàn thiện.`,
    `Lý do: ${m.reason}`,
    `Thời hạn gửi: hết ngày ${formatDayKey(m.dueDay)}.`,
    '',
    `Hoàn thiện và gửi lại tại: ${m.link}`,
  ].join('\n')
