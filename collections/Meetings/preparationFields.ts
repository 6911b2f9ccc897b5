import type { Field, FieldHook } from 'payload'

import {
  PREPARATION_STEP_LABELS,
  PREPARATION_STEPS,
  preparationState,
} from '../../hooks/rules/meetings'
import { systemOnly } from '../../src/access'
import { dayKeyOf, dayOnly } from '../../src/fields/dates'
import { l, languageOf } from '../../src/i18n/label'
import { vnToday } from '../../src/lib/clock'
import { options, SEAT_PICKER } from './fieldKit'

// R7.3: the Support Group's preparation of a Working Group meeting, one row per step, filled when
// the meeting is created and recomputed when its day moves (rows done keep their due day).

// Computed on read from the stored days: nothing stored that could age.
const computeState: FieldHook = ({ siblingData, req }) => {
  const state = preparationState(
    { dueOn: dayKeyOf(siblingData?.dueOn), doneOn: dayKeyOf(siblingData?.doneOn) },
    vnToday(),
  )
  return state ? state[languageOf(req)] : null
}

export const preparationFields: Field[] = [
  {
    name: 'preparation',
    type: 'array',
    label: l('Công tác chuẩn bị (Tổ giúp việc)', 'Preparation (Support Group)'),
    labels: { singular: l('Việc chuẩn bị', 'Step'), plural: l('Việc chuẩn bị', 'Steps') },
    admin: {
      description: l(
        'Tự động khi tạo cuộc họp Tổ công tác: dự thảo chương trình (5 ngày làm việc trước ngày họp), tài liệu (3 ngày), giấy mời (theo hạn gửi giấy mời), biên bản (2 ngày làm việc sau ngày họp). Hạn tính lại khi đổi ngày họp; việc đã xong giữ nguyên. Giấy mời được đánh dấu xong khi gửi, biên bản khi nhập biên bản.',
        'Filled when a Working Group meeting is created: draft agenda (5 working days before), documents (3), notice (the notice deadline), minutes (2 working days after). Recomputed when the meeting moves; steps done stay. The notice is marked done when sent, the minutes when recorded.',
      ),
    },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'step',
            type: 'select',
            required: true,
            access: { update: systemOnly.update },
            label: l('Việc', 'Step'),
            options: options(PREPARATION_STEPS, PREPARATION_STEP_LABELS),
            admin: { readOnly: true, width: '25%' },
          },
          {
            name: 'owner',
            type: 'relationship',
            relationTo: 'members',
            label: l('Người phụ trách (Tổ giúp việc)', 'Owner (Support Group)'),
            admin: { width: '25%', components: SEAT_PICKER },
          },
          {
            ...dayOnly('dueOn', l('Hạn hoàn thành', 'Due on')),
            access: systemOnly,
            admin: {
              readOnly: true,
              width: '15%',
              date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
            },
          },
          {
            ...dayOnly('doneOn', l('Ngày hoàn thành', 'Done on')),
            admin: {
              width: '15%',
              date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
            },
          },
          {
            name: 'state',
            type: 'text',
            virtual: true,
            label: l('Tình trạng', 'State'),
            admin: { readOnly: true, width: '20%' },
            hooks: { afterRead: [computeState] },
          },
        ],
      },
    ],
  },
]
