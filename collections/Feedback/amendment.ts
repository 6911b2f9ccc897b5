import { createLocalReq, type Payload, type PayloadRequest, type TypedUser } from 'payload'

import type { Feedback } from '../../payload-types'
import { assertField, assertVerdict } from '../../src/lib/assertVerdict'
import { amendedEdition, type Amendment } from '../../hooks/rules/feedback'
import { withTransaction } from '../../src/db/withTransaction'
import { dayKeyOf } from '../../src/fields/dates'
import { isDateKey, vnDayStart, vnToday } from '../../src/lib/clock'

const COLLECTION = 'feedback'

type EditionRow = Record<string, unknown> & { effectiveFrom: string }

/**
 * R14.3: the Head has accepted an amendment the standing body forwarded. Adds a charter-settings
 * edition taking effect on its date (the edition in force then, with the changes) and records it
 * on the feedback item, both in one transaction. With a `user`, access applies: the standing
 * body's secretariat records the Head's decision (`basis`).
 */
export const acceptAmendment = async (
  payload: Payload,
  id: number | string,
  amendment: Amendment,
  options: { user?: TypedUser | null; i18n?: PayloadRequest['i18n'] } = {},
): Promise<Feedback> => {
  const req = await createLocalReq(
    { user: options.user ?? undefined, req: options.i18n ? { i18n: options.i18n } : undefined },
    payload,
  )
  const asCaller = { overrideAccess: !options.user, user: options.user ?? undefined, req }
  return withTransaction(req, async () => {
    const item = await payload.findByID({ collection: COLLECTION, id, depth: 0, ...asCaller })
    assertField(
      item.status === 'forwarded-as-amendment' && !item.amendment?.effectiveFrom,
      req,
      'status',
      {
        vi: 'Chỉ ban hành sửa đổi cho đề xuất đã được Cơ quan thường trực tổng hợp, báo cáo Tổ trưởng và chưa được ban hành (Điều 14 khoản 3).',
        en: 'Only a proposal the standing body forwarded to the Head, not yet adopted, becomes an amendment (Art. 14(3)).',
      },
      COLLECTION,
    )
    assertField(
      isDateKey(amendment.effectiveFrom),
      req,
      'effectiveFrom',
      { vi: 'Ngày hiệu lực không hợp lệ.', en: 'The effective date is not a valid date.' },
      COLLECTION,
    )
    const settings = await payload.findGlobal({ slug: 'charter-settings', depth: 0, req })
    const stored = (settings.editions ?? []) as unknown as EditionRow[]
    const editions = stored.map((row) => ({
      ...(row as unknown as Parameters<typeof amendedEdition>[0][number]),
      effectiveFrom: dayKeyOf(row.effectiveFrom) ?? '',
    }))
    const result = amendedEdition(editions, amendment, vnToday())
    if (!result.ok) assertVerdict(result, req, COLLECTION)
    const { edition } = result as Extract<typeof result, { ok: true }>
    const effectiveFrom = vnDayStart(amendment.effectiveFrom).toISOString()
    await payload.updateGlobal({
      slug: 'charter-settings',
      data: {
        editions: [...stored, { ...edition, effectiveFrom, basis: amendment.basis }] as never,
      },
      depth: 0,
      ...asCaller,
    })
    const updated = await payload.update({
      collection: COLLECTION,
      id,
      data: { amendment: { effectiveFrom, basis: amendment.basis } },
      depth: 0,
      overrideAccess: true,
      context: { feedbackSystemWrite: true },
      req,
    })
    return updated
  })
}
