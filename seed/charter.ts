import type { Payload } from 'payload'

import { CHARTER_DEFAULTS } from '../hooks/rules/charterSettings'
import { vnDay } from './shared'

export const STANDING_BODY_EMAIL = 'thuongtruc.de-an-06@quangnam.example.gov.vn'

/** The charter as adopted (Quyết định 96/QĐ-TCT, 01/07/2022), written only when no edition exists. */
export const seedCharterSettings = async (payload: Payload): Promise<boolean> => {
  const current = await payload.findGlobal({
    slug: 'charter-settings',
    overrideAccess: true,
    depth: 0,
  })
  const editions = (current.editions ?? []) as unknown[]
  if (editions.length > 0) return false
  await payload.updateGlobal({
    slug: 'charter-settings',
    data: {
      standingBodyEmail: current.standingBodyEmail || STANDING_BODY_EMAIL,
      editions: [
        {
          effectiveFrom: vnDay('2022-07-01'),
          basis: 'Quyết định 96/QĐ-TCT ngày 01/7/2022',
          ...CHARTER_DEFAULTS,
        },
      ],
    },
    overrideAccess: true,
    depth: 0,
    context: { skipAudit: true },
  })
  return true
}
