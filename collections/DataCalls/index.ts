import type { CollectionConfig } from 'payload'

import { orgEditors } from '../../src/access'
import { audit } from '../../src/audit'
import { l } from '../../src/i18n/label'
import { inputIntegrity } from '../../src/integrity'
import { collectionHooks } from '../../src/lib/hookChain'
import { deleteDataCalls, readDataCalls, writeDataCalls } from './access'
import { dataCallEndpoints } from './endpoints'
import { dataCallFields } from './fields'
import { prepareCall } from './hooks'
import { openResponses } from './open'

// R7.5: the Support Group asks agencies and localities for figures outside the monthly report
// ("đề nghị báo cáo nhanh số liệu"), on a basis (an issued document or a Working Group
// conclusion), with a form and a deadline of a few working days.
export const DataCalls: CollectionConfig = {
  slug: 'data-calls',
  labels: {
    singular: l('Yêu cầu báo cáo nhanh số liệu', 'Data call'),
    plural: l('Yêu cầu báo cáo nhanh số liệu', 'Data calls'),
  },
  access: {
    read: readDataCalls,
    create: writeDataCalls,
    update: writeDataCalls,
    delete: deleteDataCalls,
    readVersions: orgEditors,
    unlock: deleteDataCalls,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'dueDate', 'workingDays'],
    description: l(
      'Tổ giúp việc đề nghị các cơ quan, đơn vị, địa phương báo cáo nhanh số liệu ngoài báo cáo định kỳ. Soạn biểu mẫu, chọn cơ quan, rồi bấm "Gửi yêu cầu": mỗi cơ quan nhận thông báo kèm đường dẫn trả lời trực tuyến và hạn trả lời.',
      'The Support Group asks agencies and localities for figures outside the periodic report. Build the form, pick the agencies, then "Send": each agency gets a notice with the link to its answer form and the due date.',
    ),
    components: {
      edit: { beforeDocumentControls: ['/collections/DataCalls/OpenCallButton#OpenCallButton'] },
    },
  },
  defaultSort: '-createdAt',
  fields: dataCallFields,
  endpoints: dataCallEndpoints,
  hooks: collectionHooks(
    inputIntegrity(() => DataCalls),
    {
      beforeChange: [prepareCall],
      afterChange: [openResponses],
    },
    audit,
  ),
}
