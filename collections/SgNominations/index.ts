import type { CollectionConfig } from 'payload'

import { NOMINATION_STATUS_LABELS, NOMINATION_STATUSES } from '../../hooks/rules/nominations'
import { adminOnly, orgEditors, systemOnly } from '../../src/access'
import { audit } from '../../src/audit'
import { dayOnly } from '../../src/fields/dates'
import { l } from '../../src/i18n/label'
import { inputIntegrity } from '../../src/integrity'
import { collectionHooks } from '../../src/lib/hookChain'
import { readNominations, standingBodyWrites, writeNominations } from './access'
import { checkNomination } from './hooks'

const stamped = { access: systemOnly, admin: { readOnly: true } } as const

// R6.3: a Working Group member nominates staff of his agency to the Support Group; R8–R10: the
// SG Head decides; an accepted nominee takes the SG seat assisting the WG member (R10).
export const SgNominations: CollectionConfig = {
  slug: 'sg-nominations',
  labels: {
    singular: l('Đề cử thành viên Tổ giúp việc', 'Support Group nomination'),
    plural: l('Đề cử thành viên Tổ giúp việc', 'Support Group nominations'),
  },
  access: {
    read: readNominations,
    create: writeNominations,
    update: writeNominations,
    delete: adminOnly,
    readVersions: orgEditors,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'proposer', 'agency', 'from', 'status', 'decidedOn'],
    description: l(
      'Thành viên Tổ công tác cử cán bộ của cơ quan mình tham gia Tổ giúp việc (Điều 6 khoản 3); Tổ trưởng Tổ giúp việc chấp thuận hoặc không chấp thuận. Khi chấp thuận, chức danh thành viên Tổ giúp việc được tạo ngay. Danh sách "Thành viên Tổ công tác chưa có người giúp việc" xem tại hồ sơ Tổ giúp việc: Tổ chức › Tổ công tác, Tổ giúp việc.',
      'A Working Group member sends staff of his agency to the Support Group (Art. 6(3)); the SG Head accepts or declines. On acceptance the Support Group seat is created. The list "Working Group members without an assistant" is on the Support Group’s record: Organisation › Working groups.',
    ),
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'title', type: 'text', label: l('Tiêu đề', 'Title'), admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'proposer',
          type: 'relationship',
          relationTo: 'users',
          required: true,
          defaultValue: ({ user }) => user?.id,
          admin: { components: { Field: '/src/fields/pickers/OptionsSelect#PersonSelect' } },
          label: l('Thành viên Tổ công tác đề cử', 'Proposed by (WG member)'),
        },
        {
          name: 'agency',
          type: 'relationship',
          relationTo: 'agencies',
          index: true,
          ...stamped,
          label: l('Cơ quan', 'Agency'),
        },
      ],
    },
    {
      name: 'nominee',
      type: 'relationship',
      relationTo: 'users',
      label: l('Người được đề cử (tài khoản)', 'Nominee (account)'),
      admin: {
        components: { Field: '/src/fields/pickers/OptionsSelect#PersonSelect' },
        description: l(
          'Nếu người được đề cử chưa có tài khoản, ghi họ tên, chức vụ và thư điện tử bên dưới; Cơ quan thường trực tạo tài khoản trước khi chấp thuận.',
          'If the nominee has no account yet, give the name, job title and email below; the standing body creates the account before acceptance.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'nomineeName', type: 'text', maxLength: 200, label: l('Họ và tên', 'Full name') },
        {
          name: 'nomineeJobTitle',
          type: 'text',
          maxLength: 200,
          label: l('Chức vụ', 'Job title'),
        },
        { name: 'nomineeEmail', type: 'email', label: l('Thư điện tử', 'Email') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'assists',
          type: 'relationship',
          relationTo: 'members',
          label: l('Giúp việc cho thành viên Tổ công tác', 'Assists (WG member)'),
          admin: {
            components: { Field: '/src/fields/pickers/OptionsSelect#SeatSelect' },
            description: l('Mặc định là người đề cử.', 'The proposer unless another is chosen.'),
          },
        },
        dayOnly('from', l('Tham gia từ ngày', 'From'), { required: true }),
      ],
    },
    { name: 'note', type: 'textarea', maxLength: 3000, label: l('Ghi chú', 'Note') },
    {
      name: 'nominationFile',
      type: 'upload',
      relationTo: 'media',
      label: l('Văn bản đề cử', 'Nomination letter'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: l('Quyết định', 'Decision'),
      options: NOMINATION_STATUSES.map((value) => ({
        value,
        label: NOMINATION_STATUS_LABELS[value],
      })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'decidedBy',
      type: 'relationship',
      relationTo: 'users',
      access: standingBodyWrites,
      label: l('Tổ trưởng Tổ giúp việc quyết định', 'Decided by (SG Head)'),
      admin: {
        position: 'sidebar',
        components: { Field: '/src/fields/pickers/OptionsSelect#PersonSelect' },
        description: l(
          'Tổ trưởng Tổ giúp việc tự quyết định thì ghi tự động; Cơ quan thường trực ghi nhận thay thì chọn.',
          'Set automatically when the SG Head decides; chosen when the standing body records it.',
        ),
      },
    },
    {
      ...dayOnly('decidedOn', l('Ngày quyết định', 'Decided on')),
      access: standingBodyWrites,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
      },
    },
    {
      name: 'declineReason',
      type: 'textarea',
      maxLength: 2000,
      label: l('Lý do không chấp thuận', 'Reason for declining'),
      admin: { position: 'sidebar', condition: (data) => data?.status === 'declined' },
    },
    {
      name: 'decisionNumber',
      type: 'text',
      maxLength: 100,
      label: l('Số quyết định, văn bản', 'Decision number'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'decisionFile',
      type: 'upload',
      relationTo: 'media',
      label: l('Quyết định, văn bản chấp thuận', 'Decision file'),
      admin: { position: 'sidebar' },
    },
    {
      ...dayOnly('proposedOn', l('Ngày đề cử', 'Proposed on')),
      ...stamped,
      admin: { ...stamped.admin, position: 'sidebar', date: { displayFormat: 'dd/MM/yyyy' } },
    },
    {
      name: 'proposerSeat',
      type: 'relationship',
      relationTo: 'members',
      ...stamped,
      admin: { ...stamped.admin, position: 'sidebar' },
      label: l('Chức danh của người đề cử', 'Proposer’s seat'),
    },
    {
      name: 'supportGroup',
      type: 'relationship',
      relationTo: 'working-groups',
      ...stamped,
      admin: { ...stamped.admin, position: 'sidebar' },
      label: l('Tổ giúp việc', 'Support Group'),
    },
    {
      name: 'seat',
      type: 'relationship',
      relationTo: 'members',
      ...stamped,
      admin: { ...stamped.admin, position: 'sidebar' },
      label: l('Chức danh đã tạo trong Tổ giúp việc', 'Support Group seat created'),
    },
  ],
  hooks: collectionHooks(
    inputIntegrity(() => SgNominations),
    { beforeChange: [checkNomination] },
    audit,
  ),
}
