import type { CollectionAfterChangeHook } from 'payload'

import { agencyAddresses, noticeSubject, noticeText, recordLinkOf } from '../../src/dataCalls/mail'
import { dayKeyOf } from '../../src/fields/dates'
import { queueNotification } from '../../src/email/outbox'
import { idOf } from '../../src/lib/relations'
import type { Id } from '../../src/lib/ids'

export const noticeDedupeKey = (call: Id, agency: Id) => `data-call-notice:${call}:${agency}`

/**
 * R7.5: sending the call makes one response per agency asked and queues one notice per agency
 * (its contact email and its reporters) with the link to its answer form and the due date, all in
 * the call's own transaction: a failure leaves the call a draft with nothing sent.
 */
export const openResponses: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (previousDoc?.status !== 'draft' || doc.status !== 'open') return doc
  const dueDay = dayKeyOf(doc.dueDate)!
  const agencies = (Array.isArray(doc.agencies) ? doc.agencies : [])
    .map(idOf)
    .filter((id: Id | null): id is Id => id !== null)
  const addresses = await agencyAddresses(req, agencies)
  for (const agency of agencies) {
    const entry = addresses.get(String(agency))
    const response = await req.payload.create({
      collection: 'data-call-responses',
      data: {
        call: doc.id,
        agency: agency as number,
        title: `${doc.title} — ${entry?.name ?? ''}`.slice(0, 600),
        status: 'pending',
        dueDate: doc.dueDate,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (!entry || entry.to.length === 0) {
      req.payload.logger.warn(`R7.5: ${entry?.name ?? agency} has no address for the data call`)
      continue
    }
    const message = {
      title: doc.title,
      agencyName: entry.name,
      dueDay,
      link: recordLinkOf(req, 'data-call-responses', response.id),
    }
    await queueNotification(req, {
      to: entry.to,
      subject: noticeSubject(message),
      text: noticeText(message),
      kind: 'other',
      related: { collection: 'data-call-responses', id: response.id },
      dedupeKey: noticeDedupeKey(doc.id, agency),
    })
  }
  return doc
}
