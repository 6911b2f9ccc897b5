import type { Field } from 'payload'

import {
  AGGREGATION_LABELS,
  AGGREGATIONS,
  FIELD_KIND_LABELS,
  FIELD_KINDS,
} from '../../hooks/rules/dataCalls/form'
import {
  CALL_STATUS_LABELS,
  CALL_STATUSES,
  MAX_WORKING_DAYS,
  MIN_WORKING_DAYS,
} from '../../hooks/rules/dataCalls/labels'
import { systemOnly } from '../../src/access'
import { l } from '../../src/i18n/label'
import { AGENCY_KINDS } from '../Agencies'

const readOnlySidebar = { readOnly: true, position: 'sidebar' as const }
const once = (field: string) => (data: Record<string, unknown>) =>
  data?.[field] !== null && data?.[field] !== undefined
const isNumber = (_: unknown, sibling: Record<string, unknown>) => sibling?.kind === 'number'

// R7.5: the basis of the call — an issued document of the register or a Working Group conclusion.
const basis: Field = {
  type: 'collapsible',
  label: l('Căn cứ yêu cầu', 'Basis of the call'),
  admin: {
    description: l(
      'Nêu ít nhất một căn cứ: văn bản đã ban hành trong sổ văn bản, hoặc kết luận của Tổ công tác (nội dung hoặc cuộc họp).',
      'Give at least one basis: an issued document of the register, or a Working Group conclusion (its text or the meeting).',
    ),
  },
  fields: [
    {
      name: 'basisDocument',
      type: 'relationship',
      relationTo: 'documents',
      filterOptions: { status: { equals: 'issued' } },
      label: l('Văn bản đề nghị đã ban hành', 'Issued document'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'basisMeeting',
          type: 'relationship',
          relationTo: 'meetings',
          label: l('Cuộc họp của Tổ công tác', 'Working Group meeting'),
        },
        {
          name: 'basisConclusion',
          type: 'textarea',
          maxLength: 2000,
          label: l('Kết luận của Tổ công tác', 'Working Group conclusion'),
        },
      ],
    },
  ],
}

// R7.5: who is asked — picked, and/or by kind, and/or every unit under a parent (district).
const recipients: Field = {
  type: 'collapsible',
  label: l('Cơ quan, đơn vị, địa phương được đề nghị', 'Agencies asked'),
  admin: {
    description: l(
      'Khi lưu, các cơ quan theo loại và theo cấp trên được thêm vào danh sách cơ quan được đề nghị.',
      'On saving, the agencies of the chosen kinds and under the chosen parents are added to the list.',
    ),
  },
  fields: [
    {
      name: 'agencies',
      type: 'relationship',
      relationTo: 'agencies',
      hasMany: true,
      label: l('Cơ quan được đề nghị', 'Agencies asked'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'agencyKinds',
          type: 'select',
          hasMany: true,
          options: AGENCY_KINDS,
          label: l('Thêm theo loại cơ quan', 'Add by kind'),
        },
        {
          name: 'parentAgencies',
          type: 'relationship',
          relationTo: 'agencies',
          hasMany: true,
          label: l('Thêm các đơn vị trực thuộc (cấp huyện)', 'Add the units under'),
        },
      ],
    },
  ],
}

/** One question of the call (FormField of hooks/rules/dataCalls/form.ts). */
export const formFields: Field = {
  name: 'fields',
  type: 'array',
  label: l('Biểu mẫu số liệu', 'Form'),
  labels: { singular: l('Chỉ tiêu, nội dung', 'Field'), plural: l('Chỉ tiêu, nội dung', 'Fields') },
  admin: {
    description: l(
      'Mỗi dòng là một nội dung cơ quan phải trả lời. Chọn chỉ tiêu trong danh mục để điền sẵn tên, đơn vị tính và cách tổng hợp. Không sửa biểu mẫu khi yêu cầu đã gửi.',
      'Each row is one question. Picking an indicator of the catalogue fills its label, unit and aggregation. The form cannot change once the call is sent.',
    ),
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'indicator',
          type: 'relationship',
          relationTo: 'indicators',
          label: l('Chỉ tiêu trong danh mục', 'Catalogue indicator'),
        },
        {
          name: 'label',
          type: 'text',
          maxLength: 300,
          label: l('Tên chỉ tiêu, nội dung', 'Label'),
          admin: { width: '50%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'number',
          options: FIELD_KINDS.map((value) => ({ value, label: FIELD_KIND_LABELS[value] })),
          label: l('Kiểu dữ liệu', 'Kind'),
        },
        {
          name: 'required',
          type: 'checkbox',
          defaultValue: true,
          label: l('Bắt buộc', 'Required'),
        },
        {
          name: 'key',
          type: 'text',
          maxLength: 60,
          label: l('Mã (tự tạo nếu để trống)', 'Key (made from the label if empty)'),
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: isNumber },
      fields: [
        { name: 'unit', type: 'text', maxLength: 50, label: l('Đơn vị tính', 'Unit') },
        {
          name: 'aggregation',
          type: 'select',
          defaultValue: 'sum',
          options: AGGREGATIONS.map((value) => ({ value, label: AGGREGATION_LABELS[value] })),
          label: l('Cách tổng hợp', 'Aggregation'),
        },
        { name: 'wholeNumber', type: 'checkbox', label: l('Chỉ số nguyên', 'Whole numbers only') },
      ],
    },
    {
      name: 'choices',
      type: 'textarea',
      maxLength: 3000,
      label: l('Các lựa chọn (mỗi dòng một lựa chọn)', 'Choices (one per line)'),
      admin: { condition: (_, sibling) => sibling?.kind === 'choice' },
    },
  ],
}

export const dataCallFields: Field[] = [
  {
    name: 'title',
    type: 'text',
    required: true,
    maxLength: 300,
    label: l('Nội dung đề nghị báo cáo nhanh', 'Subject'),
  },
  basis,
  recipients,
  formFields,
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'draft',
    index: true,
    options: CALL_STATUSES.map((value) => ({ value, label: CALL_STATUS_LABELS[value] })),
    label: l('Trạng thái', 'Status'),
    // Moved by the buttons (Gửi yêu cầu, Kết thúc), never by hand.
    admin: readOnlySidebar,
  },
  {
    name: 'workingDays',
    type: 'number',
    required: true,
    defaultValue: 3,
    min: MIN_WORKING_DAYS,
    max: MAX_WORKING_DAYS,
    admin: { position: 'sidebar', step: 1 },
    label: l('Thời hạn (số ngày làm việc kể từ ngày gửi)', 'Deadline (working days from sending)'),
  },
  {
    name: 'panel',
    type: 'ui',
    label: l('Tình hình trả lời', 'Answers received'),
    admin: {
      position: 'sidebar',
      components: { Field: '/collections/DataCalls/CallPanel#CallPanel' },
    },
  },
  {
    name: 'openedAt',
    type: 'date',
    label: l('Gửi yêu cầu lúc', 'Sent at'),
    admin: {
      ...readOnlySidebar,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
      condition: once('openedAt'),
    },
    access: systemOnly,
  },
  {
    name: 'dueDate',
    type: 'date',
    index: true,
    label: l('Hạn trả lời (hết ngày)', 'Due by (end of day)'),
    admin: {
      ...readOnlySidebar,
      date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
      condition: once('dueDate'),
    },
    access: systemOnly,
  },
  {
    // R7.5: the late list goes to the standing body once, at the end of the due day.
    name: 'lateListSentAt',
    type: 'date',
    label: l('Đã gửi danh sách chậm lúc', 'Late list sent at'),
    admin: { hidden: true },
    access: systemOnly,
  },
]
