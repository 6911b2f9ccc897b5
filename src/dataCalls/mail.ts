import type { PayloadRequest } from 'payload'

import { formatDayKey } from '../../hooks/rules/terms'
import { serverUrlOf } from '../email/attachments'
import { idOf } from '../lib/relations'
import type { Id } from '../lib/ids'

// R7.5: who an agency's data-call messages go to and the links they carry. System reads.

const system = (req: PayloadRequest) => ({ depth: 0, overrideAccess: true, req }) as const

/** Each agency's addresses: its contact email and its reporters' accounts, by agency id. */
export const agencyAddresses = async (
  req: PayloadRequest,
  agencies: readonly Id[],
): Promise<Map<string, { name: string; to: string[] }>> => {
  if (agencies.length === 0) return new Map()
  const [{ docs: rows }, { docs: users }] = await Promise.all([
    req.payload.find({
      collection: 'agencies',
      where: { id: { in: [...agencies] } },
      select: { name: true, contactEmail: true },
      pagination: false,
      ...system(req),
    }),
    req.payload.find({
      collection: 'users',
      where: { and: [{ agency: { in: [...agencies] } }, { roles: { in: ['reporter'] } }] },
      select: { email: true, agency: true },
      pagination: false,
      ...system(req),
    }),
  ])
  const byAgency = new Map<string, { name: string; to: string[] }>()
  for (const row of rows) {
    byAgency.set(String(row.id), {
      name: row.name,
      to: row.contactEmail ? [row.contactEmail] : [],
    })
  }
  for (const user of users) {
    const entry = byAgency.get(String(idOf(user.agency)))
    if (entry && user.email) entry.to.push(user.email)
  }
  return byAgency
}

/** The standing body's report inbox (charter settings), else the standing body's own address. */
export const standingBodyInbox = async (req: PayloadRequest): Promise<string | null> => {
  const settings = await req.payload.findGlobal({ slug: 'charter-settings', ...system(req) })
  if (settings.standingBodyEmail) return settings.standingBodyEmail
  const { docs } = await req.payload.find({
    collection: 'agencies',
    where: { isStandingBody: { equals: true } },
    select: { contactEmail: true },
    limit: 1,
    pagination: false,
    ...system(req),
  })
  return docs[0]?.contactEmail ?? null
}

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
