import type { Field } from 'payload'

import { l } from '../../src/i18n/label'
import { systemOnly } from '../../src/access'
import { followUpReadout } from './readouts'

// The agenda of the meeting and the documents sent with its notice (R11.3a).
export const agendaFields: Field[] = [
  {
    name: 'agenda',
    type: 'array',
    label: l('Chương trình họp', 'Agenda'),
    labels: { singular: l('Nội dung', 'Item'), plural: l('Nội dung', 'Items') },
    fields: [
      { name: 'title', type: 'text', required: true, maxLength: 500, label: l('Nội dung', 'Item') },
      {
        type: 'row',
        fields: [
          {
            name: 'presenterAgency',
            type: 'relationship',
            relationTo: 'agencies',
            label: l('Cơ quan trình bày', 'Presenting agency'),
          },
          {
            name: 'documents',
            type: 'upload',
            relationTo: 'media',
            hasMany: true,
            label: l('Tài liệu', 'Documents'),
          },
        ],
      },
      {
        // R12.4: the open item of the obstacles register this row puts on the agenda.
        name: 'feedback',
        type: 'relationship',
        relationTo: 'feedback',
        label: l('Kiến nghị tồn đọng', 'Open register item'),
        admin: {
          readOnly: true,
          condition: (_data, siblingData) => Boolean(siblingData?.feedback),
        },
      },
    ],
  },
  {
    name: 'followUpTasks',
    type: 'relationship',
    relationTo: 'tasks',
    hasMany: true,
    access: systemOnly,
    label: l('Theo dõi thực hiện kết luận các cuộc họp trước', 'Follow-up of previous conclusions'),
    admin: {
      readOnly: true,
      description: l(
        'Tự động: nhiệm vụ từ kết luận các cuộc họp trước còn đang thực hiện (trong hạn hoặc quá hạn); chốt lại khi gửi giấy mời.',
        'Automatic: open tasks (within deadline or overdue) from earlier conclusions; fixed when the notice is sent.',
      ),
    },
  },
  followUpReadout,
]
