import type { PayloadRequest } from 'payload'

import { formatPeriod } from '../../hooks/rules/reportPeriods'
import type { Notification, Report } from '../../payload-types'
import { storedFileName } from '../lib/fileNames'
import { idOf } from '../lib/relations'
import { DOCX_MIME_TYPE } from './decree30'
import { formatVnDateTimeShort } from './issuers'
import { renderReportDocx } from './reportDocx'

// R12.3a: the soft copy of a submitted report, queued by the report's hook
// (collections/Reports/softCopy.ts) and rendered by the delivery job when the message goes.

const KEY_PREFIX = 'report-soft-copy:'

/** One soft copy per report and submission: a repeated save of the same submission sends none. */
export const softCopyKey = (reportId: number | string, submittedAt: string) =>
  `${KEY_PREFIX}${reportId}:${submittedAt}`

/** The submission time a soft copy's key names (its report is the message's related record). */
const submittedAtOf = (note: Notification): string | null => {
  const prefix = `${KEY_PREFIX}${note.relatedId}:`
  return note.dedupeKey?.startsWith(prefix) ? note.dedupeKey.slice(prefix.length) : null
}

/** The report as it was submitted: the first version stored with that submission time. */
const submittedVersion = async (req: PayloadRequest, reportId: string, submittedAt: string) => {
  const { docs } = await req.payload.findVersions({
    collection: 'reports',
    where: {
      and: [
        { parent: { equals: reportId } },
        { 'version.lastSubmittedAt': { equals: submittedAt } },
      ],
    },
    sort: 'updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const version = docs[0]
  return version ? ({ ...version.version, id: version.parent } as Report) : null
}

/**
 * R12.3a: renders a soft copy's DOCX (once: a retried delivery reuses it), stores it as the
 * agency's file and returns the message with it attached. Other messages pass unchanged.
 */
export const attachSoftCopy = async (
  req: PayloadRequest,
  note: Notification,
): Promise<Notification> => {
  if (note.kind !== 'report-soft-copy' || (note.attachments ?? []).length > 0) return note
  const submittedAt = submittedAtOf(note)
  const report = submittedAt && (await submittedVersion(req, note.relatedId!, submittedAt))
  if (!report) {
    throw new Error(
      `Không tìm thấy bản báo cáo đã gửi${submittedAt ? ` lúc ${formatVnDateTimeShort(submittedAt)}` : ''} để lập bản mềm; mời gửi lại báo cáo hoặc liên hệ quản trị viên.`,
    )
  }
  const { docx, agencyName } = await renderReportDocx(req, report)
  // Stored as the agency's file: the outbox names it and reads it when the message goes. The
  // name carries the agency (the standing body receives one per agency) and the report's id.
  const filename = storedFileName(
    ['bao-cao-thang', report.period, agencyName, `bc${note.relatedId}`],
    'docx',
  )
  const file = await req.payload.create({
    collection: 'media',
    data: {
      title: `Bản mềm ${report.title ?? `báo cáo tháng ${formatPeriod(report.period)}`}`.slice(
        0,
        250,
      ),
      agency: idOf(report.agency) as number,
    },
    file: { data: docx, name: filename, mimetype: DOCX_MIME_TYPE, size: docx.length },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return req.payload.update({
    collection: 'notifications',
    id: note.id,
    data: { attachments: [{ media: file.id, filename }] },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
