import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../src/access'
import { l } from '../../src/i18n/label'
import { readAggregates, standingBodyOnly } from './access'
import { aggregateEndpoints } from './endpoints'
import { aggregateFields } from './fields'
import { enforceAggregateRules, refuseIssuedDelete } from './hooks'
import { collectionHooks } from '../../src/lib/hookChain'
import { inputIntegrity } from '../../src/integrity'
import { audit } from '../../src/audit'

/**
 * The province's monthly aggregate report (R12.3b): one per month, computed from the agencies'
 * accepted reports (every figure with its source reports), issued by the standing body with a
 * number from the register, as a Decree 30 DOCX and an XLSX annex; issuing locks the period.
 */
export const AggregateReports: CollectionConfig = {
  slug: 'aggregate-reports',
  labels: {
    singular: l('Báo cáo tổng hợp tháng', 'Monthly aggregate report'),
    plural: l('Báo cáo tổng hợp tháng', 'Monthly aggregate reports'),
  },
  access: {
    read: readAggregates,
    create: standingBodyOnly,
    update: standingBodyOnly,
    delete: standingBodyOnly,
    readVersions: readAggregates,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['period', 'status', 'symbol', 'acceptedCount', 'missingCount', 'issuedLate'],
    listSearchableFields: ['title', 'period', 'symbol'],
    group: l('Báo cáo', 'Reporting'),
  },
  defaultSort: '-period',
  endpoints: aggregateEndpoints,
  fields: aggregateFields,
  hooks: collectionHooks(
    inputIntegrity(() => AggregateReports),
    {
      beforeChange: [enforceAggregateRules],
      beforeDelete: [refuseIssuedDelete],
    },
    audit,
  ),
}
