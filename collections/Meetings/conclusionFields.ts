import type { Field } from 'payload'

import { dayOnly } from '../../src/fields/dates'
import { l } from '../../src/i18n/label'
import { systemOnly } from '../../src/access'
import { actionOnly } from './meetingAction'
import { deliveryFields } from './fieldKit'

// The conclusions (R11.3b, R6.2c) and their delivery to every member.
export const conclusionFields: Field[] = [
  {
    name: 'conclusions',
    type: 'group',
    label: l('Kết luận của người chủ trì', "The chair's conclusions"),
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'number',
            type: 'text',
            maxLength: 60,
            label: l('Số thông báo kết luận', 'Notice number'),
            admin: { description: l('Ví dụ: 25/TB-TCT', 'E.g. 25/TB-TCT') },
          },
          {
            name: 'issuedAt',
            type: 'date',
            access: systemOnly,
            label: l('Ban hành lúc', 'Issued at'),
            admin: {
              readOnly: true,
              date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
            },
          },
        ],
      },
      {
        name: 'summary',
        type: 'textarea',
        maxLength: 10000,
        label: l('Nội dung kết luận', 'Conclusions'),
      },
      {
        name: 'items',
        type: 'array',
        label: l('Nhiệm vụ giao', 'Tasks assigned'),
        labels: { singular: l('Nhiệm vụ', 'Task'), plural: l('Nhiệm vụ', 'Tasks') },
        admin: {
          description: l(
            'Khi ban hành, mỗi nhiệm vụ trở thành một nhiệm vụ được theo dõi (Điều 6 khoản 2).',
            'On issue, each item becomes a tracked task (Art. 6(2)).',
          ),
        },
        fields: [
          {
            name: 'content',
            type: 'textarea',
            required: true,
            maxLength: 2000,
            label: l('Nội dung', 'Content'),
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
              dayOnly('dueDate', l('Thời hạn', 'Due date')),
              {
                name: 'task',
                type: 'relationship',
                relationTo: 'tasks',
                access: actionOnly,
                label: l('Nhiệm vụ đã tạo', 'Task created'),
                admin: { readOnly: true },
              },
            ],
          },
        ],
      },
    ],
  },
  {
    name: 'conclusionDeliveries',
    type: 'array',
    access: actionOnly,
    label: l('Gửi kết luận đến thành viên', 'Conclusions delivered to members'),
    labels: { singular: l('Người nhận', 'Recipient'), plural: l('Người nhận', 'Recipients') },
    admin: { readOnly: true },
    fields: deliveryFields(true),
  },
]
