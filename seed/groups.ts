import type { Payload } from 'payload'

import { bump, SEED_OPTIONS, vnDay, type Id, type Tally } from './shared'

export type GroupIds = { wg: Id; sg: Id }

/** The province's Working Group and its Support Group (R1.1); decisions are fictional. */
export const GROUPS = {
  wg: {
    name: 'Tổ công tác triển khai Đề án 06 tỉnh Quảng Nam',
    /** R1.1: one Working Group per province at a time. */
    scope: 'Quảng Nam',
    foundingDecisionNumber: '1645/QĐ-UBND',
    foundingDecisionDate: '2022-06-24',
  },
  sg: {
    name: 'Tổ giúp việc Tổ công tác Đề án 06 tỉnh Quảng Nam',
    foundingDecisionNumber: '02/QĐ-TCT',
    foundingDecisionDate: '2022-07-08',
  },
} as const

const ensureGroup = async (
  payload: Payload,
  kind: 'wg' | 'sg',
  parent: Id | undefined,
  tally: Tally,
): Promise<Id> => {
  const group = GROUPS[kind]
  const found = await payload.find({
    collection: 'working-groups',
    where: { name: { equals: group.name } },
    limit: 1,
    ...SEED_OPTIONS,
  })
  if (found.docs[0]) return found.docs[0].id
  const doc = await payload.create({
    collection: 'working-groups',
    data: {
      name: group.name,
      kind,
      parent,
      scope: 'scope' in group ? group.scope : undefined,
      foundingDecisionNumber: group.foundingDecisionNumber,
      foundingDecisionDate: vnDay(group.foundingDecisionDate),
    },
    ...SEED_OPTIONS,
  })
  bump(tally, 'working-groups')
  return doc.id
}

/** Creates the groups that are missing (by name). */
export const seedGroups = async (payload: Payload, tally: Tally): Promise<GroupIds> => {
  const wg = await ensureGroup(payload, 'wg', undefined, tally)
  const sg = await ensureGroup(payload, 'sg', wg, tally)
  return { wg, sg }
}
