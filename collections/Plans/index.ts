import type { CollectionConfig, Field } from 'payload'

import { adminOnly, orgEditors, systemOnly, withRoles } from '../../src/access'
import { dayOnly } from '../../src/fields/dates'
import { trusted } from '../../src/lib/safeInput'
import { numberField } from '../../src/fields/numberFields'
import { l } from '../../src/i18n/label'
import { searchText, searchable } from '../../src/search'
import {
  PLAN_KIND_LABELS,
  PLAN_KINDS,
  PLAN_STATUS_LABELS,
  PLAN_STATUSES,
  PROGRAMME_YEARS,
} from '../../hooks/rules/plans'
import { readPlans, untilApproved } from './access'
import { enforcePlanRules, refuseLockedPlanDelete } from './hooks'
import { createPlanTasks } from './planTasks'
import { collectionHooks } from '../../src/lib/hookChain'
import { inputIntegrity } from '../../src/integrity'
import { audit } from '../../src/audit'

/** A value the workflow records: shown, never typed. */
const recorded = <F extends Field>(field: F): F => ({
  ...field,
  access: systemOnly,
  admin: { ...field.admin, readOnly: true, position: 'sidebar' },
})

const isDetailedPlan = (data: Partial<Record<string, unknown>> | undefined) =>
  data?.kind === 'agency-detailed-plan'

// R3.3 / R7.1 / R6.4: the SG drafts and submits, the Head approves (or returns with a comment);
// approved plans are read-only and their items become tasks; a revision is a new version.
export const Plans: CollectionConfig = {
  slug: 'plans',
  labels: {
    singular: l('Chương trình, kế hoạch', 'Programme or plan'),
    plural: l('Chương trình, kế hoạch', 'Programmes and plans'),
  },
  access: {
    read: readPlans,
    create: orgEditors,
    update: withRoles('admin', 'secretariat', 'leader'),
    delete: orgEditors,
    readVersions: orgEditors,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'year', 'version', 'status', 'approvedOn'],
    listSearchableFields: ['searchText'],
    group: l('Công việc', 'Work'),
    description: l(
      'Tổ giúp việc soạn và trình; Tổ trưởng phê duyệt hoặc trả lại. Kế hoạch đã phê duyệt không sửa được: muốn điều chỉnh, tạo bản sửa đổi (chọn "Sửa đổi từ").',
      'The Support Group drafts and submits; the Head approves or returns. An approved plan cannot be changed: to adjust it, create a revision ("Revision of").',
    ),
  },
  custom: searchable({
    label: l('tên, cơ quan', 'title, agency'),
    fields: ['title'],
    related: { field: 'agency', fields: ['name', 'code'] },
  }),
  defaultSort: '-year',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          access: { update: untilApproved },
          type: 'select',
          required: true,
          index: true,
          label: l('Loại', 'Kind'),
          options: PLAN_KINDS.map((value) => ({ value, label: PLAN_KIND_LABELS[value] })),
        },
        numberField(
          {
            name: 'year',
            access: { update: untilApproved },
            type: 'number',
            required: true,
            index: true,
            min: PROGRAMME_YEARS.min,
            max: PROGRAMME_YEARS.max,
            label: l('Năm', 'Year'),
            admin: { step: 1 },
          },
          { grouping: false },
        ),
      ],
    },
    {
      name: 'title',
      access: { update: untilApproved },
      type: 'text',
      required: true,
      maxLength: 300,
      label: l('Tên', 'Title'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'agency',
          access: { update: untilApproved },
          type: 'relationship',
          relationTo: 'agencies',
          index: true,
          label: l('Cơ quan, đơn vị', 'Agency'),
          admin: { condition: isDetailedPlan },
        },
        {
          name: 'parentPlan',
          access: { update: untilApproved },
          type: 'relationship',
          relationTo: 'plans',
          label: l('Chi tiết hóa kế hoạch của tỉnh', 'Details the provincial plan'),
          admin: { condition: isDetailedPlan },
          filterOptions: {
            and: [
              { status: { equals: 'approved' } },
              { kind: { not_equals: 'agency-detailed-plan' } },
            ],
          },
        },
      ],
    },
    {
      name: 'items',
      access: { update: untilApproved },
      type: 'array',
      label: l('Nhiệm vụ', 'Items'),
      labels: { singular: l('Nhiệm vụ', 'Item'), plural: l('Nhiệm vụ', 'Items') },
      admin: {
        description: l(
          'Khi kế hoạch của tỉnh được phê duyệt, mỗi nhiệm vụ trở thành một nhiệm vụ được theo dõi.',
          'When a provincial plan is approved, each item becomes a tracked task.',
        ),
      },
      fields: [
        {
          name: 'content',
          type: 'text',
          required: true,
          maxLength: 500,
          label: l('Nội dung', 'Content'),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'leadAgency',
              type: 'relationship',
              relationTo: 'agencies',
              required: true,
              label: l('Cơ quan chủ trì', 'Lead agency'),
            },
            dayOnly('dueDate', l('Thời hạn', 'Due date'), { required: true }),
            {
              name: 'task',
              type: 'relationship',
              relationTo: 'tasks',
              validate: trusted,
              access: systemOnly,
              label: l('Nhiệm vụ được theo dõi', 'Tracked task'),
              admin: { readOnly: true },
            },
          ],
        },
      ],
    },
    {
      name: 'file',
      access: { update: untilApproved },
      type: 'upload',
      relationTo: 'media',
      label: l('Tệp văn bản', 'File'),
    },
    {
      name: 'status',
      access: { update: untilApproved },
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: l('Trạng thái', 'Status'),
      options: PLAN_STATUSES.map((value) => ({ value, label: PLAN_STATUS_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'returnComment',
      access: { update: untilApproved },
      type: 'textarea',
      maxLength: 2000,
      label: l('Ý kiến khi trả lại', 'Comment when returned'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'revisionOf',
      type: 'relationship',
      relationTo: 'plans',
      access: { update: () => false },
      label: l('Sửa đổi từ', 'Revision of'),
      filterOptions: { status: { equals: 'approved' } },
      admin: { position: 'sidebar' },
    },
    recorded(
      numberField(
        { name: 'version', type: 'number', label: l('Lần ban hành', 'Version') },
        { integer: true },
      ),
    ),
    recorded({
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'users',
      validate: trusted,
      label: l('Người trình', 'Submitted by'),
    }),
    recorded(dayOnly('submittedOn', l('Ngày trình', 'Submitted on'))),
    recorded({
      name: 'approvedBy',
      type: 'relationship',
      relationTo: 'users',
      validate: trusted,
      label: l('Người phê duyệt', 'Approved by'),
    }),
    recorded(dayOnly('approvedOn', l('Ngày phê duyệt', 'Approved on'))),
    recorded({
      name: 'returnedBy',
      type: 'relationship',
      relationTo: 'users',
      validate: trusted,
      label: l('Người trả lại', 'Returned by'),
    }),
    recorded(dayOnly('returnedOn', l('Ngày trả lại', 'Returned on'))),
  ],
  hooks: collectionHooks(
    inputIntegrity(() => Plans),
    {
      beforeChange: [enforcePlanRules],
      afterChange: [createPlanTasks],
      beforeDelete: [refuseLockedPlanDelete],
    },
    searchText,
    audit,
  ),
}
