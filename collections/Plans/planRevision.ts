import type { PayloadRequest } from 'payload'

import { assertField } from '../../src/lib/assertVerdict'
import { idOf } from '../../src/lib/relations'
import { recordIdOf } from '../../src/lib/safeInput'
import { COLLECTION, type ItemRow } from './planShared'

/** A revision is a new version of an approved plan: same kind and year, items carried over. */
export const prepareRevision = async (req: PayloadRequest, data: Record<string, unknown>) => {
  const parentId = recordIdOf(data.revisionOf)
  if (data.revisionOf == null || data.revisionOf === '') {
    data.version = 1
    return
  }
  const parent =
    parentId === null
      ? null
      : await req.payload.findByID({
          collection: COLLECTION,
          id: parentId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  assertField(
    parent !== null && parent.status === 'approved',
    req,
    'revisionOf',
    {
      vi: 'Chỉ sửa đổi một chương trình, kế hoạch đã được phê duyệt.',
      en: 'Only an approved programme or plan can be revised.',
    },
    COLLECTION,
  )
  assertField(
    (data.kind == null || data.kind === parent!.kind) &&
      (data.year == null || data.year === parent!.year),
    req,
    'kind',
    {
      vi: 'Bản sửa đổi giữ nguyên loại và năm của kế hoạch gốc.',
      en: 'A revision keeps the kind and year of the plan it revises.',
    },
    COLLECTION,
  )
  const revised = await req.payload.count({
    collection: COLLECTION,
    where: { revisionOf: { equals: parentId } },
    overrideAccess: true,
    req,
  })
  assertField(
    revised.totalDocs === 0,
    req,
    'revisionOf',
    {
      vi: 'Kế hoạch này đã có bản sửa đổi; hãy sửa đổi từ bản mới nhất.',
      en: 'This plan already has a revision; revise the latest version.',
    },
    COLLECTION,
  )
  data.kind = parent!.kind
  data.year = parent!.year
  data.title ??= parent!.title
  data.agency = idOf(parent!.agency)
  data.parentPlan = idOf(parent!.parentPlan)
  data.version = (parent!.version ?? 1) + 1
  const items = (data.items ?? []) as ItemRow[]
  if (items.length === 0) {
    // Carried-over items keep their tasks; only new items become tasks on approval.
    data.items = ((parent!.items ?? []) as ItemRow[]).map((row) => ({
      content: row.content,
      leadAgency: idOf(row.leadAgency),
      dueDate: row.dueDate,
      task: idOf(row.task),
    }))
  }
}
