import type { CollectionConfig } from 'payload'

import { orgEditors } from '../../src/access'
import { audit } from '../../src/audit'
import { l } from '../../src/i18n/label'
import { inputIntegrity } from '../../src/integrity'
import { collectionHooks } from '../../src/lib/hookChain'
import { createResponses, deleteResponses, readResponses, updateResponses } from './access'
import { responseEndpoints } from './endpoints'
import { xlsxEndpoints } from './xlsxEndpoints'
import { responseFields } from './fields'
import { enforceResponseRules, noticeOfReturn } from './hooks'

// R7.5: each agency's answer to a data call: typed online or uploaded as the call's Excel
// template, sent, then accepted or returned by the standing body.
export const DataCallResponses: CollectionConfig = {
  slug: 'data-call-responses',
  labels: {
    singular: l('Trả lời yêu cầu báo cáo nhanh', 'Data call response'),
    plural: l('Trả lời báo cáo nhanh', 'Data call responses'),
  },
  access: {
    read: readResponses,
    create: createResponses,
    update: updateResponses,
    delete: deleteResponses,
    readVersions: orgEditors,
    unlock: deleteResponses,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['call', 'agency', 'status', 'submittedAt', 'late', 'source'],
  },
  defaultSort: '-createdAt',
  // R7.5: one response per agency and call.
  indexes: [{ fields: ['call', 'agency'], unique: true }],
  fields: responseFields,
  endpoints: [...responseEndpoints, ...xlsxEndpoints],
  hooks: collectionHooks(
    inputIntegrity(() => DataCallResponses),
    {
      beforeChange: [enforceResponseRules],
      afterChange: [noticeOfReturn],
    },
    audit,
  ),
}
