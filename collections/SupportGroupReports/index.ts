import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../src/access'
import { audit } from '../../src/audit'
import { l } from '../../src/i18n/label'
import { inputIntegrity } from '../../src/integrity'
import { collectionHooks } from '../../src/lib/hookChain'
import { readSupportGroupReports, writeSupportGroupReports } from './access'
import { supportGroupReportEndpoints } from './endpoints'
import { supportGroupReportFields } from './fields'
import { enforceSupportGroupReportRules, refuseIssuedDelete } from './hooks'

/**
 * R7.6: the Support Group's periodic report to the Working Group on the activity of both groups,
 * one per month (or quarter, as the charter settings say): generated from the period's data,
 * completed with the direction and proposals, issued through the register with the Support
 * Group's number, signed "TM. TỔ GIÚP VIỆC / TỔ TRƯỞNG" (R2.4) as a Decree 30 DOCX, then frozen.
 */
export const SupportGroupReports: CollectionConfig = {
  slug: 'support-group-reports',
  labels: {
    singular: l('Báo cáo định kỳ của Tổ giúp việc', "Support Group's periodic report"),
    plural: l('Báo cáo định kỳ của Tổ giúp việc', "Support Group's periodic reports"),
  },
  access: {
    read: readSupportGroupReports,
    create: writeSupportGroupReports,
    update: writeSupportGroupReports,
    delete: writeSupportGroupReports,
    readVersions: readSupportGroupReports,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['period', 'title', 'status', 'symbol', 'issuedAt'],
    listSearchableFields: ['title', 'period', 'symbol'],
    components: {
      edit: {
        beforeDocumentControls: ['/collections/SupportGroupReports/ActionButtons#ActionButtons'],
      },
    },
  },
  defaultSort: '-period',
  endpoints: supportGroupReportEndpoints,
  fields: supportGroupReportFields,
  hooks: collectionHooks(
    inputIntegrity(() => SupportGroupReports),
    {
      beforeChange: [enforceSupportGroupReportRules],
      beforeDelete: [refuseIssuedDelete],
    },
    audit,
  ),
}
