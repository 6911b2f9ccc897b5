import type { Payload, PayloadRequest } from 'payload'

import type { AgencyInfo, Aggregation, IndicatorSpec } from '../../hooks/rules/aggregate'
import type { Agency } from '../../payload-types'
import { dayKeyOf } from '../fields/dates'
import { idOf } from '../lib/relations'

// The reference data the rollups and the aggregate report are computed from, read as the system
// (in the caller's transaction when a `req` is given): the agencies and the indicator catalogue.

/** The Payload instance and, inside a hook, the request whose transaction the reads join. */
export type Db = { payload: Payload; req?: PayloadRequest }

const asSystem = (db: Db) => ({ depth: 0, overrideAccess: true, req: db.req }) as const

type AgencyRow = Pick<Agency, 'id' | 'name' | 'kind' | 'parent' | 'validFrom' | 'validTo'>

/**
 * Every agency, read through the adapter (in the caller's transaction): the same rows as
 * `payload.find`, without its per-document read pipeline, which cost more than half of this read
 * with a few hundred agencies on every report save.
 */
export const loadAgencyInfos = async (db: Db): Promise<AgencyInfo[]> => {
  const { docs } = await db.payload.db.find<AgencyRow>({
    collection: 'agencies',
    select: { name: true, kind: true, parent: true, validFrom: true, validTo: true },
    sort: 'name',
    pagination: false,
    limit: 0,
    req: db.req,
  })
  return docs.map((doc) => ({
    id: doc.id,
    name: doc.name,
    kind: doc.kind,
    parent: idOf(doc.parent),
    validFrom: dayKeyOf(doc.validFrom),
    validTo: dayKeyOf(doc.validTo),
  }))
}

/** The indicator catalogue in its order, with how each indicator adds up. */
export const loadIndicatorSpecs = async (db: Db): Promise<IndicatorSpec[]> => {
  const { docs } = await db.payload.find({
    collection: 'indicators',
    select: {
      unit: true,
      source: true,
      aggregation: true,
      numerator: true,
      denominator: true,
      taskMeasure: true,
    },
    sort: ['order', 'code'],
    pagination: false,
    ...asSystem(db),
  })
  return docs.map((doc) => ({
    id: doc.id,
    unit: doc.unit,
    source: doc.source ?? 'reported',
    aggregation: (doc.aggregation ?? 'sum') as Aggregation,
    numerator: idOf(doc.numerator),
    denominator: idOf(doc.denominator),
    taskMeasure: doc.taskMeasure ?? null,
  }))
}
