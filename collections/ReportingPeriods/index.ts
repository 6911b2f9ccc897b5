import type { CollectionConfig } from 'payload'

import { adminOnly, authenticated, systemOnly } from '../../src/access'
import { l } from '../../src/i18n/label'
import { keepReportingPeriods, readReportingPeriodHistory } from './access'
import { recordLocksAndExceptions } from './hooks'
import { collectionHooks } from '../../src/lib/hookChain'
import { inputIntegrity } from '../../src/integrity'
import { audit } from '../../src/audit'
import { periodField } from '../../src/fields/periodField'
import { titleField } from '../../src/fields/titleField'

// Written by the hooks only, never re-validated against the writer's read access.
const writtenByHooks = () => true as const
const dateTime = {
  date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' },
}

/**
 * One record per monthly reporting period the standing body acts on (R12.3a/R12.3b): a lock by
 * hand, the issue of the province's aggregate report (which locks the period), and late-entry
 * exceptions granted to agencies. A period also locks by itself on the charter's lock day.
 */
export const ReportingPeriods: CollectionConfig = {
  slug: 'reporting-periods',
  labels: {
    singular: l('Kỳ báo cáo', 'Reporting period'),
    plural: l('Kỳ báo cáo (khóa sổ, nhập muộn)', 'Reporting periods'),
  },
  access: {
    read: authenticated,
    create: keepReportingPeriods,
    update: keepReportingPeriods,
    delete: adminOnly,
    readVersions: readReportingPeriodHistory,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['period', 'lockedAt', 'aggregateIssuedAt', 'updatedAt'],
    group: l('Báo cáo', 'Reporting'),
    description: l(
      'Kỳ báo cáo tự khóa vào ngày khóa sổ của tháng sau (theo Tham số Quy chế) hoặc khi báo cáo tổng hợp được ban hành.',
      'A period locks by itself on the lock day of the following month (charter settings) or when the aggregate report is issued.',
    ),
  },
  defaultSort: '-period',
  fields: [
    titleField(100),
    periodField({
      name: 'period',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 7,
      label: l('Kỳ báo cáo (tháng/năm)', 'Period (month/year)'),
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'lockedAt',
          type: 'date',
          label: l('Khóa sổ lúc', 'Locked at'),
          admin: dateTime,
        },
        {
          name: 'lockedBy',
          type: 'relationship',
          relationTo: 'users',
          validate: writtenByHooks,
          label: l('Người khóa sổ', 'Locked by'),
          admin: { readOnly: true },
          access: systemOnly,
        },
        {
          name: 'aggregateIssuedAt',
          type: 'date',
          label: l('Ban hành báo cáo tổng hợp lúc', 'Aggregate report issued at'),
          admin: dateTime,
        },
      ],
    },
    {
      name: 'exceptions',
      type: 'array',
      label: l('Cho phép nhập muộn', 'Late-entry exceptions'),
      labels: {
        singular: l('Cho phép nhập muộn', 'Late-entry exception'),
        plural: l('Cho phép nhập muộn', 'Late-entry exceptions'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'agency',
              type: 'relationship',
              relationTo: 'agencies',
              required: true,
              label: l('Cơ quan', 'Agency'),
            },
            {
              name: 'expiresAt',
              type: 'date',
              required: true,
              label: l('Hiệu lực đến', 'Expires at'),
              admin: dateTime,
            },
          ],
        },
        {
          name: 'reason',
          type: 'textarea',
          required: true,
          maxLength: 1000,
          label: l('Lý do', 'Reason'),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'grantedBy',
              type: 'relationship',
              relationTo: 'users',
              validate: writtenByHooks,
              label: l('Người cho phép', 'Granted by'),
              admin: { readOnly: true },
              access: systemOnly,
            },
            {
              name: 'grantedAt',
              type: 'date',
              label: l('Cho phép lúc', 'Granted at'),
              admin: { ...dateTime, readOnly: true },
              access: systemOnly,
            },
          ],
        },
      ],
    },
  ],
  hooks: collectionHooks(
    inputIntegrity(() => ReportingPeriods),
    {
      beforeChange: [recordLocksAndExceptions],
    },
    audit,
  ),
  versions: { maxPerDoc: 100 },
}
