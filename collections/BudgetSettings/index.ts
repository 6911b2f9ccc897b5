import type { GlobalConfig } from 'payload'

import { DEFAULT_SETTLEMENT } from '../../hooks/rules/budget'
import { readBudget, readBudgetHistory, recordBudget } from './access'
import { dayOnly } from '../../src/fields/dates'
import { numberField } from '../../src/fields/numberFields'
import { l } from '../../src/i18n/label'
import { closeLinesOfClosedYears, enforceClosedYears } from './hooks'

// R13.2: the fiscal years whose books are closed; their lines and spending are read-only.
export const BudgetSettings: GlobalConfig = {
  slug: 'budget-settings',
  label: l('Năm ngân sách: chỉnh lý, khóa sổ', 'Fiscal years: settlement and closing'),
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
      // R13.2: the settlement period (chỉnh lý quyết toán) after each fiscal year.
      type: 'row',
      fields: [
        numberField(
          {
            name: 'settlementMonth',
            type: 'number',
            required: true,
            min: 1,
            max: 12,
            defaultValue: DEFAULT_SETTLEMENT.month,
            label: l(
              'Chỉnh lý quyết toán đến tháng (năm sau)',
              'Settlement period until month (next year)',
            ),
            admin: { step: 1 },
          },
          { grouping: false },
        ),
        numberField(
          {
            name: 'settlementDay',
            type: 'number',
            required: true,
            min: 1,
            max: 31,
            defaultValue: DEFAULT_SETTLEMENT.day,
            label: l('Đến ngày', 'Until day'),
            admin: {
              step: 1,
              description: l(
                'Khoản chi có ngày trong thời gian chỉnh lý quyết toán (mặc định đến 31/01 năm sau) được hạch toán vào dòng dự toán của năm trước (Điều 13 khoản 2, Luật Ngân sách nhà nước).',
                'An expense dated in the settlement period (by default until 31/01 of the next year) may be charged to the previous year’s lines (Art. 13(2), State Budget Law).',
              ),
            },
          },
          { grouping: false },
        ),
      ],
    },
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
