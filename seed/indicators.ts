import type { Payload } from 'payload'

import type { AgencyIds, AgencyKey } from './agencies'
import indicatorData from './data/indicators.json' with { type: 'json' }
import { bump, required, SEED_OPTIONS, type Id, type Tally } from './shared'

export type IndicatorSeed = {
  code: string
  nameVi: string
  nameEn: string
  unit: string
  group: string
  source: 'reported' | 'derived' | 'tasks'
  aggregation: string
  cumulative: boolean
  /** Agency kinds that report it besides its owner. */
  reportedBy: string[]
  /** The owning agency's seed key (kind:code). */
  owner: string
  numerator?: string
  denominator?: string
  taskMeasure?: string
}

export const INDICATOR_SEEDS = indicatorData.indicators as IndicatorSeed[]

/** Indicator ids by code. */
export type IndicatorIds = Map<string, Id>

/** Creates the missing indicators of the Đề án 06 catalogue (by code), kept in catalogue order. */
export const seedIndicators = async (
  payload: Payload,
  agencies: AgencyIds,
  tally: Tally,
): Promise<IndicatorIds> => {
  const existing = await payload.find({
    collection: 'indicators',
    select: { code: true },
    pagination: false,
    ...SEED_OPTIONS,
  })
  const ids: IndicatorIds = new Map(existing.docs.map((doc) => [doc.code, doc.id]))
  // Derived ratios come last: they name their terms, which must exist first.
  const ordered = [...INDICATOR_SEEDS.entries()].sort(
    ([, a], [, b]) => Number(a.source === 'derived') - Number(b.source === 'derived'),
  )
  for (const [order, seed] of ordered) {
    if (ids.has(seed.code)) continue
    const term = (code: string | undefined) =>
      code ? required(ids.get(code), `indicator ${code}`) : undefined
    const doc = await payload.create({
      collection: 'indicators',
      data: {
        code: seed.code,
        nameVi: seed.nameVi,
        nameEn: seed.nameEn,
        unit: seed.unit,
        group: seed.group as 'G1',
        source: seed.source as 'reported',
        aggregation: seed.aggregation as 'sum',
        taskMeasure: seed.taskMeasure as 'assigned' | undefined,
        numerator: term(seed.numerator),
        denominator: term(seed.denominator),
        cumulative: seed.cumulative,
        wholeNumber: seed.unit !== '%',
        owner: required(agencies.get(seed.owner as AgencyKey), `agency ${seed.owner}`),
        reportedBy: seed.reportedBy as 'district'[],
        order: order + 1,
      },
      ...SEED_OPTIONS,
    })
    ids.set(seed.code, doc.id)
    bump(tally, 'indicators')
  }
  return ids
}
