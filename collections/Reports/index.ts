import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../src/access'
import { l } from '../../src/i18n/label'
import { searchText, searchable } from '../../src/search'
import {
  createReports,
  deleteReports,
  readReports,
  readReportVersions,
  updateReports,
} from './access'
import { reportActionEndpoints } from './endpoints'
import { copyProgressToTasks } from './copyBack'
import { reportFields } from './fields'
import { enforceReportRules } from './hooks'
import { forwardProposals } from './proposals'
import { sendSoftCopy } from './softCopy'
import { collectionHooks } from '../../src/lib/hookChain'
import { inputIntegrity } from '../../src/integrity'
import { audit } from '../../src/audit'
import { reportRollups } from '../../src/rollups/hooks'

/**
 * Each agency's monthly report to the standing body (R12.3a): one per agency and month, pre-filled
 * with its open tasks and its indicators, checked before submission, accepted or returned by the
 * standing body, locked with the period.
 */
export const Reports: CollectionConfig = {
  slug: 'reports',
  labels: {
    singular: l('Báo cáo tháng', 'Monthly report'),
    plural: l('Báo cáo tháng', 'Monthly reports'),
  },
  access: {
    read: readReports,
    create: createReports,
    update: updateReports,
    delete: deleteReports,
    readVersions: readReportVersions,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['status', 'period', 'agency', 'timeliness', 'submittedAt', 'openIssues'],
    listSearchableFields: ['searchText'],
    group: l('Báo cáo', 'Reporting'),
  },
  custom: searchable({
    label: l('kỳ, cơ quan báo cáo', 'period, reporting agency'),
    fields: ['title', 'period'],
    related: { field: 'agency', fields: ['name', 'code'] },
  }),
  defaultSort: '-period',
  // R12.3a: one report per agency and month, kept by the database itself.
  indexes: [{ fields: ['agency', 'period'], unique: true }],
  fields: reportFields,
  endpoints: reportActionEndpoints,
  hooks: collectionHooks(
    inputIntegrity(() => Reports),
    {
      beforeChange: [enforceReportRules],
      afterChange: [forwardProposals, copyProgressToTasks, sendSoftCopy],
    },
    searchText,
    reportRollups,
    audit,
  ),
  versions: { maxPerDoc: 50 },
}
