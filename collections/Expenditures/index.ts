import type { CollectionConfig } from 'payload'

import { adminOnly, nobody, systemOnly } from '../../src/access'
import { readBudget, readBudgetHistory, recordBudget } from './access'
import { dayOnly } from '../../src/fields/dates'
import { moneyField, numberField } from '../../src/fields/numberFields'
import { l } from '../../src/i18n/label'
import { mustExist } from '../../src/lib/safeInput'
import { enforceLedger, refuseHistoryEdits, updateLineTotals } from './hooks'
import { recordEndpoint } from './recordEndpoint'
import { collectionHooks } from '../../src/lib/hookChain'
import { inputIntegrity } from '../../src/integrity'
import { audit } from '../../src/audit'

// R13.1 / R13.2: the spending recorded against a budget line; immutable once recorded.
export const Expenditures: CollectionConfig = {
  slug: 'expenditures',
  labels: { singular: l('Khoản chi', 'Expenditure'), plural: l('Khoản chi', 'Expenditures') },
  access: {
    read: readBudget,
    // R13.1: only the police finance officers record spending.
    create: recordBudget,
    // R13.2: history is never edited (refuseHistoryEdits says why, to everyone).
    update: nobody,
    delete: nobody,
    readVersions: readBudgetHistory,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['date', 'line', 'amount', 'payee', 'voucherNumber', 'spentAfter'],
    listSearchableFields: ['title', 'payee', 'purpose', 'voucherNumber'],
    group: l('Kinh phí', 'Budget'),
    description: l(
      'Khoản chi đã ghi không sửa, không xóa; để điều chỉnh, ghi một khoản âm tham chiếu khoản chi gốc.',
      'Recorded spending is never edited or deleted; to correct it, record a negative entry referencing the original.',
    ),
  },
  defaultSort: '-date',
  disableDuplicate: true,
  indexes: [{ fields: ['line', 'sequence'], unique: true }],
  fields: [
    {
      name: 'title',
      type: 'text',
      label: l('Tiêu đề', 'Title'),
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'line',
      type: 'relationship',
      relationTo: 'budget-lines',
      required: true,
      index: true,
      label: l('Dòng dự toán', 'Budget line'),
      filterOptions: { status: { equals: 'open' } },
    },
    {
      type: 'row',
      fields: [
        dayOnly('date', l('Ngày chi', 'Date'), { required: true, index: true }),
        moneyField({
          name: 'amount',
          type: 'number',
          required: true,
          label: l('Số tiền (đồng)', 'Amount (VND)'),
          admin: {
            step: 1,
            description: l(
              'Số nguyên đồng; số âm là bút toán điều chỉnh.',
              'Whole đồng; a negative amount is a reversing entry.',
            ),
          },
        }),
      ],
    },
    {
      name: 'reverses',
      type: 'relationship',
      relationTo: 'expenditures',
      index: true,
      label: l('Điều chỉnh cho khoản chi', 'Reverses'),
      filterOptions: ({ siblingData }) => {
        const line = (siblingData as { line?: unknown } | undefined)?.line
        return {
          amount: { greater_than: 0 },
          ...(line ? { line: { equals: line } } : {}),
        }
      },
      admin: {
        description: l(
          'Chỉ với bút toán ghi âm: khoản chi gốc được điều chỉnh.',
          'Reversing entries only: the original expenditure being corrected.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'payee',
          type: 'text',
          required: true,
          maxLength: 200,
          label: l('Đơn vị, cá nhân nhận tiền', 'Payee'),
        },
        {
          name: 'voucherNumber',
          type: 'text',
          maxLength: 80,
          label: l('Số chứng từ', 'Voucher number'),
        },
      ],
    },
    {
      name: 'purpose',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      label: l('Nội dung chi', 'Purpose'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'voucher',
          type: 'upload',
          relationTo: 'media',
          required: true,
          filterOptions: mustExist,
          label: l('Chứng từ (tệp)', 'Voucher (file)'),
        },
        {
          name: 'approvedBy',
          type: 'relationship',
          relationTo: 'users',
          required: true,
          filterOptions: mustExist,
          label: l('Người duyệt chi', 'Approved by'),
        },
      ],
    },
    numberField(
      {
        name: 'sequence',
        type: 'number',
        label: l('Số thứ tự trên dòng dự toán', 'Entry number on the line'),
        access: systemOnly,
        admin: { readOnly: true, position: 'sidebar' },
      },
      { integer: true },
    ),
    moneyField({
      name: 'spentAfter',
      type: 'number',
      label: l('Lũy kế đã chi sau khoản này (đồng)', 'Spent to date after this entry (VND)'),
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    }),
  ],
  hooks: collectionHooks(
    inputIntegrity(() => Expenditures),
    {
      beforeOperation: [refuseHistoryEdits],
      beforeChange: [enforceLedger],
      afterChange: [updateLineTotals],
    },
    audit,
  ),
  endpoints: [recordEndpoint],
}
