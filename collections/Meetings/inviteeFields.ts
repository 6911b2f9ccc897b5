import type { Field } from 'payload'

import { l } from '../../src/i18n/label'
import { systemOnly } from '../../src/access'
import { sameGroupSeats } from './fieldKit'

// The invitees (R11.2): the members the Head invites and the outside guests.
export const inviteeFields: Field[] = [
  {
    name: 'invitedMembers',
    type: 'relationship',
    relationTo: 'members',
    hasMany: true,
    label: l('Thành viên được mời', 'Members invited'),
    filterOptions: sameGroupSeats,
    admin: {
      description: l(
        'Để trống khi tạo mới: mời tất cả thành viên đang giữ chức danh vào ngày họp. Tổ trưởng quyết định thành phần (Điều 11 khoản 2).',
        'Empty on creation: every member in office on the meeting day. The Head decides who is invited (Art. 11(2)).',
      ),
    },
  },
  {
    type: 'row',
    fields: [
      {
        // R11.2: who set the invitee list (on the Head's decision) and when.
        name: 'inviteesSetBy',
        type: 'relationship',
        relationTo: 'users',
        access: systemOnly,
        label: l('Người lập danh sách mời', 'Invitee list set by'),
        admin: {
          readOnly: true,
          description: l(
            'Thành phần mời do Tổ trưởng quyết định (Điều 11 khoản 2); ghi lại người nhập và thời điểm.',
            'The Head decides who is invited (Art. 11(2)); who entered the list and when is recorded.',
          ),
        },
      },
      {
        name: 'inviteesSetAt',
        type: 'date',
        access: systemOnly,
        label: l('Thời điểm lập danh sách mời', 'Invitee list set at'),
        admin: {
          readOnly: true,
          date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
        },
      },
    ],
  },
  {
    name: 'guests',
    type: 'array',
    label: l('Đại biểu mời ngoài Tổ', 'Outside guests'),
    labels: { singular: l('Đại biểu', 'Guest'), plural: l('Đại biểu', 'Guests') },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'name',
            type: 'text',
            required: true,
            maxLength: 120,
            label: l('Họ và tên', 'Name'),
          },
          { name: 'title', type: 'text', maxLength: 200, label: l('Chức vụ', 'Position') },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'agency',
            type: 'relationship',
            relationTo: 'agencies',
            label: l('Cơ quan, đơn vị', 'Agency'),
          },
          { name: 'email', type: 'email', label: l('Email', 'Email') },
        ],
      },
    ],
  },
]
