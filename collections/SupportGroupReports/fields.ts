import type { Field } from 'payload'

import { systemOnly } from '../../src/access'
import { dayOnly } from '../../src/fields/dates'
import { l } from '../../src/i18n/label'
import { trusted } from '../../src/lib/safeInput'
import { REPORT_CADENCES, REPORT_CADENCE_LABELS } from '../../hooks/rules/supportGroupReport'
import { periodField } from '../../src/fields/periodField'

/** A value the report computes or the issue stamps: shown, never typed. */
const computed = <F extends Field>(field: F): F => ({
  ...field,
  access: systemOnly,
  admin: { ...field.admin, readOnly: true },
})

const sidebar = { position: 'sidebar' as const }

export const DEFAULT_RECIPIENTS = [
  'Tổ trưởng, các Tổ phó Tổ công tác (để b/c);',
  'Thành viên Tổ công tác;',
  'Thành viên Tổ giúp việc;',
  'Lưu: VT, TGV.',
].join('\n')

// R7.6: the period, the content generated from the period's data (kept frozen once issued), the
// two sections the Support Group writes itself, and what the register stamps on issue.
export const supportGroupReportFields: Field[] = [
  {
    type: 'row',
    fields: [
      periodField(
        {
          name: 'period',
          type: 'text',
          // R7.6: one report per period, whatever the database (the hook says why first).
          unique: true,
          maxLength: 7,
          label: l('Kỳ báo cáo', 'Period'),
          admin: {
            description: l(
              'Tháng (ví dụ 11/2026) hoặc quý (ví dụ Quý 4/2026) theo kỳ báo cáo trong Tham số Quy chế; để trống: kỳ vừa kết thúc.',
              'A month (11/2026) or a quarter (Q4/2026) as the charter settings say; empty: the period just ended.',
            ),
          },
        },
        { quarters: true },
      ),
      computed({
        name: 'cadence',
        type: 'select',
        label: l('Loại kỳ', 'Cadence'),
        options: REPORT_CADENCES.map((value) => ({ value, label: REPORT_CADENCE_LABELS[value] })),
      }),
    ],
  },
  computed({ name: 'title', type: 'text', label: l('Trích yếu', 'Summary') }),
  {
    type: 'row',
    fields: [
      computed(dayOnly('dataFrom', l('Số liệu từ ngày', 'Data from'))),
      computed(dayOnly('dataTo', l('Đến ngày', 'Data to'))),
    ],
  },
  computed({
    name: 'content',
    type: 'textarea',
    label: l('Kết quả hoạt động (lập từ số liệu của kỳ)', 'Activity (generated from the data)'),
    admin: { rows: 18 },
  }),
  computed({
    name: 'figures',
    type: 'json',
    label: l('Số liệu của kỳ', 'Figures of the period'),
    admin: { hidden: true },
  }),
  {
    name: 'nextSteps',
    type: 'textarea',
    maxLength: 5000,
    label: l('Phương hướng, nhiệm vụ kỳ tới', 'Direction and tasks for the next period'),
    admin: { rows: 6 },
  },
  {
    name: 'proposals',
    type: 'textarea',
    maxLength: 5000,
    label: l('Đề xuất, kiến nghị', 'Proposals and recommendations'),
    admin: { rows: 4 },
  },
  {
    name: 'recipients',
    type: 'textarea',
    maxLength: 2000,
    defaultValue: DEFAULT_RECIPIENTS,
    label: l('Nơi nhận (mỗi dòng một nơi)', 'Recipients (one per line)'),
    admin: { rows: 5 },
  },
  {
    name: 'signer',
    type: 'relationship',
    relationTo: 'users',
    label: l('Người ký (Tổ trưởng Tổ giúp việc)', 'Signer (the Support Group Head)'),
    admin: {
      ...sidebar,
      description: l(
        'Để trống: Tổ trưởng Tổ giúp việc đương nhiệm. Ký "TM. Tổ giúp việc" (Điều 2 khoản 4).',
        'Empty: the Support Group Head in office. Signs "TM." for the Support Group (Art. 2(4)).',
      ),
    },
  },
  computed({
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
    admin: sidebar,
  }),
  computed({
    name: 'generatedAt',
    type: 'date',
    label: l('Lập lúc', 'Generated at'),
    admin: {
      ...sidebar,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
    },
  }),
  computed({
    name: 'document',
    type: 'relationship',
    relationTo: 'documents',
    validate: trusted,
    label: l('Văn bản trong sổ', 'Register entry'),
    admin: sidebar,
  }),
  computed({
    name: 'symbol',
    type: 'text',
    label: l('Số, ký hiệu', 'Number and symbol'),
    admin: sidebar,
  }),
  computed({
    name: 'issuedAt',
    type: 'date',
    label: l('Ban hành lúc', 'Issued at'),
    admin: {
      ...sidebar,
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
    },
  }),
  computed({
    name: 'issuedBy',
    type: 'relationship',
    relationTo: 'users',
    validate: trusted,
    label: l('Người ban hành', 'Issued by'),
    admin: sidebar,
  }),
  computed({
    name: 'docxFile',
    type: 'upload',
    relationTo: 'media',
    validate: trusted,
    label: l('Tệp báo cáo (DOCX)', 'Report file (DOCX)'),
    admin: sidebar,
  }),
]
