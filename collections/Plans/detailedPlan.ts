import type { PayloadRequest } from 'payload'

import { assertField } from '../../src/lib/assertVerdict'
import { isProvincialPlan } from '../../hooks/rules/plans'
import { recordIdOf } from '../../src/lib/safeInput'
import { COLLECTION } from './planShared'

/** R6.4: a detailed plan names its agency and the approved provincial plan of its year. */
export const checkDetailedPlan = async (
  req: PayloadRequest,
  data: Record<string, unknown>,
  merged: Record<string, unknown>,
) => {
  if (!isDetailedPlan(merged.kind)) {
    data.agency = null
    data.parentPlan = null
    return
  }
  assertField(
    merged.agency != null && merged.agency !== '',
    req,
    'agency',
    {
      vi: 'Kế hoạch chi tiết phải ghi rõ cơ quan, đơn vị (Điều 6 khoản 4).',
      en: 'A detailed plan names its agency (Art. 6(4)).',
    },
    COLLECTION,
  )
  const parentId = recordIdOf(merged.parentPlan)
  const parent =
    parentId === null
      ? null
      : await req.payload.findByID({
          collection: COLLECTION,
          id: parentId,
          depth: 0,
          select: { kind: true, year: true, status: true },
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  assertField(
    parent !== null &&
      parent.status === 'approved' &&
      isProvincialPlan(parent.kind) &&
      parent.year === merged.year,
    req,
    'parentPlan',
    {
      vi: 'Kế hoạch chi tiết phải chi tiết hóa một chương trình, kế hoạch của tỉnh đã được phê duyệt cùng năm (Điều 6 khoản 4).',
      en: 'A detailed plan details an approved provincial programme or plan of the same year (Art. 6(4)).',
    },
    COLLECTION,
  )
}

const isDetailedPlan = (kind: unknown) => kind === 'agency-detailed-plan'
