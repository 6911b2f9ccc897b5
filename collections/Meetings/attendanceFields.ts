import type { Field } from 'payload'

import { PRESENCES, PRESENCE_LABELS } from '../../hooks/rules/meetings'
import { requiredWhen } from '../../src/fields/requiredWhen'
import { l } from '../../src/i18n/label'
import { options, sameGroupSeats, SEAT_PICKER } from './fieldKit'

// The attendance of the invited members (R6.2a, R6.2b, R11.4), one row per member.
export const attendanceField: Field = {
  name: 'attendance',
  type: 'array',
  label: l('Điểm danh', 'Attendance'),
  labels: { singular: l('Thành viên', 'Member'), plural: l('Điểm danh', 'Attendance') },
  admin: {
    description: l(
      'Thành viên được mời không có dòng điểm danh được tính là vắng mặt không được người chủ trì đồng ý (Điều 6 khoản 2).',
      "An invited member without a row counts as absent without the chair's consent (Art. 6(2)).",
    ),
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'member',
          type: 'relationship',
          relationTo: 'members',
          required: true,
          label: l('Thành viên', 'Member'),
          filterOptions: sameGroupSeats,
          admin: { components: SEAT_PICKER },
        },
        {
          name: 'presence',
          type: 'select',
          required: true,
          defaultValue: 'present',
          label: l('Tham dự', 'Attendance'),
          options: options(PRESENCES, PRESENCE_LABELS),
        },
      ],
    },
    {
      type: 'row',
      admin: {
        condition: (_, siblingData) =>
          siblingData?.presence === 'absent' || siblingData?.presence === 'substitute',
      },
      fields: [
        {
          name: 'reason',
          type: 'textarea',
          maxLength: 1000,
          label: l('Lý do vắng (đã báo Thường trực)', 'Reason (reported to the Standing)'),
          // R11.4 / R6.2a: refused without it for an absence.
          admin: { components: requiredWhen('presence', ['absent']) },
        },
        {
          name: 'chairConsent',
          type: 'checkbox',
          defaultValue: false,
          label: l('Người chủ trì đồng ý cho vắng', 'The chair consented'),
          // R6.2a: refused without it for an absence.
          admin: { components: requiredWhen('presence', ['absent']) },
        },
      ],
    },
    {
      name: 'substituteWaived',
      type: 'checkbox',
      defaultValue: false,
      label: l(
        'Người chủ trì cho miễn cử người dự họp thay',
        'The chair waived sending a substitute',
      ),
      admin: {
        condition: (_, siblingData) => siblingData?.presence === 'absent',
        description: l(
          'Thành viên Tổ công tác vắng mặt phải cử người dự họp thay (Điều 11 khoản 4); chỉ đánh dấu khi người chủ trì đã đồng ý miễn.',
          'An absent Working Group member sends a substitute (Art. 11(4)); tick only when the chair has waived it.',
        ),
      },
    },
    {
      type: 'row',
      admin: { condition: (_, siblingData) => siblingData?.presence === 'substitute' },
      fields: [
        {
          name: 'substituteName',
          type: 'text',
          maxLength: 120,
          label: l('Người dự thay', 'Substitute'),
          // R6.2b: a substitute is named.
          admin: { components: requiredWhen('presence', ['substitute']) },
        },
        {
          name: 'substituteTitle',
          type: 'text',
          maxLength: 200,
          label: l('Chức vụ người dự thay', "Substitute's position"),
        },
        {
          name: 'authorisation',
          type: 'upload',
          relationTo: 'media',
          label: l('Văn bản ủy quyền dự họp', 'Written authorisation'),
          // R6.2b: a substitute comes with the member's written authorisation.
          admin: { components: requiredWhen('presence', ['substitute']) },
        },
      ],
    },
  ],
}
