import type { Field } from 'payload'

import {
  ANSWER_SOURCE_LABELS,
  ANSWER_SOURCES,
  RESPONSE_STATUS_LABELS,
  RESPONSE_STATUSES,
} from '../../hooks/rules/dataCalls/labels'
import { systemOnly } from '../../src/access'
import { isOrgEditor } from '../../src/access/roles'
import { numberField } from '../../src/fields/numberFields'
import {
  once,
  readOnlySidebar,
  reviewStamps,
  stampedDate,
  stampedUser,
} from '../../src/fields/stamps'
import { l } from '../../src/i18n/label'

/** One answer (Answer of hooks/rules/dataCalls/form.ts): the value sits in the column of its kind. */
const answers: Field = {
  name: 'answers',
  type: 'array',
  label: l('Số liệu, nội dung trả lời', 'Answers'),
  labels: { singular: l('Trả lời', 'Answer'), plural: l('Trả lời', 'Answers') },
  admin: {
    components: { Field: '/collections/DataCallResponses/AnswersField#AnswersField' },
  },
  fields: [
    { name: 'key', type: 'text', required: true, maxLength: 60, label: l('Mã', 'Key') },
    numberField({ name: 'number', type: 'number', label: l('Số', 'Number') }),
    { name: 'text', type: 'textarea', maxLength: 5000, label: l('Nội dung', 'Text') },
    {
      name: 'date',
      type: 'date',
      label: l('Ngày', 'Date'),
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
    },
    { name: 'file', type: 'upload', relationTo: 'media', label: l('Tệp', 'File') },
  ],
}

export const responseFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'call',
        type: 'relationship',
        relationTo: 'data-calls',
        required: true,
        index: true,
        label: l('Yêu cầu báo cáo nhanh', 'Data call'),
        admin: { readOnly: true },
        access: systemOnly,
      },
      {
        name: 'agency',
        type: 'relationship',
        relationTo: 'agencies',
        required: true,
        index: true,
        label: l('Cơ quan, đơn vị trả lời', 'Agency'),
        admin: { readOnly: true },
        access: systemOnly,
      },
    ],
  },
  {
    name: 'title',
    type: 'text',
    maxLength: 600,
    label: l('Tiêu đề', 'Title'),
    admin: { hidden: true },
    access: systemOnly,
  },
  {
    name: 'xlsxUpload',
    type: 'ui',
    label: l('Trả lời bằng tệp Excel', 'Answer with the Excel file'),
    admin: { components: { Field: '/collections/DataCallResponses/XlsxUpload#XlsxUpload' } },
  },
  answers,
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'pending',
    index: true,
    options: RESPONSE_STATUSES.map((value) => ({ value, label: RESPONSE_STATUS_LABELS[value] })),
    label: l('Trạng thái', 'Status'),
    // Moved by the buttons (Gửi, Tiếp nhận, Trả lại), never by hand.
    admin: readOnlySidebar,
  },
  {
    name: 'panel',
    type: 'ui',
    label: l('Gửi và tiếp nhận', 'Send and accept'),
    admin: {
      position: 'sidebar',
      components: { Field: '/collections/DataCallResponses/ResponsePanel#ResponsePanel' },
    },
  },
  {
    name: 'returnReason',
    type: 'textarea',
    maxLength: 2000,
    label: l('Lý do trả lại', 'Reason for returning'),
    admin: { ...readOnlySidebar, condition: once('returnReason') },
    // Typed in the "Trả lại" dialog by the standing body.
    access: { create: () => false, update: ({ req: { user } }) => isOrgEditor(user) },
  },
  stampedDate({
    name: 'dueDate',
    label: l('Hạn trả lời (hết ngày)', 'Due by (end of day)'),
    dayOnly: true,
  }),
  stampedDate({ name: 'submittedAt', label: l('Gửi lúc', 'Submitted at'), index: true }),
  stampedUser({ name: 'submittedBy', label: l('Người gửi', 'Submitted by') }),
  {
    name: 'late',
    type: 'checkbox',
    label: l('Gửi chậm hạn', 'Sent late'),
    admin: { ...readOnlySidebar, condition: once('submittedAt') },
    access: systemOnly,
  },
  {
    name: 'source',
    type: 'select',
    options: ANSWER_SOURCES.map((value) => ({ value, label: ANSWER_SOURCE_LABELS[value] })),
    label: l('Nguồn số liệu', 'Source'),
    admin: { ...readOnlySidebar, condition: once('source') },
    access: systemOnly,
  },
  {
    name: 'workbook',
    type: 'upload',
    relationTo: 'media',
    label: l('Tệp Excel đã tải lên', 'Uploaded workbook'),
    admin: { ...readOnlySidebar, condition: once('workbook') },
    access: systemOnly,
  },
  ...reviewStamps(),
  // R7.5: the reminder the working day before the due date, sent once.
  stampedDate({ name: 'remindedAt', label: l('Đã nhắc lúc', 'Reminded at') }),
]
