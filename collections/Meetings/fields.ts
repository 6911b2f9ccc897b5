import type { Field } from 'payload'

import { l } from '../../src/i18n/label'
import { agendaFields } from './agendaFields'
import { attendanceField } from './attendanceFields'
import { conclusionFields } from './conclusionFields'
import { generalFields } from './generalFields'
import { inviteeFields } from './inviteeFields'
import { preparationFields } from './preparationFields'
import { recordFields } from './recordFields'
import { sidebarFields } from './sidebarFields'

// A meeting's fields, one tab per stage: called, agenda, invitees and attendance, record,
// conclusions; the sidebar holds the status, the action panel and the computed flags.
export const meetingFields: Field[] = [
  {
    type: 'tabs',
    tabs: [
      { label: l('Thông tin chung', 'General'), fields: generalFields },
      { label: l('Chương trình, tài liệu', 'Agenda and documents'), fields: agendaFields },
      {
        label: l('Chuẩn bị (Tổ giúp việc)', 'Preparation (Support Group)'),
        fields: preparationFields,
      },
      {
        label: l('Thành phần, điểm danh', 'Invitees and attendance'),
        fields: [...inviteeFields, attendanceField],
      },
      { label: l('Biên bản, biểu quyết', 'Minutes and votes'), fields: recordFields },
      { label: l('Kết luận', 'Conclusions'), fields: conclusionFields },
    ],
  },
  ...sidebarFields,
]
