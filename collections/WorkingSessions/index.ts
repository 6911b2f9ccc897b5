import type { CollectionConfig } from 'payload'

import { SESSION_KIND_LABELS, SESSION_KINDS } from '../../hooks/rules/workingSessions'
import { adminOnly, orgEditors, systemOnly } from '../../src/access'
import { audit } from '../../src/audit'
import { dayOnly } from '../../src/fields/dates'
import { l } from '../../src/i18n/label'
import { inputIntegrity } from '../../src/integrity'
import { collectionHooks } from '../../src/lib/hookChain'
import { readWorkingSessions, writeWorkingSessions } from './access'
import { assignConclusionTasks, checkConclusions } from './hooks'

// R12.2: the Standing's working sessions with members, agencies and localities: who, when, what
// was reported and the direction given; each conclusion is followed as a task.
export const WorkingSessions: CollectionConfig = {
  slug: 'working-sessions',
  labels: {
    singular: l('Buổi làm việc của Thường trực', 'Standing working session'),
    plural: l('Làm việc với cơ quan, địa phương', 'Working sessions'),
  },
  access: {
    read: readWorkingSessions,
    create: writeWorkingSessions,
    update: writeWorkingSessions,
    delete: adminOnly,
    readVersions: orgEditors,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['date', 'agency', 'kind', 'subject', 'chair'],
    listSearchableFields: ['subject', 'content'],
    description: l(
      'Thường trực Tổ công tác làm việc định kỳ hoặc đột xuất với thành viên Tổ và các cơ quan, đơn vị, địa phương để nghe báo cáo và chỉ đạo. Mỗi kết luận có cơ quan chủ trì và thời hạn được giao thành nhiệm vụ để theo dõi.',
      'The Standing works, periodically or as needed, with members, agencies and localities to hear reports and give direction. Each conclusion with a lead agency and a due date becomes a task to follow.',
    ),
  },
  defaultSort: '-date',
  fields: [
    {
      type: 'row',
      fields: [
        { ...dayOnly('date', l('Ngày làm việc', 'Date'), { required: true, index: true }) },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'periodic',
          label: l('Hình thức', 'Kind'),
          options: SESSION_KINDS.map((value) => ({ value, label: SESSION_KIND_LABELS[value] })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'agency',
          type: 'relationship',
          relationTo: 'agencies',
          required: true,
          index: true,
          label: l('Cơ quan, đơn vị, địa phương làm việc', 'Agency or locality'),
        },
        {
          name: 'chair',
          type: 'relationship',
          relationTo: 'users',
          required: true,
          admin: { components: { Field: '/src/fields/pickers/OptionsSelect#PersonSelect' } },
          label: l('Người chủ trì, kết luận', 'Chaired and concluded by'),
        },
      ],
    },
    {
      name: 'subject',
      type: 'text',
      required: true,
      maxLength: 300,
      label: l('Nội dung làm việc', 'Subject'),
    },
    {
      name: 'participants',
      type: 'textarea',
      maxLength: 3000,
      label: l('Thành phần tham dự', 'Participants'),
    },
    {
      name: 'content',
      type: 'textarea',
      maxLength: 10000,
      label: l('Tình hình được báo cáo', 'What was reported'),
    },
    {
      name: 'conclusions',
      type: 'array',
      label: l('Kết luận, chỉ đạo', 'Conclusions and direction'),
      labels: { singular: l('Kết luận', 'Conclusion'), plural: l('Kết luận', 'Conclusions') },
      admin: {
        description: l(
          'Khi lưu, mỗi kết luận được giao thành một nhiệm vụ (cơ quan chủ trì mặc định là cơ quan làm việc).',
          'On saving, each conclusion becomes a task (led by the session’s agency unless another is chosen).',
        ),
      },
      fields: [
        {
          name: 'content',
          type: 'textarea',
          required: true,
          maxLength: 500,
          label: l('Nội dung kết luận, nhiệm vụ', 'Conclusion'),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'leadAgency',
              type: 'relationship',
              relationTo: 'agencies',
              label: l('Cơ quan chủ trì', 'Lead agency'),
            },
            dayOnly('dueDate', l('Thời hạn', 'Due date'), { required: true }),
            {
              name: 'task',
              type: 'relationship',
              relationTo: 'tasks',
              label: l('Nhiệm vụ đã giao', 'Task assigned'),
              access: systemOnly,
              admin: { readOnly: true },
            },
          ],
        },
      ],
    },
    {
      name: 'minutes',
      type: 'upload',
      relationTo: 'media',
      label: l('Thông báo kết luận, biên bản', 'Conclusions notice or minutes'),
    },
  ],
  hooks: collectionHooks(
    inputIntegrity(() => WorkingSessions),
    {
      beforeChange: [checkConclusions],
      afterChange: [assignConclusionTasks],
    },
    audit,
  ),
}
