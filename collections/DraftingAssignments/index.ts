import type { CollectionConfig } from 'payload'

import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS } from '../../hooks/rules/documentRegister'
import { DRAFTING_STATUS_LABELS, DRAFTING_STATUSES } from '../../hooks/rules/draftingAssignments'
import { adminOnly, orgEditors, systemOnly } from '../../src/access'
import { audit } from '../../src/audit'
import { dayOnly } from '../../src/fields/dates'
import { l } from '../../src/i18n/label'
import { inputIntegrity } from '../../src/integrity'
import { collectionHooks } from '../../src/lib/hookChain'
import { readDraftingAssignments, writeDraftingAssignments } from './access'
import { checkDraftingAssignment, computeDraftingState } from './hooks'

const PERSON = { components: { Field: '/src/fields/pickers/OptionsSelect#PersonSelect' } }

// R12.5: the Standing assigns the Support Group a drafting job; the SG Head convenes SG members
// for a period to research and draft it; the resulting document of the register closes it.
export const DraftingAssignments: CollectionConfig = {
  slug: 'drafting-assignments',
  labels: {
    singular: l('Giao soạn thảo văn bản', 'Drafting assignment'),
    plural: l('Giao soạn thảo văn bản', 'Drafting assignments'),
  },
  access: {
    read: readDraftingAssignments,
    create: writeDraftingAssignments,
    update: writeDraftingAssignments,
    delete: adminOnly,
    readVersions: orgEditors,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'documentKind', 'convener', 'periodFrom', 'dueDate', 'state'],
    listSearchableFields: ['title'],
    description: l(
      'Thường trực Tổ công tác giao Tổ giúp việc nghiên cứu, dự thảo văn bản; Tổ trưởng Tổ giúp việc triệu tập thành viên Tổ giúp việc trong thời gian nhất định (Điều 12 khoản 5). Khi văn bản được ban hành, chọn văn bản trong sổ để kết thúc.',
      'The Standing assigns the Support Group a drafting job; the SG Head convenes SG members for a set period (Art. 12(5)). When the document is issued, choose it from the register to close the job.',
    ),
  },
  defaultSort: '-assignedOn',
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 300,
      label: l('Văn bản cần soạn thảo', 'What to draft'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'documentKind',
          type: 'select',
          required: true,
          label: l('Loại văn bản', 'Kind of document'),
          options: DOCUMENT_KINDS.map((value) => ({ value, label: DOCUMENT_KIND_LABELS[value] })),
        },
        dayOnly('dueDate', l('Hạn hoàn thành', 'Due date'), { required: true, index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'assignedBy',
          type: 'relationship',
          relationTo: 'users',
          required: true,
          admin: PERSON,
          label: l(
            'Người giao (Tổ trưởng, Tổ phó Thường trực)',
            'Assigned by (Head, Standing Deputy)',
          ),
        },
        dayOnly('assignedOn', l('Ngày giao', 'Assigned on'), { required: true }),
      ],
    },
    {
      name: 'convener',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      admin: PERSON,
      label: l('Tổ trưởng Tổ giúp việc triệu tập', 'Convened by (SG Head)'),
    },
    {
      type: 'row',
      fields: [
        dayOnly('periodFrom', l('Triệu tập từ ngày', 'Convened from'), { required: true }),
        dayOnly('periodTo', l('Đến ngày', 'To'), { required: true }),
        {
          name: 'workingDays',
          type: 'number',
          access: systemOnly,
          label: l('Số ngày làm việc', 'Working days'),
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'convened',
      type: 'relationship',
      relationTo: 'members',
      hasMany: true,
      required: true,
      label: l('Thành viên Tổ giúp việc được triệu tập', 'Support Group members convened'),
      admin: { components: { Field: '/src/fields/pickers/OptionsSelect#SeatSelect' } },
    },
    { name: 'note', type: 'textarea', maxLength: 3000, label: l('Ghi chú', 'Note') },
    {
      name: 'document',
      type: 'relationship',
      relationTo: 'documents',
      label: l('Văn bản đã ban hành', 'Resulting document'),
      admin: {
        position: 'sidebar',
        description: l(
          'Chọn văn bản trong sổ văn bản khi đã xong.',
          'Choose the document of the register when done.',
        ),
      },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'drafting',
      index: true,
      access: systemOnly,
      label: l('Trạng thái', 'Status'),
      options: DRAFTING_STATUSES.map((value) => ({ value, label: DRAFTING_STATUS_LABELS[value] })),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'state',
      type: 'text',
      virtual: true,
      label: l('Tình trạng', 'State'),
      admin: { readOnly: true, position: 'sidebar', disableListFilter: true },
      hooks: { afterRead: [computeDraftingState] },
    },
    {
      name: 'supportGroup',
      type: 'relationship',
      relationTo: 'working-groups',
      access: systemOnly,
      label: l('Tổ giúp việc', 'Support Group'),
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
  hooks: collectionHooks(
    inputIntegrity(() => DraftingAssignments),
    { beforeChange: [checkDraftingAssignment] },
    audit,
  ),
}
