import type { Field } from 'payload'

import { SIGNING_FORM_LABELS, SIGNING_FORMS } from '../../hooks/rules/signing'
import { latestClosedPeriod } from '../../hooks/rules/reportPeriods'
import { systemOnly } from '../../src/access'
import { l } from '../../src/i18n/label'
import { trusted } from '../../src/lib/safeInput'

import { dateTime, readOnly, sidebar } from './fieldAdmin'
import { counts, figures } from './figureFields'
import { periodField, validPeriod } from '../../src/fields/periodField'

// What the aggregate report stores: the header the standing body fills in (period, signer,
// recipients), the figures computed from the accepted reports, each with its source reports,
// and what issuing stamps (number/symbol, time, lateness, the DOCX and XLSX files).

export const DEFAULT_RECIPIENTS = [
  '- Bộ Công an (C06);',
  '- TT Tỉnh ủy, HĐND tỉnh;',
  '- CT, các PCT UBND tỉnh;',
  '- Các thành viên Tổ công tác;',
  '- Lưu: VT, PC06.',
].join('\n')

export const aggregateFields: Field[] = [
  {
    type: 'row',
    fields: [
      periodField({
        name: 'period',
        type: 'text',
        required: true,
        unique: true,
        maxLength: 7,
        label: l('Kỳ báo cáo (tháng/năm)', 'Period (month/year)'),
        // R12.3b: the latest month whose data are complete (the cut-off day has passed).
        defaultValue: () => latestClosedPeriod(new Date()),
        validate: validPeriod,
      }),
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
