import type { Field } from 'payload'

import { MISSING_STATE_LABELS } from '../../hooks/rules/aggregate'
import { TASK_STATUS_LABELS, TASK_STATUSES } from '../../hooks/rules/taskStatus'
import { systemOnly } from '../../src/access'
import { numberField } from '../../src/fields/numberFields'
import { l } from '../../src/i18n/label'
import { trusted } from '../../src/lib/safeInput'

import { dateTime, readOnly } from './fieldAdmin'

type Label = { vi: string; en: string }

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

const textRow = (label: Label): Field[] => [
  agency(),
  { name: 'text', type: 'textarea', label, admin: readOnly },
  report,
]

/** One figure of the report: a read-only list the system computes, never typed by a user. */
type Figure = {
  name: string
  label: Label
  singular: Label
  plural: Label
  /** Admin options besides read-only. */
  admin?: { initCollapsed?: boolean; description?: Label }
  fields: Field[]
}

const figure = ({ name, label, singular, plural, admin, fields }: Figure): Field => ({
  name,
  type: 'array',
  label,
  labels: { singular, plural },
  access: systemOnly,
  admin: { readOnly: true, ...admin },
  fields,
})

const agencyLabel = l('Cơ quan', 'Agency')
const agenciesLabel = l('Cơ quan', 'Agencies')

export const figures: Field[] = (
  [
    {
      name: 'indicatorTotals',
      label: l('Số liệu chỉ tiêu theo đơn vị', 'Indicator totals by unit'),
      singular: l('Số liệu', 'Figure'),
      plural: l('Số liệu', 'Figures'),
      admin: {
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
      label: l('Tình hình nhiệm vụ theo cơ quan', 'Task status by agency'),
      singular: agencyLabel,
      plural: agenciesLabel,
      admin: { initCollapsed: true },
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
      label: l('Cơ quan gửi báo cáo chậm hạn', 'Late reports'),
      singular: agencyLabel,
      plural: agenciesLabel,
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
      label: l('Cơ quan chưa có báo cáo được tiếp nhận', 'Agencies without an accepted report'),
      singular: agencyLabel,
      plural: agenciesLabel,
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
      label: l('Khó khăn, vướng mắc', 'Obstacles'),
      singular: l('Khó khăn', 'Obstacle'),
      plural: l('Khó khăn, vướng mắc', 'Obstacles'),
      fields: textRow(l('Nội dung', 'Text')),
    },
    {
      name: 'proposals',
      label: l('Đề xuất, kiến nghị', 'Proposals'),
      singular: l('Đề xuất', 'Proposal'),
      plural: l('Đề xuất, kiến nghị', 'Proposals'),
      fields: textRow(l('Nội dung', 'Text')),
    },
  ] satisfies Figure[]
).map(figure)

export const counts: Field = {
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
        label: label as Label,
        access: systemOnly,
        admin: readOnly,
      },
      { integer: true },
    ),
  ),
}
