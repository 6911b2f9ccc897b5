import type { Field } from 'payload'

import {
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  MEETING_STATUS_LABELS,
  MEETING_STATUSES,
  OUTCOME_LABELS,
  OUTCOMES,
  PRESENCE_LABELS,
  PRESENCES,
  VOTE_CHOICES,
  VOTE_LABELS,
} from '../../hooks/rules/meetings'
import { dayOnly } from '../../src/fields/dates'
import { numberField } from '../../src/fields/numberFields'
import { l } from '../../src/i18n/label'
import { idOf } from '../../src/lib/relations'
import { actionOnly, computedOnly } from './context'

const options = <T extends string>(
  values: readonly T[],
  labels: Record<T, { vi: string; en: string }>,
) => values.map((value) => ({ value, label: labels[value] }))

const dateTime = (name: string, label: { vi: string; en: string }, required = false): Field => ({
  name,
  type: 'date',
  label,
  required,
  index: required,
  admin: {
    date: {
      pickerAppearance: 'dayAndTime',
      displayFormat: 'dd/MM/yyyy HH:mm',
      timeFormat: 'HH:mm',
      timeIntervals: 15,
    },
  },
})

const readOnlyDay = (name: string, label: { vi: string; en: string }): Field => ({
  ...dayOnly(name, label),
  access: computedOnly,
  admin: {
    readOnly: true,
    position: 'sidebar',
    date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
  },
})

const sameGroupSeats = ({ data }: { data: Record<string, unknown> }) => {
  const group = idOf(data?.group)
  return group === null ? true : { group: { equals: group } }
}

const VALID_URL = /^https?:\/\/\S+$/i

// Pickers listing every seat of the group (the Head first) or every person, with position and agency.
const SEAT_PICKER = { Field: '/src/fields/pickers/OptionsSelect#SeatSelect' }
const PERSON_PICKER = { Field: '/src/fields/pickers/OptionsSelect#PersonSelect' }

const general: Field[] = [
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
      {
        name: 'servesMonth',
        type: 'text',
        index: true,
        maxLength: 7,
        label: l('Cuộc họp của tháng (NNNN-TT)', 'Month served (YYYY-MM)'),
        admin: {
          description: l(
            'Để trống: lấy theo ngày họp. Họp thường kỳ phải trước ngày 10 của tháng này.',
            'Empty: the month of the meeting. A regular meeting is due before the 10th of it.',
          ),
        },
      },
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
        admin: { components: PERSON_PICKER },
      },
      {
        ...dayOnly('calledOn', l('Ngày quyết định triệu tập', 'Called on')),
        admin: {
          condition: (data) => data?.kind === 'extraordinary',
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

const invitees: Field[] = [
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
        access: computedOnly,
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
        access: computedOnly,
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
  {
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
          },
          {
            name: 'chairConsent',
            type: 'checkbox',
            defaultValue: false,
            label: l('Người chủ trì đồng ý cho vắng', 'The chair consented'),
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
          },
        ],
      },
    ],
  },
]

const agenda: Field[] = [
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
    ],
  },
  {
    name: 'followUpTasks',
    type: 'relationship',
    relationTo: 'tasks',
    hasMany: true,
    access: computedOnly,
    label: l('Theo dõi thực hiện kết luận các cuộc họp trước', 'Follow-up of previous conclusions'),
    admin: {
      readOnly: true,
      description: l(
        'Tự động: nhiệm vụ từ kết luận các cuộc họp trước còn đang thực hiện (trong hạn hoặc quá hạn); chốt lại khi gửi giấy mời.',
        'Automatic: open tasks (within deadline or overdue) from earlier conclusions; fixed when the notice is sent.',
      ),
    },
  },
]

const record: Field[] = [
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
            access: computedOnly,
            label: l('Kết quả', 'Outcome'),
            options: options(OUTCOMES, OUTCOME_LABELS),
            admin: { readOnly: true, width: '25%' },
          },
          {
            // The count, the base and the rule applied, as the secretary reads them out (R2.1).
            name: 'outcomeNote',
            type: 'textarea',
            access: computedOnly,
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

const conclusions: Field[] = [
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
            access: computedOnly,
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

function deliveryFields(withMember: boolean): Field[] {
  return [
    {
      type: 'row',
      fields: [
        ...(withMember
          ? [
              {
                name: 'member',
                type: 'relationship',
                relationTo: 'members',
                label: l('Thành viên', 'Member'),
              } as Field,
            ]
          : []),
        { name: 'name', type: 'text', label: l('Người nhận', 'Recipient') },
        { name: 'email', type: 'text', label: l('Email', 'Email') },
        { name: 'notificationId', type: 'text', label: l('Mã thư (hộp thư đi)', 'Outbox message') },
        {
          name: 'status',
          type: 'select',
          label: l('Trạng thái', 'Status'),
          options: [
            { value: 'queued', label: l('Đã đưa vào hộp thư đi', 'Queued in the outbox') },
            {
              value: 'no-email',
              label: l('Không có email (gửi văn bản giấy)', 'No email (send on paper)'),
            },
            { value: 'recorded', label: l('Đã gửi (ghi nhận)', 'Delivered (recorded)') },
          ],
        },
      ],
    },
  ]
}

const sidebar: Field[] = [
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
    access: computedOnly,
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
    access: computedOnly,
    index: true,
    label: l('Gửi giấy mời muộn (R11.3a)', 'Late notice (R11.3a)'),
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'lateInMonth',
    type: 'checkbox',
    access: computedOnly,
    index: true,
    label: l(
      'Họp thường kỳ từ ngày 10 trở đi (R11.1a)',
      'Regular meeting on/after the 10th (R11.1a)',
    ),
    admin: { readOnly: true, position: 'sidebar' },
  },
  numberField(
    {
      name: 'absenceWithoutConsent',
      type: 'number',
      access: computedOnly,
      index: true,
      label: l('Vắng không được đồng ý (R6.2a)', 'Absent without consent (R6.2a)'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    { integer: true },
  ),
  numberField(
    {
      name: 'absenceWithoutSubstitute',
      type: 'number',
      access: computedOnly,
      index: true,
      label: l(
        'Vắng không cử người dự thay, không được miễn (R11.4)',
        'Absent without a substitute or waiver (R11.4)',
      ),
      admin: { readOnly: true, position: 'sidebar' },
    },
    { integer: true },
  ),
  {
    name: 'attendanceWarnings',
    type: 'textarea',
    access: computedOnly,
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
    access: computedOnly,
    label: l('Cơ quan được mời', 'Agencies invited'),
    admin: { hidden: true },
  },
  {
    name: 'title',
    type: 'text',
    access: computedOnly,
    label: l('Tiêu đề', 'Title'),
    admin: { hidden: true },
  },
]

export const meetingFields: Field[] = [
  {
    type: 'tabs',
    tabs: [
      { label: l('Thông tin chung', 'General'), fields: general },
      { label: l('Chương trình, tài liệu', 'Agenda and documents'), fields: agenda },
      { label: l('Thành phần, điểm danh', 'Invitees and attendance'), fields: invitees },
      { label: l('Biên bản, biểu quyết', 'Minutes and votes'), fields: record },
      { label: l('Kết luận', 'Conclusions'), fields: conclusions },
    ],
  },
  ...sidebar,
]
