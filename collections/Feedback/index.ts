import type { CollectionConfig, Field, FieldHook } from 'payload'

import { adminOnly, agencyScopedRead, orgEditors, systemOnly, withRoles } from '../../src/access'
import { dayKeyOf, dayOnly } from '../../src/fields/dates'
import { numberField } from '../../src/fields/numberFields'
import { l } from '../../src/i18n/label'
import { vnToday } from '../../src/lib/clock'
import { trusted } from '../../src/lib/safeInput'
import {
  daysOpen,
  FEEDBACK_KIND_LABELS,
  FEEDBACK_KINDS,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_STATUSES,
} from '../../hooks/rules/feedback'
import { feedbackEndpoints } from './endpoints'
import { enforceFeedbackRules } from './hooks'
import { collectionHooks } from '../../src/lib/hookChain'
import { inputIntegrity } from '../../src/integrity'
import { audit } from '../../src/audit'

/** A value the workflow records: shown, never typed. */
const recorded = <F extends Field>(field: F): F => ({
  ...field,
  access: systemOnly,
  admin: { ...field.admin, readOnly: true, position: 'sidebar' },
})

// Computed on read from the stored days: no query, nothing stored that could age.
const computeDaysOpen: FieldHook = ({ siblingData }) => {
  const received = dayKeyOf(siblingData?.receivedOn)
  return received ? daysOpen(received, dayKeyOf(siblingData?.respondedOn), vnToday()) : null
}

// R6.1 / R14.3: obstacles, proposals and charter amendment proposals from members and agencies,
// routed to the standing body (the provincial police), answered or forwarded to the Head.
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: {
    singular: l('Phản ánh, kiến nghị', 'Feedback item'),
    plural: l('Phản ánh, kiến nghị', 'Feedback'),
  },
  access: {
    read: agencyScopedRead('agency'),
    create: withRoles('admin', 'secretariat', 'leader', 'reporter'),
    update: orgEditors,
    delete: adminOnly,
    readVersions: orgEditors,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'agency', 'status', 'receivedOn', 'daysOpen'],
    listSearchableFields: ['title', 'content'],
    group: l('Công việc', 'Work'),
    description: l(
      'Sửa đổi Quy chế được Tổ trưởng chấp nhận: gửi POST /api/feedback/{id}/accept-amendment với ngày hiệu lực, căn cứ và các tham số thay đổi; hệ thống thêm phiên bản mới vào Tham số Quy chế.',
      'An amendment the Head accepts: POST /api/feedback/{id}/accept-amendment with the effective date, the basis and the changed settings; a new edition is added to the charter settings.',
    ),
  },
  defaultSort: '-receivedOn',
  endpoints: feedbackEndpoints,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          label: l('Loại', 'Kind'),
          options: FEEDBACK_KINDS.map((value) => ({ value, label: FEEDBACK_KIND_LABELS[value] })),
        },
        {
          name: 'agency',
          type: 'relationship',
          relationTo: 'agencies',
          required: true,
          index: true,
          label: l('Cơ quan phản ánh', 'From agency'),
        },
        {
          name: 'author',
          type: 'relationship',
          relationTo: 'users',
          label: l('Người phản ánh', 'From'),
        },
      ],
    },
    { name: 'title', type: 'text', required: true, maxLength: 200, label: l('Tiêu đề', 'Subject') },
    {
      name: 'content',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      label: l('Nội dung phản ánh, đề xuất', 'Content'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'received',
      index: true,
      label: l('Trạng thái', 'Status'),
      options: FEEDBACK_STATUSES.map((value) => ({
        value,
        label: FEEDBACK_STATUS_LABELS[value],
      })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'response',
      type: 'textarea',
      maxLength: 5000,
      label: l('Trả lời, ý kiến xử lý', 'Response'),
    },
    recorded(dayOnly('receivedOn', l('Ngày tiếp nhận', 'Received on'), { index: true })),
    numberField(
      {
        name: 'daysOpen',
        type: 'number',
        virtual: true,
        label: l('Số ngày xử lý', 'Days open'),
        admin: { readOnly: true, position: 'sidebar', disableListFilter: true },
        hooks: { afterRead: [computeDaysOpen] },
      },
      { integer: true },
    ),
    recorded({
      name: 'routedTo',
      type: 'relationship',
      relationTo: 'agencies',
      validate: trusted,
      label: l('Chuyển đến (Cơ quan thường trực)', 'Routed to (standing body)'),
    }),
    recorded({
      name: 'respondedBy',
      type: 'relationship',
      relationTo: 'users',
      validate: trusted,
      label: l('Người trả lời', 'Answered by'),
    }),
    recorded(dayOnly('respondedOn', l('Ngày trả lời', 'Answered on'))),
    recorded({
      name: 'origin',
      type: 'select',
      defaultValue: 'direct',
      label: l('Nguồn', 'Origin'),
      options: [
        { value: 'direct', label: l('Gửi trực tiếp', 'Sent directly') },
        { value: 'monthly-report', label: l('Từ báo cáo tháng', 'From a monthly report') },
      ],
    }),
    recorded({
      name: 'originRef',
      type: 'text',
      maxLength: 100,
      label: l('Báo cáo nguồn', 'Source report'),
    }),
    recorded({
      name: 'amendment',
      type: 'group',
      label: l('Sửa đổi Quy chế đã ban hành', 'Charter amendment adopted'),
      fields: [
        dayOnly('effectiveFrom', l('Hiệu lực từ', 'Effective from')),
        { name: 'basis', type: 'text', maxLength: 200, label: l('Căn cứ', 'Basis') },
      ],
    }),
  ],
  hooks: collectionHooks(
    inputIntegrity(() => Feedback),
    {
      beforeChange: [enforceFeedbackRules],
    },
    audit,
  ),
}
