import type { CollectionConfig } from 'payload'

import { adminOnly, systemOnly } from '../../src/access'
import { readBudget, readBudgetHistory, recordBudget } from './access'
import { moneyField, numberField } from '../../src/fields/numberFields'
import { l } from '../../src/i18n/label'
import { mustExist } from '../../src/lib/safeInput'
import {
  BUDGET_CATEGORIES,
  CATEGORY_LABELS,
  FISCAL_YEARS,
  LINE_STATUS_LABELS,
  LINE_STATUSES,
} from '../../hooks/rules/budget'
import { budgetLineEndpoints } from './endpoints'
import {
  enforceLineDelete,
  enforceLineRules,
  keepLineTotals,
  refuseMalformedNumbers,
} from './hooks'
import { collectionHooks } from '../../src/lib/hookChain'
import { inputIntegrity } from '../../src/integrity'
import { audit } from '../../src/audit'

// R13.1 / R13.2: an allocation decision for the groups' work in one fiscal year.
export const BudgetLines: CollectionConfig = {
  slug: 'budget-lines',
  labels: {
    singular: l('Dòng dự toán', 'Budget line'),
    plural: l('Dự toán kinh phí', 'Budget lines'),
  },
  access: {
    read: readBudget,
    // R13.1: only the police finance officers record allocations.
    create: recordBudget,
    update: recordBudget,
    delete: recordBudget,
    readVersions: readBudgetHistory,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'fiscalYear',
      'category',
      'sourceAgency',
      'allocatedAmount',
      'spent',
      'remaining',
      'status',
    ],
    listSearchableFields: ['title', 'legalBasis'],
    group: l('Kinh phí', 'Budget'),
    description: l(
      'Mỗi quyết định giao (hoặc bổ sung) dự toán là một dòng; số đã chi và còn lại được tính từ các khoản chi.',
      'Each allocation (or supplementary) decision is one line; spent and remaining come from the expenditures.',
    ),
  },
  defaultSort: '-fiscalYear',
  fields: [
    {
      name: 'title',
      type: 'text',
      label: l('Tiêu đề', 'Title'),
      admin: { readOnly: true, hidden: true },
    },
    {
      type: 'row',
      fields: [
        numberField(
          {
            name: 'fiscalYear',
            type: 'number',
            required: true,
            index: true,
            min: FISCAL_YEARS.min,
            max: FISCAL_YEARS.max,
            label: l('Năm ngân sách', 'Fiscal year'),
            admin: { step: 1 },
          },
          { grouping: false },
        ),
        {
          name: 'category',
          type: 'select',
          required: true,
          index: true,
          label: l('Nội dung chi', 'Category'),
          options: BUDGET_CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'sourceAgency',
          type: 'relationship',
          relationTo: 'agencies',
          required: true,
          index: true,
          filterOptions: mustExist,
          label: l('Nguồn kinh phí (cơ quan bố trí)', 'Funding source (agency)'),
        },
        moneyField({
          name: 'allocatedAmount',
          type: 'number',
          required: true,
          label: l('Dự toán được giao (đồng)', 'Allocated (VND)'),
          admin: {
            step: 1,
            description: l(
              'Số nguyên đồng; không sửa sau khi giao.',
              'Whole đồng; fixed once allocated.',
            ),
          },
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'legalBasis',
          type: 'text',
          required: true,
          maxLength: 300,
          label: l(
            'Căn cứ giao dự toán (số, ngày quyết định)',
            'Legal basis (decision number, date)',
          ),
          admin: {
            placeholder: 'Quyết định số 123/QĐ-UBND ngày 15/01/2025 của UBND tỉnh',
          },
        },
        {
          name: 'basisFile',
          type: 'upload',
          relationTo: 'media',
          filterOptions: mustExist,
          label: l('Quyết định giao dự toán (tệp)', 'Allocation decision (file)'),
        },
      ],
    },
    { name: 'note', type: 'textarea', maxLength: 2000, label: l('Ghi chú', 'Note') },
    {
      name: 'status',
      type: 'select',
      index: true,
      defaultValue: 'open',
      label: l('Tình trạng', 'Status'),
      options: LINE_STATUSES.map((value) => ({ value, label: LINE_STATUS_LABELS[value] })),
      access: systemOnly,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: l(
          'Đóng khi năm ngân sách được khóa sổ.',
          'Closed when its fiscal year is closed.',
        ),
      },
    },
    moneyField({
      name: 'spent',
      type: 'number',
      defaultValue: 0,
      label: l('Đã chi (đồng)', 'Spent (VND)'),
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    }),
    moneyField({
      name: 'remaining',
      type: 'number',
      label: l('Còn lại (đồng)', 'Remaining (VND)'),
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    }),
  ],
  hooks: collectionHooks(
    inputIntegrity(() => BudgetLines),
    {
      beforeOperation: [refuseMalformedNumbers],
      beforeChange: [enforceLineRules],
      afterChange: [keepLineTotals],
      beforeDelete: [enforceLineDelete],
    },
    audit,
  ),
  endpoints: budgetLineEndpoints,
}
