import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import type { Document } from '../../payload-types'
import { checkUrgingIssue } from '../../hooks/rules/urging'
import { queueNotification } from '../../src/email/outbox'
import { assertVerdict } from '../../src/lib/assertVerdict'
import { idOf } from '../../src/lib/relations'

/** R7.2: an urging letter is issued only with the agency it urges named. */
export const enforceUrgingIssue: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  req,
  context,
}) => {
  if (context.issueDocument === true) {
    assertVerdict(checkUrgingIssue({ ...originalDoc, ...data }), req, 'documents')
  }
  return data
}

/** One notice per issued letter. */
export const urgingNoticeKey = (id: number | string) => `urging-letter:${id}`

/**
 * R7.2: an issued urging letter goes to the agency it urges, through the outbox, in the issue's
 * own transaction, its file attached. Nothing is sent when the agency has no address.
 */
export const sendUrgingNotice: CollectionAfterChangeHook<Document> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (
    req.context.seeding ||
    doc.kind !== 'urging-letter' ||
    doc.status !== 'issued' ||
    previousDoc?.status === 'issued'
  ) {
    return doc
  }
  const agencyId = idOf(doc.urgedAgency)
  if (agencyId === null) return doc
  const agency = await req.payload.findByID({
    collection: 'agencies',
    id: agencyId,
    select: { name: true, contactEmail: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const address = agency?.contactEmail?.trim()
  if (!agency || !address) return doc
  const file = idOf(doc.file)
  await queueNotification(req, {
    to: [address],
    subject: `Văn bản số ${doc.symbol ?? ''} ${doc.title}`.slice(0, 300),
    text: [
      `Kính gửi: ${agency.name},`,
      '',
      `Tổ công tác Đề án 06 ban hành văn bản số ${doc.symbol ?? ''} ${doc.title}.`,
      file === null
        ? 'Văn bản được đăng trên hệ thống.'
        : 'Văn bản (định dạng DOCX) được đính kèm thư này.',
    ].join('\n'),
    attachments: file === null ? [] : [{ media: file, filename: 'van-ban-don-doc.docx' }],
    kind: 'other',
    related: { collection: 'documents', id: doc.id },
    dedupeKey: urgingNoticeKey(doc.id),
  })
  return doc
}
