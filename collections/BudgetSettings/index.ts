import type { GlobalConfig } from 'payload'

import { readBudget, readBudgetHistory, recordBudget } from '../../src/budget/access'
import { dayOnly } from '../../src/fields/dates'
import { numberField } from '../../src/fields/numberFields'
import { l } from '../../src/i18n/label'
import { closeLinesOfClosedYears, enforceClosedYears } from './hooks'

// R13.2: the fiscal years whose books are closed; their lines and spending are read-only.
export const BudgetSettings: GlobalConfig = {
  slug: 'budget-settings',
  label: l('Khóa sổ năm ngân sách', 'Closed fiscal years'),
  access: {
    read: readBudget,
    // R13.1: the police finance officers keep the books.
    update: recordBudget,
    readVersions: readBudgetHistory,
  },
  admin: {
    group: l('Kinh phí', 'Budget'),
    description: l(
      'Năm đã khóa sổ không được ghi, sửa, xóa dự toán và khoản chi; không mở lại được.',
      'A closed year’s allocations and spending can no longer be recorded, changed or deleted; it never reopens.',
    ),
  },
  fields: [
    {
      name: 'closedYears',
      type: 'array',
      label: l('Các năm ngân sách đã khóa sổ', 'Closed fiscal years'),
      labels: {
        singular: l('Năm khóa sổ', 'Closed year'),
        plural: l('Năm khóa sổ', 'Closed years'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            numberField(
              {
                name: 'year',
                type: 'number',
                required: true,
                label: l('Năm ngân sách', 'Fiscal year'),
                admin: { step: 1 },
              },
              { grouping: false },
            ),
            {
              name: 'basis',
              type: 'text',
              maxLength: 200,
              label: l('Căn cứ (báo cáo quyết toán)', 'Basis (final accounts)'),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              ...dayOnly('closedOn', l('Ngày khóa sổ', 'Closed on')),
              admin: {
                readOnly: true,
                date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
              },
            },
            {
              name: 'closedBy',
              type: 'relationship',
              relationTo: 'users',
              label: l('Người khóa sổ', 'Closed by'),
              admin: { readOnly: true },
            },
          ],
        },
      ],
    },
  ],
  hooks: {
    beforeChange: [enforceClosedYears],
    afterChange: [closeLinesOfClosedYears],
  },
}
