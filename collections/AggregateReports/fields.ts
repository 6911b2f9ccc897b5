import type { Field } from 'payload'

import { MISSING_STATE_LABELS } from '../../hooks/rules/aggregate'
import { SIGNING_FORM_LABELS, SIGNING_FORMS } from '../../hooks/rules/signing'
import { isPeriod, latestClosedPeriod } from '../../hooks/rules/reportPeriods'
import { TASK_STATUS_LABELS, TASK_STATUSES } from '../../hooks/rules/taskStatus'
import { systemOnly } from '../../src/access'
import { numberField } from '../../src/fields/numberFields'
import { l, languageOf } from '../../src/i18n/label'
import { trusted } from '../../src/lib/safeInput'

// What the aggregate report stores: the header the standing body fills in (period, signer,
// recipients), the figures computed from the accepted reports, each with its source reports,
// and what issuing stamps (number/symbol, time, lateness, the DOCX and XLSX files).

const readOnly = { readOnly: true }
const sidebar = { readOnly: true, position: 'sidebar' as const }
const dateTime = {
  date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' },
}

export const DEFAULT_RECIPIENTS = [
  '- Bộ Công an (C06);',
  '- TT Tỉnh ủy, HĐND tỉnh;',
  '- CT, các PCT UBND tỉnh;',
  '- Các thành viên Tổ công tác;',
  '- Lưu: VT, PC06.',
].join('\n')

/** The reports a figure was computed from (its provenance), shown as links. */
const sources: Field = {
  name: 'sources',
  type: 'relationship',
  relationTo: 'reports',
  hasMany: true,
  // Ids only, at any requested depth: every figure lists its source reports, and populating them
  // made a page of 200 aggregate reports 54 MB (issue 11: bounded requests).
  maxDepth: 0,
  validate: trusted,
  label: l('Báo cáo nguồn', 'Source reports'),
  admin: readOnly,
}

const agency = (label = l('Cơ quan', 'Agency')): Field => ({
  name: 'agency',
  type: 'relationship',
  relationTo: 'agencies',
  validate: trusted,
  label,
  admin: readOnly,
})

const report: Field = {
  name: 'report',
  type: 'relationship',
  relationTo: 'reports',
  maxDepth: 0,
  validate: trusted,
  label: l('Báo cáo', 'Report'),
  admin: readOnly,
}

const textRow = (label: { vi: string; en: string }): Field[] => [
  agency(),
  { name: 'text', type: 'textarea', label, admin: readOnly },
  report,
]

const figures: Field[] = [
  {
    name: 'indicatorTotals',
    type: 'array',
    label: l('Số liệu chỉ tiêu theo đơn vị', 'Indicator totals by unit'),
    labels: { singular: l('Số liệu', 'Figure'), plural: l('Số liệu', 'Figures') },
    access: systemOnly,
    admin: {
      readOnly: true,
      initCollapsed: true,
      description: l(
        'Toàn tỉnh (để trống cấp huyện) và từng huyện; tính từ các báo cáo đã tiếp nhận.',
        'Province (no district) and each district; computed from the accepted reports.',
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
            validate: trusted,
            label: l('Chỉ tiêu', 'Indicator'),
            admin: readOnly,
          },
          {
            name: 'district',
            type: 'relationship',
            relationTo: 'agencies',
            validate: trusted,
            label: l('Cấp huyện (trống: toàn tỉnh)', 'District (empty: province)'),
            admin: readOnly,
          },
          numberField({
            name: 'value',
            type: 'number',
            label: l('Số liệu', 'Value'),
            admin: readOnly,
          }),
        ],
      },
      sources,
    ],
  },
  {
    name: 'taskCounts',
    type: 'array',
    label: l('Tình hình nhiệm vụ theo cơ quan', 'Task status by agency'),
    labels: { singular: l('Cơ quan', 'Agency'), plural: l('Cơ quan', 'Agencies') },
    access: systemOnly,
    admin: { readOnly: true, initCollapsed: true },
    fields: [
      { type: 'row', fields: [agency(), report] },
      {
        type: 'row',
        fields: [
          ...TASK_STATUSES.map((status): Field =>
            numberField(
              {
                name: status.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
                type: 'number',
                label: TASK_STATUS_LABELS[status],
                admin: readOnly,
              },
              { integer: true },
            ),
          ),
          numberField(
            { name: 'total', type: 'number', label: l('Tổng số', 'Total'), admin: readOnly },
            { integer: true },
          ),
        ],
      },
    ],
  },
  {
    name: 'lateAgencies',
    type: 'array',
    label: l('Cơ quan gửi báo cáo chậm hạn', 'Late reports'),
    labels: { singular: l('Cơ quan', 'Agency'), plural: l('Cơ quan', 'Agencies') },
    access: systemOnly,
    admin: { readOnly: true },
    fields: [
      {
        type: 'row',
        fields: [
          agency(),
          report,
          {
            name: 'submittedAt',
            type: 'date',
            label: l('Gửi lúc', 'Submitted at'),
            admin: { ...readOnly, ...dateTime },
          },
        ],
      },
    ],
  },
  {
    name: 'missingAgencies',
    type: 'array',
    label: l('Cơ quan chưa có báo cáo được tiếp nhận', 'Agencies without an accepted report'),
    labels: { singular: l('Cơ quan', 'Agency'), plural: l('Cơ quan', 'Agencies') },
    access: systemOnly,
    admin: { readOnly: true },
    fields: [
      {
        type: 'row',
        fields: [
          agency(),
          {
            name: 'state',
            type: 'select',
            label: l('Tình trạng', 'State'),
            options: Object.entries(MISSING_STATE_LABELS).map(([value, label]) => ({
              value,
              label,
            })),
            admin: readOnly,
          },
          report,
        ],
      },
    ],
  },
  {
    name: 'obstacles',
    type: 'array',
    label: l('Khó khăn, vướng mắc', 'Obstacles'),
    labels: { singular: l('Khó khăn', 'Obstacle'), plural: l('Khó khăn, vướng mắc', 'Obstacles') },
    access: systemOnly,
    admin: { readOnly: true },
    fields: textRow(l('Nội dung', 'Text')),
  },
  {
    name: 'proposals',
    type: 'array',
    label: l('Đề xuất, kiến nghị', 'Proposals'),
    labels: { singular: l('Đề xuất', 'Proposal'), plural: l('Đề xuất, kiến nghị', 'Proposals') },
    access: systemOnly,
    admin: { readOnly: true },
    fields: textRow(l('Nội dung', 'Text')),
  },
]

const counts: Field = {
  type: 'row',
  fields: [
    ['expectedCount', l('Cơ quan phải báo cáo', 'Agencies expected')],
    ['acceptedCount', l('Báo cáo đã tiếp nhận', 'Reports accepted')],
    ['lateCount', l('Gửi chậm', 'Late')],
    ['missingCount', l('Chưa có báo cáo được tiếp nhận', 'Missing')],
  ].map(([name, label]): Field =>
    numberField(
      {
        name: name as string,
        type: 'number',
        label: label as { vi: string; en: string },
        access: systemOnly,
        admin: readOnly,
      },
      { integer: true },
    ),
  ),
}

export const aggregateFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'period',
        type: 'text',
        required: true,
        unique: true,
        maxLength: 7,
        label: l('Kỳ báo cáo (năm-tháng)', 'Period (year-month)'),
        // R12.3b: the latest month whose data are complete (the cut-off day has passed).
        defaultValue: () => latestClosedPeriod(new Date()),
        admin: { placeholder: '2025-03' },
        validate: (value: unknown, { req }: { req: Parameters<typeof languageOf>[0] }) =>
          isPeriod(value) ||
          (languageOf(req) === 'en'
            ? 'A reporting period is written year-month, e.g. 2025-03.'
            : 'Kỳ báo cáo ghi theo dạng năm-tháng, ví dụ 2025-03.'),
      },
      {
        name: 'signer',
        type: 'relationship',
        relationTo: 'users',
        label: l('Người ký', 'Signer'),
        admin: {
          description: l(
            'Tổ phó ký thay Tổ trưởng báo cáo tháng (Điều 5 khoản 3).',
            'A Deputy signs monthly reports for the Head (Art. 5(3)).',
          ),
        },
      },
      {
        name: 'signingForm',
        type: 'select',
        defaultValue: 'KT',
        label: l('Hình thức ký', 'Signing form'),
        options: SIGNING_FORMS.map((value) => ({ value, label: SIGNING_FORM_LABELS[value] })),
      },
    ],
  },
  {
    name: 'title',
    type: 'text',
    maxLength: 300,
    label: l('Trích yếu', 'Summary'),
    access: systemOnly,
    admin: readOnly,
  },
  {
    name: 'recipients',
    type: 'textarea',
    maxLength: 2000,
    defaultValue: DEFAULT_RECIPIENTS,
    label: l('Nơi nhận (mỗi dòng một nơi)', 'Recipients (one per line)'),
    admin: { rows: 5 },
  },
  counts,
  ...figures,
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'draft',
    index: true,
    label: l('Trạng thái', 'Status'),
    options: [
      { value: 'draft', label: l('Dự thảo', 'Draft') },
      { value: 'issued', label: l('Đã ban hành', 'Issued') },
    ],
    access: systemOnly,
    admin: sidebar,
  },
  {
    name: 'panel',
    type: 'ui',
    label: l('Ban hành báo cáo tổng hợp', 'Issue the aggregate report'),
    admin: {
      position: 'sidebar',
      components: {
        Field: '/collections/AggregateReports/components/AggregatePanel#AggregatePanel',
      },
    },
  },
  {
    name: 'computedAt',
    type: 'date',
    label: l('Tính số liệu lúc', 'Figures computed at'),
    access: systemOnly,
    admin: { ...sidebar, ...dateTime },
  },
  // R12.3a: the data period of the report month (Decree 09/2019/NĐ-CP, art. 12).
  ...(['dataFrom', 'dataTo'] as const).map((name): Field => ({
    name,
    type: 'date',
    label:
      name === 'dataFrom' ? l('Số liệu từ ngày', 'Data from') : l('Số liệu đến ngày', 'Data up to'),
    access: systemOnly,
    admin: { ...sidebar, date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
  })),
  {
    name: 'deadline',
    type: 'date',
    label: l('Hạn ban hành (hết ngày)', 'Due by (end of day)'),
    access: systemOnly,
    admin: { ...sidebar, date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
  },
  {
    name: 'document',
    type: 'relationship',
    relationTo: 'documents',
    validate: trusted,
    label: l('Văn bản trong sổ đăng ký', 'Register entry'),
    access: systemOnly,
    admin: sidebar,
  },
  {
    name: 'symbol',
    type: 'text',
    label: l('Số, ký hiệu', 'Number and symbol'),
    access: systemOnly,
    admin: sidebar,
  },
  {
    name: 'issuedAt',
    type: 'date',
    label: l('Ban hành lúc', 'Issued at'),
    access: systemOnly,
    admin: { ...sidebar, ...dateTime },
  },
  {
    name: 'issuedBy',
    type: 'relationship',
    relationTo: 'users',
    validate: trusted,
    label: l('Người ban hành', 'Issued by'),
    access: systemOnly,
    admin: sidebar,
  },
  {
    name: 'issuedLate',
    type: 'checkbox',
    label: l('Ban hành chậm hạn (Điều 12 khoản 3)', 'Issued late (Art. 12(3))'),
    access: systemOnly,
    admin: sidebar,
  },
  // R12.3b: why it was issued before the reports' deadline or with reports not accepted.
  {
    name: 'issueReason',
    type: 'textarea',
    maxLength: 2000,
    label: l(
      'Lý do ban hành sớm hoặc khi còn thiếu báo cáo',
      'Reason for an early or incomplete issue',
    ),
    access: systemOnly,
    admin: { ...sidebar, condition: (data) => Boolean(data?.issueReason) },
  },
  {
    name: 'signatureBlock',
    type: 'textarea',
    label: l('Thể thức ký', 'Signature block'),
    access: systemOnly,
    admin: sidebar,
  },
  {
    name: 'docxFile',
    type: 'upload',
    relationTo: 'media',
    validate: trusted,
    label: l('Báo cáo (DOCX)', 'Report (DOCX)'),
    access: systemOnly,
    admin: sidebar,
  },
  {
    name: 'xlsxFile',
    type: 'upload',
    relationTo: 'media',
    validate: trusted,
    label: l('Phụ lục số liệu (XLSX)', 'Annex (XLSX)'),
    access: systemOnly,
    admin: sidebar,
  },
]
