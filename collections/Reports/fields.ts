import type { Field } from 'payload'

import { REPORT_STATUS_LABELS, REPORT_STATUSES } from '../../hooks/rules/reportWorkflow'
import { latestClosedPeriod } from '../../hooks/rules/reportPeriods'
import { TASK_STATUS_LABELS, TASK_STATUSES } from '../../hooks/rules/taskStatus'
import { systemOnly } from '../../src/access'
import { agencyIdOf } from '../../src/access/roles'
import { numberField } from '../../src/fields/numberFields'
import { titleField } from '../../src/fields/titleField'
import {
  once,
  readOnlySidebar,
  reviewStamps,
  stampedDate,
  stampedUser,
} from '../../src/fields/stamps'
import { l } from '../../src/i18n/label'
import { standingBodyField } from './access'
import { periodField, validPeriod } from '../../src/fields/periodField'

export const TIMELINESS_OPTIONS = [
  { value: 'on-time', label: l('Đúng hạn', 'On time') },
  { value: 'late', label: l('Chậm hạn', 'Late') },
]

const header: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'agency',
        type: 'relationship',
        relationTo: 'agencies',
        required: true,
        index: true,
        label: l('Cơ quan báo cáo', 'Reporting agency'),
        defaultValue: ({ user }) => agencyIdOf(user) ?? undefined,
      },
      periodField({
        name: 'period',
        type: 'text',
        required: true,
        index: true,
        maxLength: 7,
        label: l('Kỳ báo cáo (tháng/năm)', 'Period (month/year)'),
        // R12.3a: the latest month whose data are complete (the cut-off day has passed).
        defaultValue: () => latestClosedPeriod(new Date()),
        validate: validPeriod,
      }),
    ],
  },
  titleField(),
]

const taskLines: Field = {
  name: 'taskLines',
  type: 'array',
  label: l('Kết quả thực hiện nhiệm vụ', 'Tasks'),
  labels: { singular: l('Nhiệm vụ', 'Task'), plural: l('Nhiệm vụ', 'Tasks') },
  admin: {
    description: l(
      'Các nhiệm vụ cơ quan chủ trì đang thực hiện trong kỳ, điền sẵn tình trạng và tiến độ.',
      'The open tasks the agency leads, pre-filled with their status and progress.',
    ),
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'task',
          type: 'relationship',
          relationTo: 'tasks',
          required: true,
          label: l('Nhiệm vụ', 'Task'),
        },
        {
          name: 'status',
          type: 'select',
          label: l('Tình trạng (cuối kỳ)', 'Status (end of period)'),
          options: TASK_STATUSES.map((value) => ({ value, label: TASK_STATUS_LABELS[value] })),
          admin: { readOnly: true },
          access: systemOnly,
        },
        numberField({
          name: 'progress',
          type: 'number',
          min: 0,
          max: 100,
          label: l('Tiến độ (%)', 'Progress (%)'),
        }),
      ],
    },
    { name: 'result', type: 'textarea', maxLength: 5000, label: l('Kết quả trong kỳ', 'Result') },
    {
      name: 'obstacles',
      type: 'textarea',
      maxLength: 5000,
      label: l('Khó khăn, vướng mắc', 'Obstacles'),
    },
    {
      name: 'overdueReason',
      type: 'textarea',
      maxLength: 2000,
      label: l('Lý do chậm (nếu quá hạn)', 'Reason if overdue'),
    },
  ],
}

const indicatorLines: Field = {
  name: 'indicatorLines',
  type: 'array',
  label: l('Số liệu chỉ tiêu', 'Indicators'),
  labels: { singular: l('Chỉ tiêu', 'Indicator'), plural: l('Chỉ tiêu', 'Indicators') },
  admin: {
    components: { Field: '/collections/Reports/IndicatorLinesField#IndicatorLinesField' },
  },
  fields: [
    {
      name: 'indicator',
      type: 'relationship',
      relationTo: 'indicators',
      required: true,
      label: l('Chỉ tiêu', 'Indicator'),
    },
    numberField({
      name: 'previousValue',
      type: 'number',
      label: l('Tháng trước', 'Last month'),
      admin: { readOnly: true },
      access: systemOnly,
    }),
    numberField({ name: 'value', type: 'number', label: l('Tháng này', 'This month') }),
    { name: 'note', type: 'text', maxLength: 500, label: l('Ghi chú', 'Note') },
  ],
}

const sections: Field[] = [
  {
    name: 'obstacles',
    type: 'textarea',
    maxLength: 10000,
    label: l('Khó khăn, vướng mắc chung', 'Obstacles'),
  },
  {
    name: 'proposals',
    type: 'array',
    label: l('Đề xuất, kiến nghị', 'Proposals'),
    labels: { singular: l('Đề xuất', 'Proposal'), plural: l('Đề xuất, kiến nghị', 'Proposals') },
    admin: {
      description: l(
        'Mỗi đề xuất được chuyển đến Cơ quan thường trực để theo dõi, giải quyết.',
        'Each proposal goes to the standing body to be followed up.',
      ),
    },
    fields: [
      {
        name: 'content',
        type: 'textarea',
        required: true,
        maxLength: 5000,
        label: l('Nội dung đề xuất', 'Proposal'),
      },
    ],
  },
]

const files: Field[] = [
  {
    name: 'signedScan',
    type: 'upload',
    relationTo: 'media',
    label: l('Bản scan báo cáo đã ký', 'Signed scan'),
  },
  {
    name: 'attachments',
    type: 'upload',
    relationTo: 'media',
    hasMany: true,
    label: l('Tài liệu kèm theo', 'Attachments'),
  },
]

const sidebar: Field[] = [
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'draft',
    index: true,
    label: l('Trạng thái', 'Status'),
    options: REPORT_STATUSES.map((value) => ({ value, label: REPORT_STATUS_LABELS[value] })),
    // Moved by the panel's buttons (Gửi báo cáo, Tiếp nhận, Trả lại kèm ý kiến), never by hand.
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'panel',
    type: 'ui',
    label: l('Gửi và tiếp nhận báo cáo', 'Send and accept'),
    admin: {
      position: 'sidebar',
      components: { Field: '/collections/Reports/components/ReportPanel#ReportPanel' },
    },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    maxLength: 5000,
    label: l('Ý kiến của Cơ quan thường trực', "Standing body's comment"),
    // Once the report has reached the standing body.
    admin: {
      position: 'sidebar',
      condition: (data) => Boolean(data?.reviewComment) || (data?.status ?? 'draft') !== 'draft',
    },
    access: { create: standingBodyField, update: standingBodyField },
  },
  // R12.3a: the data period of the report month (Decree 09/2019/NĐ-CP, art. 12).
  stampedDate({ name: 'dataFrom', label: l('Số liệu từ ngày', 'Data from'), dayOnly: true }),
  stampedDate({ name: 'dataTo', label: l('Số liệu đến ngày', 'Data up to'), dayOnly: true }),
  stampedDate({
    name: 'deadline',
    label: l('Hạn gửi (hết ngày)', 'Due by (end of day)'),
    dayOnly: true,
  }),
  stampedDate({
    name: 'submittedAt',
    label: l('Gửi lần đầu lúc', 'First submitted at'),
    index: true,
  }),
  stampedDate({ name: 'lastSubmittedAt', label: l('Gửi gần nhất lúc', 'Last submitted at') }),
  stampedUser({ name: 'submittedBy', label: l('Người gửi', 'Submitted by') }),
  {
    name: 'timeliness',
    type: 'select',
    index: true,
    label: l('Thời hạn gửi', 'Timeliness'),
    options: TIMELINESS_OPTIONS,
    admin: { ...readOnlySidebar, condition: once('timeliness') },
    access: systemOnly,
  },
  ...reviewStamps(),
  numberField({
    name: 'openIssues',
    type: 'number',
    label: l('Số lỗi cần hoàn thiện', 'Open issues'),
    admin: {
      condition: once('openIssues'),
      ...readOnlySidebar,
      description: l(
        'Bản nháp được lưu khi còn thiếu; báo cáo chỉ gửi được khi hết lỗi.',
        'A draft saves with gaps; the report is submitted only once they are fixed.',
      ),
    },
    access: systemOnly,
  }),
  {
    name: 'issueSummary',
    type: 'textarea',
    label: l('Các lỗi cần hoàn thiện', 'Issues to fix'),
    admin: { ...readOnlySidebar, condition: once('issueSummary') },
    access: systemOnly,
  },
]

export const reportFields: Field[] = [
  ...header,
  {
    type: 'tabs',
    tabs: [
      { label: l('Nhiệm vụ', 'Tasks'), fields: [taskLines] },
      { label: l('Chỉ tiêu', 'Indicators'), fields: [indicatorLines] },
      { label: l('Khó khăn, đề xuất', 'Obstacles and proposals'), fields: sections },
      { label: l('Tệp đính kèm', 'Files'), fields: files },
    ],
  },
  ...sidebar,
]
