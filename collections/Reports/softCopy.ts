import type { CollectionAfterChangeHook } from 'payload'

import { formatPeriod } from '../../hooks/rules/reportPeriods'
import type { Report } from '../../payload-types'
import { DOCX_MIME_TYPE } from '../../src/documents/decree30'
import { renderReportDocx } from '../../src/documents/reportDocx'
import { queueNotification } from '../../src/email/outbox'
import { storedFileName } from '../../src/lib/fileNames'
import { idOf } from '../../src/lib/relations'

const SENT = new Set(['submitted', 'resubmitted'])

/** One soft copy per report and submission: a repeated save of the same submission sends none. */
export const softCopyKey = (reportId: number | string, submittedAt: string) =>
  `report-soft-copy:${reportId}:${submittedAt}`

/**
 * R12.3a: when a report is submitted (or resubmitted), its soft copy (a DOCX in the Decree 30
 * layout) goes to the standing body's address from the charter settings, through the outbox, in
 * the report's own transaction. Nothing is sent when no address is set.
 */
export const sendSoftCopy: CollectionAfterChangeHook<Report> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (req.context.seeding || !SENT.has(doc.status) || previousDoc?.status === doc.status) return doc
  const settings = await req.payload.findGlobal({
    slug: 'charter-settings',
    select: { standingBodyEmail: true },
    depth: 0,
    overrideAccess: true,
    req,
  })
  const address = settings.standingBodyEmail?.trim()
  if (!address) return doc
  const submittedAt = doc.lastSubmittedAt ?? doc.submittedAt ?? new Date().toISOString()
  const { docx, agencyName } = await renderReportDocx(req, doc)
  const month = formatPeriod(doc.period)
  // Stored as the agency's file: the outbox names it and reads it when the message goes. The
  // name carries the agency (the standing body receives one per agency) and the report's id.
  const filename = storedFileName(
    ['bao-cao-thang', doc.period, agencyName, `bc${doc.id}`],
    'docx',
  )
  const file = await req.payload.create({
    collection: 'media',
    data: {
      title: `Bản mềm ${doc.title ?? `báo cáo tháng ${month}`}`.slice(0, 250),
      agency: idOf(doc.agency) as number,
    },
    file: { data: docx, name: filename, mimetype: DOCX_MIME_TYPE, size: docx.length },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await queueNotification(req, {
    to: [address],
    subject: doc.title ?? `Báo cáo tháng ${month}`,
    text: [
      `Kính gửi Cơ quan thường trực Tổ công tác Đề án 06,`,
      '',
      `${doc.title ?? `Báo cáo tháng ${month}`} đã được ${doc.status === 'resubmitted' ? 'gửi lại' : 'gửi'} trên hệ thống.`,
      'Bản mềm của báo cáo (định dạng DOCX) được đính kèm thư này.',
    ].join('\n'),
    attachments: [{ media: file.id, filename }],
    kind: 'report-soft-copy',
    related: { collection: 'reports', id: doc.id },
    dedupeKey: softCopyKey(doc.id, submittedAt),
  })
  return doc
}
