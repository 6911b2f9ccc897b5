import type { Field } from 'payload'

import { MEETING_STATUSES, MEETING_STATUS_LABELS } from '../../hooks/rules/meetings'
import { numberField } from '../../src/fields/numberFields'
import { l } from '../../src/i18n/label'
import { systemOnly } from '../../src/access'
import { actionOnly } from './meetingAction'
import { deliveryFields, options, readOnlyDay } from './fieldKit'

// The sidebar: status, the action panel and the flags the hooks compute for the compliance view.
export const sidebarFields: Field[] = [
  {
    name: 'status',
    type: 'select',
    required: true,
    index: true,
    defaultValue: 'draft',
    label: l('Trạng thái', 'Status'),
    options: options(MEETING_STATUSES, MEETING_STATUS_LABELS),
    admin: {
      position: 'sidebar',
      description: l(
        'Gửi giấy mời và ban hành kết luận bằng các nút ở bảng bên.',
        'Send the notice and issue the conclusions with the buttons in the panel.',
      ),
    },
  },
  {
    name: 'panel',
    type: 'ui',
    label: l('Tình hình cuộc họp', 'Meeting status'),
    admin: {
      position: 'sidebar',
      components: { Field: '/collections/Meetings/components/MeetingPanel#MeetingPanel' },
    },
  },
  {
    name: 'noticeSentAt',
    type: 'date',
    access: systemOnly,
    label: l('Gửi giấy mời lúc', 'Notice sent at'),
    admin: {
      readOnly: true,
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
    },
  },
  readOnlyDay('noticeDeadline', l('Hạn cuối gửi giấy mời', 'Latest notice day')),
  {
    name: 'noticeLate',
    type: 'checkbox',
    access: systemOnly,
    index: true,
    // R11.3a: the notice went out after its deadline.
    label: l('Gửi giấy mời muộn', 'Late notice'),
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'lateInMonth',
    type: 'checkbox',
    access: systemOnly,
    index: true,
    // R11.1a: a regular meeting held on or after the 10th.
    label: l('Họp thường kỳ từ ngày 10 trở đi', 'Regular meeting on/after the 10th'),
    admin: { readOnly: true, position: 'sidebar' },
  },
  numberField(
    {
      name: 'absenceWithoutConsent',
      type: 'number',
      access: systemOnly,
      index: true,
      // R6.2a: invited members absent without the chair's consent.
      label: l('Vắng không được đồng ý', 'Absent without consent'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    { integer: true },
  ),
  numberField(
    {
      name: 'absenceWithoutSubstitute',
      type: 'number',
      access: systemOnly,
      index: true,
      // R11.4: absent members who neither sent a substitute nor were released.
      label: l(
        'Vắng không cử người dự thay, không được miễn',
        'Absent without a substitute or waiver',
      ),
      admin: { readOnly: true, position: 'sidebar' },
    },
    { integer: true },
  ),
  {
    name: 'attendanceWarnings',
    type: 'textarea',
    access: systemOnly,
    label: l('Điểm danh cần bổ sung', 'Attendance to complete'),
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'noticeDeliveries',
    type: 'array',
    access: actionOnly,
    label: l('Gửi giấy mời', 'Notice deliveries'),
    labels: { singular: l('Người nhận', 'Recipient'), plural: l('Người nhận', 'Recipients') },
    admin: { readOnly: true, position: 'sidebar', initCollapsed: true },
    fields: deliveryFields(false),
  },
  {
    name: 'invitedAgencies',
    type: 'relationship',
    relationTo: 'agencies',
    hasMany: true,
    access: systemOnly,
    label: l('Cơ quan được mời', 'Agencies invited'),
    admin: { hidden: true },
  },
  {
    name: 'title',
    type: 'text',
    access: systemOnly,
    label: l('Tiêu đề', 'Title'),
    admin: { hidden: true },
  },
]
