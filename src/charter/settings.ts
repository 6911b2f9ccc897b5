import type { PayloadRequest } from 'payload'

import {
  CHARTER_DEFAULTS,
  settingsOn,
  type CharterNumbers,
} from '../../hooks/rules/charterSettings'
import { dayKeyOf } from '../fields/dates'

/**
 * The charter's numbers in force on `day` (R14.3: amendments apply from their effective date);
 * the charter as adopted when no edition exists yet. A system read: no access control.
 */
export const charterNumbersOn = async (
  req: PayloadRequest,
  day: string,
): Promise<CharterNumbers> => {
  const settings = await req.payload.findGlobal({
    slug: 'charter-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const editions = (settings.editions ?? []).map((edition) => ({
    ...CHARTER_DEFAULTS,
    ...(edition as Partial<CharterNumbers>),
    effectiveFrom: dayKeyOf(edition.effectiveFrom) ?? '',
  }))
  return settingsOn(editions, day) ?? { effectiveFrom: '', ...CHARTER_DEFAULTS }
}
