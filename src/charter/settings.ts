import type { PayloadRequest } from 'payload'

import {
  CHARTER_DEFAULTS,
  settingsOn,
  type CharterNumbers,
} from '../../hooks/rules/charterSettings'
import type { ReportCadence } from '../../hooks/rules/supportGroupReport'
import { dayKeyOf } from '../fields/dates'

/** The charter-settings global, read once per request; a save of it forgets the copy. */
const charterSettingsOf = (req: PayloadRequest) => {
  type Settings = Awaited<ReturnType<typeof readSettings>>
  const kept = req.context.charterSettingsRead as Promise<Settings> | undefined
  if (kept) return kept
  const read = readSettings(req)
  req.context.charterSettingsRead = read
  read.catch(() => delete req.context.charterSettingsRead)
  return read
}

const readSettings = (req: PayloadRequest) =>
  req.payload.findGlobal({ slug: 'charter-settings', depth: 0, overrideAccess: true, req })

/** For the global's afterChange: later reads in the same request see the saved edition. */
export const forgetCharterSettingsRead = ({ req }: { req: PayloadRequest }) => {
  delete req.context.charterSettingsRead
}

/**
 * The charter's numbers in force on `day` (R14.3: amendments apply from their effective date);
 * the charter as adopted when no edition exists yet. A system read: no access control.
 */
export const charterNumbersOn = async (
  req: PayloadRequest,
  day: string,
): Promise<CharterNumbers> => {
  const settings = await charterSettingsOf(req)
  const editions = (settings.editions ?? []).map((edition) => ({
    ...CHARTER_DEFAULTS,
    ...(edition as Partial<CharterNumbers>),
    effectiveFrom: dayKeyOf(edition.effectiveFrom) ?? '',
  }))
  return settingsOn(editions, day) ?? { effectiveFrom: '', ...CHARTER_DEFAULTS }
}

/** R7.6: how often the Support Group reports to the Working Group (monthly unless set). */
export const supportGroupReportCadence = async (req: PayloadRequest): Promise<ReportCadence> =>
  (await charterSettingsOf(req)).supportGroupReportCadence === 'quarter' ? 'quarter' : 'month'
