import type { Field } from 'payload'

import { MEETING_KINDS, MEETING_KIND_LABELS } from '../../hooks/rules/meetings'
import { dayOnly } from '../../src/fields/dates'
import { requiredWhen } from '../../src/fields/requiredWhen'
import { l } from '../../src/i18n/label'
import { dateTime, options, PERSON_PICKER, VALID_URL } from './fieldKit'
import { periodField } from '../../src/fields/periodField'

// The "General" tab: group, kind, month served, time, place, chair and who called it.
export const generalFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'group',
        type: 'relationship',
        relationTo: 'working-groups',
        required: true,
        index: true,
        label: l('Tổ', 'Group'),
      },
      {
        name: 'kind',
        type: 'select',
        required: true,
        index: true,
        defaultValue: 'regular',
        label: l('Loại cuộc họp', 'Kind of meeting'),
        options: options(MEETING_KINDS, MEETING_KIND_LABELS),
      },
      periodField({
        name: 'servesMonth',
        type: 'text',
        index: true,
        maxLength: 7,
        label: l('Cuộc họp của tháng (tháng/năm)', 'Month served (month/year)'),
        admin: {
          description: l(
            'Để trống: lấy theo ngày họp. Họp thường kỳ phải trước ngày 10 của tháng này.',
            'Empty: the month of the meeting. A regular meeting is due before the 10th of it.',
          ),
        },
      }),
    ],
  },
  {
    type: 'row',
    fields: [
      dateTime('start', l('Bắt đầu', 'Starts'), true),
      dateTime('end', l('Kết thúc', 'Ends')),
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'place', type: 'text', maxLength: 300, label: l('Địa điểm', 'Place') },
      {
        name: 'onlineLink',
        type: 'text',
        maxLength: 500,
        label: l('Đường dẫn họp trực tuyến', 'Online meeting link'),
        validate: (
          value: string | null | undefined,
          { req }: { req: { i18n?: { language?: string } } },
        ) =>
          !value || VALID_URL.test(value)
            ? true
            : req.i18n?.language === 'en'
              ? 'The link starts with http:// or https://.'
              : 'Đường dẫn phải bắt đầu bằng http:// hoặc https://.',
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'chair',
        type: 'relationship',
        relationTo: 'users',
        label: l('Người chủ trì', 'Chair'),
        admin: {
          components: PERSON_PICKER,
          description: l(
            'Tổ trưởng, thành viên được Tổ trưởng ủy quyền chủ trì (Điều 3 khoản 4), hoặc Tổ phó Thường trực khi Tổ trưởng vắng mặt (Điều 4 khoản 2).',
            'The Head, a member the Head authorised to chair (Art. 3(4)), or the Standing Deputy while the Head is absent (Art. 4(2)).',
          ),
        },
      },
      {
        // R4.2 (Art. 4.2): the Standing Deputy chairs by position when the Head is absent.
        name: 'headAbsent',
        type: 'checkbox',
        defaultValue: false,
        label: l('Tổ trưởng vắng mặt', 'The Head is absent'),
        admin: {
          condition: (data) => data?.kind !== 'sg',
          description: l(
            'Tổ phó Thường trực thay mặt Tổ trưởng chủ trì, không cần văn bản ủy quyền (Điều 4 khoản 2).',
            'The Standing Deputy chairs for the Head, without a written delegation (Art. 4(2)).',
          ),
        },
      },
      {
        name: 'convenedBy',
        type: 'relationship',
        relationTo: 'users',
        label: l('Người triệu tập', 'Called by'),
        // R11.1c: required for an extraordinary meeting; the asterisk shows while it is one.
        admin: { components: { ...PERSON_PICKER, ...requiredWhen('kind', ['extraordinary']) } },
      },
      {
        ...dayOnly('calledOn', l('Ngày quyết định triệu tập', 'Called on')),
        admin: {
          condition: (data) => data?.kind === 'extraordinary',
          // R11.1c: shown only for an extraordinary meeting, where it is required.
          components: requiredWhen('kind', ['extraordinary']),
          date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
          description: l(
            'Họp đột xuất chỉ khi Tổ trưởng (hoặc người được giao quyền Tổ trưởng) triệu tập.',
            'An extraordinary meeting only when the Head (or the acting Head) calls it.',
          ),
        },
      },
    ],
  },
]
