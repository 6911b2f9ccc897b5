import type { Payload } from 'payload'

import { AGENCY_KINDS } from '../collections/Agencies'
import agencyData from './data/agencies.json' with { type: 'json' }
import unitData from './data/quang-nam-units.json' with { type: 'json' }
import { bump, SEED_OPTIONS, vnDay, type Id, type Tally } from './shared'

export type AgencyKind =
  | 'police'
  | 'people_committee'
  | 'provincial_office'
  | 'department'
  | 'vertical_agency'
  | 'state_enterprise'
  | 'mass_organization'
  | 'media'
  | 'district'
  | 'commune'
  | 'local_working_group'

/** The natural key of an agency: `kind:code` (codes are reused across kinds and over time). */
export type AgencyKey = `${AgencyKind}:${string}`

export type AgencySeed = {
  key: AgencyKey
  code: string
  kind: AgencyKind
  name: string
  nameEn?: string
  adminUnitCode?: string
  parent?: AgencyKey
  replacedBy?: AgencyKey
  validFrom?: string
  validTo?: string
}

export type AgencyIds = Map<AgencyKey, Id>

export const MAIL_DOMAIN = 'quangnam.example.gov.vn'

const KNOWN_KINDS = new Set(AGENCY_KINDS.map((option) => option.value))

const asKind = (value: string): AgencyKind => {
  if (!KNOWN_KINDS.has(value)) throw new Error(`seed: unknown agency kind "${value}"`)
  return value as AgencyKind
}

export const agencyKey = (kind: AgencyKind, code: string): AgencyKey => `${kind}:${code}`

const UNIT_TYPES: Record<string, { vi: string; en: string }> = {
  thanh_pho: { vi: 'thành phố', en: 'City' },
  thi_xa: { vi: 'thị xã', en: 'Town' },
  huyen: { vi: 'huyện', en: 'District' },
  phuong: { vi: 'phường', en: 'Ward' },
  xa: { vi: 'xã', en: 'Commune' },
  thi_tran: { vi: 'thị trấn', en: 'Township' },
}

const ascii = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')

type UnitRow = (typeof unitData.units)[number] & { validFrom?: string; replacedBy?: string }

/** Provincial bodies (agencies.json) first, then district- and commune-level People's Committees. */
export const agencySeeds = (): AgencySeed[] => {
  const byCode = new Map(
    agencyData.agencies.map((row) => [row.code, agencyKey(asKind(row.kind), row.code)]),
  )
  const resolve = (code: string | undefined): AgencyKey | undefined => {
    if (code === undefined) return undefined
    const key = byCode.get(code)
    if (!key) throw new Error(`seed: agencies.json refers to unknown agency code "${code}"`)
    return key
  }
  const bodies = agencyData.agencies.map((row): AgencySeed => ({
    key: byCode.get(row.code)!,
    code: row.code,
    kind: asKind(row.kind),
    name: row.name,
    nameEn: row.nameEn,
    adminUnitCode: row.adminUnitCode,
    parent: resolve(row.parent),
    replacedBy: resolve(row.replacedBy),
    validFrom: row.validFrom,
    validTo: row.validTo,
  }))

  // The province's unit is represented by the People's Committee that carries its GSO code.
  const unitAgency = new Map<string, AgencyKey>()
  bodies.forEach((body) => body.adminUnitCode && unitAgency.set(body.adminUnitCode, body.key))

  const units = (unitData.units as UnitRow[]).filter((unit) => unit.level > 1)
  units.forEach((unit) =>
    unitAgency.set(unit.code, agencyKey(unit.level === 2 ? 'district' : 'commune', unit.code)),
  )
  const localBodies = units.map((unit): AgencySeed => {
    const type = UNIT_TYPES[unit.type]
    if (!type) throw new Error(`seed: unknown unit type "${unit.type}" (${unit.code})`)
    return {
      key: unitAgency.get(unit.code)!,
      code: unit.code,
      kind: unit.level === 2 ? 'district' : 'commune',
      name: `UBND ${type.vi} ${unit.shortName}`,
      nameEn: `${ascii(unit.shortName)} ${type.en} People's Committee`,
      adminUnitCode: unit.code,
      parent: unit.parentCode ? unitAgency.get(unit.parentCode) : undefined,
      replacedBy: unit.replacedBy ? unitAgency.get(unit.replacedBy) : undefined,
      validFrom: unit.validFrom,
      validTo: unit.validTo,
    }
  })
  // Districts before their communes, so that every parent exists when a child is created.
  localBodies.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'district' ? -1 : 1))
  return [...bodies, ...localBodies]
}

export const contactEmailOf = (code: string): string =>
  `vanthu.${code.toLowerCase().replace(/_/g, '-')}@${MAIL_DOMAIN}`

/** Creates the agencies that are missing (by kind + code); returns the id of every seeded agency. */
export const seedAgencies = async (payload: Payload, tally: Tally): Promise<AgencyIds> => {
  const existing = await payload.find({
    collection: 'agencies',
    pagination: false,
    ...SEED_OPTIONS,
  })
  const ids: AgencyIds = new Map()
  const replacedBy = new Map<AgencyKey, unknown>()
  for (const doc of existing.docs) {
    const key = agencyKey(doc.kind as AgencyKind, String(doc.code))
    if (ids.has(key)) continue
    ids.set(key, doc.id)
    replacedBy.set(key, doc.replacedBy)
  }

  const seeds = agencySeeds()
  for (const seed of seeds) {
    if (ids.has(seed.key)) continue
    const doc = await payload.create({
      collection: 'agencies',
      data: {
        name: seed.name,
        nameEn: seed.nameEn,
        code: seed.code,
        kind: seed.kind,
        adminUnitCode: seed.adminUnitCode,
        parent: seed.parent ? ids.get(seed.parent) : undefined,
        validFrom: seed.validFrom ? vnDay(seed.validFrom) : undefined,
        validTo: seed.validTo ? vnDay(seed.validTo) : undefined,
        contactEmail: contactEmailOf(seed.code),
        isStandingBody: seed.kind === 'police',
      },
      ...SEED_OPTIONS,
    })
    ids.set(seed.key, doc.id)
    replacedBy.set(seed.key, null)
    bump(tally, 'agencies')
  }

  // Successions point forward in the list, so they are linked once every agency exists.
  for (const seed of seeds) {
    const successor = seed.replacedBy ? ids.get(seed.replacedBy) : undefined
    if (successor === undefined || replacedBy.get(seed.key)) continue
    await payload.update({
      collection: 'agencies',
      id: ids.get(seed.key)!,
      data: { replacedBy: successor },
      ...SEED_OPTIONS,
    })
  }
  return ids
}
