import type { CollectionAfterChangeHook } from 'payload'

import { formatPeriod } from '../../hooks/rules/reportPeriods'
import type { Report } from '../../payload-types'
import { softCopyKey } from '../../src/documents/reportSoftCopy'
import { queueNotification } from '../../src/email/outbox'

const SENT = new Set(['submitted', 'resubmitted'])

/**
 * R12.3a: when a report is submitted (or resubmitted), its soft copy (a DOCX in the Decree 30
 * layout) goes to the standing body's address from the charter settings. The message is queued in
 * the report's own transaction; the DOCX is rendered when the message is delivered, from the
 * report as it stood at that submission (src/documents/reportSoftCopy.ts), so submitting stays
 * quick. Nothing is sent when no address is set.
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
  const title = doc.title ?? `Báo cáo tháng ${formatPeriod(doc.period)}`
  await queueNotification(req, {
    to: [address],
    subject: title,
    text: [
      `Kính gửi Cơ quan thường trực Tổ công tác Đề án 06,`,
      '',
      `${title} đã được ${doc.status === 'resubmitted' ? 'gửi lại' : 'gửi'} trên hệ thống.`,
      'Bản mềm của báo cáo (định dạng DOCX) được đính kèm thư này.',
    ].join('\n'),
    kind: 'report-soft-copy',
    related: { collection: 'reports', id: doc.id },
    dedupeKey: softCopyKey(doc.id, submittedAt),
  })
  return doc
}
