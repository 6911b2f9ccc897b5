import type { CollectionConfig } from 'payload'

import { adminOnly, withRoles } from '../../src/access'
import { hasRole } from '../../src/access/roles'
import { dayOnly } from '../../src/fields/dates'
import { numberField } from '../../src/fields/numberFields'
import { l } from '../../src/i18n/label'
import { searchText, searchable } from '../../src/search'
import { TASK_STATUS_LABELS, TASK_STATUSES } from '../../hooks/rules/taskStatus'
import { readTasks, updateTasks } from './access'
import { computeTaskStatus, enforceTaskRules, keepReportedTasks, showTodaysStatus } from './hooks'
import { collectionHooks } from '../../src/lib/hookChain'
import { inputIntegrity } from '../../src/integrity'
import { audit } from '../../src/audit'
import { taskRollups } from '../../src/rollups/hooks'

export const TASK_SOURCES = [
  { value: 'national-programme', label: l('Chương trình, đề án quốc gia', 'National programme') },
  { value: 'provincial-plan', label: l('Kế hoạch của tỉnh', 'Provincial plan') },
  { value: 'meeting-conclusion', label: l('Kết luận cuộc họp', 'Meeting conclusion') },
  { value: 'ad-hoc', label: l('Giao đột xuất', 'Ad hoc') },
  {
    value: 'standing-session',
    label: l('Kết luận buổi làm việc của Thường trực', 'Standing working session'),
  },
]

export const Tasks: CollectionConfig = {
  slug: 'tasks',
  labels: { singular: l('Nhiệm vụ', 'Task'), plural: l('Nhiệm vụ', 'Tasks') },
  access: {
    read: readTasks,
    create: withRoles('admin', 'secretariat'),
    update: updateTasks,
    delete: withRoles('admin', 'secretariat'),
    readVersions: withRoles('admin', 'secretariat', 'leader'),
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    // The task itself first (the list links it). The code is a column to add when wanted: most
    // tasks carry none, and an empty cell reads "<Không có Mã nhiệm vụ>".
    defaultColumns: ['title', 'leadAgency', 'dueDate', 'status', 'progress'],
    listSearchableFields: ['searchText'],
    group: l('Công việc', 'Work'),
  },
  custom: searchable({
    label: l('mã, nội dung, cơ quan chủ trì', 'code, task, lead agency'),
    fields: ['code', 'title'],
    related: { field: 'leadAgency', fields: ['name', 'code'] },
  }),
  // Newest first: the list opens on what was assigned last.
  defaultSort: '-createdAt',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', maxLength: 40, index: true, label: l('Mã nhiệm vụ', 'Code') },
        {
          name: 'source',
          type: 'select',
          required: true,
          defaultValue: 'ad-hoc',
          index: true,
          label: l('Nguồn giao', 'Source'),
          options: TASK_SOURCES,
        },
      ],
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 500,
      label: l('Nội dung nhiệm vụ', 'Task'),
    },
    { name: 'description', type: 'textarea', maxLength: 5000, label: l('Mô tả', 'Description') },
    {
      name: 'meeting',
      type: 'relationship',
      relationTo: 'meetings',
      index: true,
      label: l('Cuộc họp kết luận', 'Meeting of the conclusions'),
      access: { update: ({ req: { user } }) => hasRole(user, 'admin', 'secretariat') },
      admin: { condition: (data) => data?.source === 'meeting-conclusion' },
    },
    {
      // R12.2: the Standing's working session whose conclusion this task follows.
      name: 'workingSession',
      type: 'relationship',
      relationTo: 'working-sessions',
      index: true,
      label: l('Buổi làm việc kết luận', 'Working session of the conclusion'),
      access: { update: ({ req: { user } }) => hasRole(user, 'admin', 'secretariat') },
      admin: { condition: (data) => data?.source === 'standing-session' },
    },
    {
      name: 'sourceReference',
      type: 'text',
      maxLength: 200,
      label: l('Văn bản giao', 'Assigning document'),
      admin: {
        description: l(
          'Ví dụ: Thông báo kết luận số 12/TB-TCT.',
          'E.g. conclusion notice 12/TB-TCT.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'leadAgency',
          type: 'relationship',
          relationTo: 'agencies',
          required: true,
          index: true,
          label: l('Cơ quan chủ trì', 'Lead agency'),
        },
        {
          name: 'coordinatingAgencies',
          type: 'relationship',
          relationTo: 'agencies',
          hasMany: true,
          label: l('Cơ quan phối hợp', 'Coordinating agencies'),
        },
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
          admin: { components: { Field: '/src/fields/pickers/OptionsSelect#PersonSelect' } },
          label: l(
            'Người giao (Tổ trưởng hoặc người được ủy quyền)',
            'Assigned by (the Head or a delegate)',
          ),
        },
        dayOnly('assignedOn', l('Ngày giao', 'Assigned on'), { required: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        dayOnly('startDate', l('Ngày bắt đầu', 'Start')),
        dayOnly('dueDate', l('Hạn hoàn thành', 'Due date'), { index: true }),
        dayOnly('completedOn', l('Ngày hoàn thành', 'Completed on')),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'recurring',
          type: 'checkbox',
          defaultValue: false,
          label: l('Nhiệm vụ thường xuyên', 'Recurring'),
        },
        { name: 'paused', type: 'checkbox', defaultValue: false, label: l('Tạm dừng', 'Paused') },
      ],
    },
    numberField({
      name: 'progress',
      type: 'number',
      min: 0,
      max: 100,
      defaultValue: 0,
      label: l('Tiến độ (%)', 'Progress (%)'),
    }),
    { name: 'result', type: 'textarea', maxLength: 5000, label: l('Kết quả thực hiện', 'Result') },
    {
      name: 'evidence',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: l('Tài liệu minh chứng', 'Evidence'),
    },
    {
      name: 'extensions',
      type: 'array',
      label: l('Gia hạn', 'Extensions'),
      labels: {
        singular: l('Đề nghị gia hạn', 'Extension'),
        plural: l('Đề nghị gia hạn', 'Extensions'),
      },
      admin: {
        description: l(
          'Hạn ban đầu được giữ nguyên để thống kê; hạn mới có hiệu lực khi được duyệt.',
          'The original due date is kept for statistics; the new date applies once approved.',
        ),
      },
      fields: [
        {
          name: 'reason',
          type: 'textarea',
          required: true,
          maxLength: 2000,
          label: l('Lý do', 'Reason'),
        },
        {
          type: 'row',
          fields: [
            dayOnly('newDueDate', l('Hạn đề nghị', 'Requested due date'), { required: true }),
            {
              name: 'status',
              type: 'select',
              required: true,
              defaultValue: 'requested',
              label: l('Trạng thái', 'Status'),
              options: [
                { value: 'requested', label: l('Đề nghị', 'Requested') },
                { value: 'approved', label: l('Đã duyệt', 'Approved') },
                { value: 'rejected', label: l('Không duyệt', 'Rejected') },
              ],
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'decidedBy',
              type: 'relationship',
              relationTo: 'users',
              // The approver, listed with position and agency.
              admin: { components: { Field: '/src/fields/pickers/OptionsSelect#PersonSelect' } },
              label: l(
                'Người duyệt (Tổ trưởng/Tổ phó Thường trực)',
                'Decided by (Head/Standing Deputy)',
              ),
            },
            dayOnly('decidedOn', l('Ngày duyệt', 'Decided on')),
          ],
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      index: true,
      label: l('Tình trạng', 'Status'),
      options: TASK_STATUSES.map((value) => ({ value, label: TASK_STATUS_LABELS[value] })),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: l(
          'Tự động tính theo hạn, không nhập tay.',
          'Computed from the dates, never typed.',
        ),
      },
    },
    {
      ...dayOnly('effectiveDueDate', l('Hạn đang áp dụng', 'Due date in force'), { index: true }),
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
      },
    },
  ],
  hooks: collectionHooks(
    inputIntegrity(() => Tasks),
    {
      beforeChange: [enforceTaskRules, computeTaskStatus],
      beforeDelete: [keepReportedTasks],
      afterRead: [showTodaysStatus],
    },
    searchText,
    taskRollups,
    audit,
  ),
}
