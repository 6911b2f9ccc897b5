import type { Field } from 'payload'

import { OUTCOMES, OUTCOME_LABELS, VOTE_CHOICES, VOTE_LABELS } from '../../hooks/rules/meetings'
import { l } from '../../src/i18n/label'
import { systemOnly } from '../../src/access'
import { options, sameGroupSeats, SEAT_PICKER } from './fieldKit'
import { inviteesReadout } from './readouts'

// The minutes and the votes of each decision (R2.1).
export const recordFields: Field[] = [
  inviteesReadout,
  { name: 'minutes', type: 'richText', label: l('Biên bản cuộc họp', 'Minutes') },
  {
    name: 'minutesScan',
    type: 'upload',
    relationTo: 'media',
    label: l('Biên bản có chữ ký (bản quét)', 'Signed minutes (scan)'),
  },
  {
    name: 'decisions',
    type: 'array',
    label: l('Biểu quyết', 'Decisions'),
    labels: {
      singular: l('Nội dung biểu quyết', 'Decision'),
      plural: l('Biểu quyết', 'Decisions'),
    },
    admin: {
      description: l(
        'Kết quả được tính, không nhập tay (Điều 2 khoản 1): thông qua khi số phiếu tán thành quá nửa tổng số thành viên hoặc số thành viên dự họp (theo Tham số Quy chế); số phiếu ngang nhau là khi số tán thành bằng số không tán thành, chỉ khi đó mới áp dụng quy định khi số phiếu ngang nhau.',
        'The outcome is computed, never typed (Art. 2(1)): passed when the votes in favour are more than half of all members or of the members present (per the charter settings); a tie is as many against as in favour, and only then the tie rule applies.',
      ),
    },
    fields: [
      {
        name: 'title',
        type: 'text',
        required: true,
        maxLength: 500,
        label: l('Nội dung', 'Motion'),
      },
      {
        name: 'votes',
        type: 'array',
        label: l('Phiếu biểu quyết', 'Votes'),
        labels: { singular: l('Phiếu', 'Vote'), plural: l('Phiếu', 'Votes') },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'voter',
                type: 'relationship',
                relationTo: 'members',
                required: true,
                label: l('Thành viên', 'Member'),
                filterOptions: sameGroupSeats,
                admin: { components: SEAT_PICKER },
              },
              {
                name: 'choice',
                type: 'select',
                required: true,
                label: l('Ý kiến', 'Vote'),
                options: options(VOTE_CHOICES, VOTE_LABELS),
              },
            ],
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'outcome',
            type: 'select',
            access: systemOnly,
            label: l('Kết quả', 'Outcome'),
            options: options(OUTCOMES, OUTCOME_LABELS),
            admin: { readOnly: true, width: '25%' },
          },
          {
            // The count, the base and the rule applied, as the secretary reads them out (R2.1).
            name: 'outcomeNote',
            type: 'textarea',
            access: systemOnly,
            label: l(
              'Kết quả biểu quyết (số phiếu, cách tính)',
              'The count and how it was computed',
            ),
            admin: { readOnly: true, rows: 2, width: '75%' },
          },
        ],
      },
    ],
  },
]
