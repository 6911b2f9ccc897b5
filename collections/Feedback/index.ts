import type { CollectionConfig, Condition, Field, FieldHook } from 'payload'

import { adminOnly, orgEditors, systemOnly, withRoles } from '../../src/access'
import { canReadAll } from '../../src/access/roles'
import { dayKeyOf, dayOnly } from '../../src/fields/dates'
import { numberField } from '../../src/fields/numberFields'
import { relatedNameField } from '../../src/fields/personName'
import { l, languageOf } from '../../src/i18n/label'
import { vnToday } from '../../src/lib/clock'
import { trusted } from '../../src/lib/safeInput'
import {
  daysOpen,
  FEEDBACK_KIND_LABELS,
  FEEDBACK_KINDS,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_STATUSES,
  RESOLUTION_WORKING_DAYS,
  resolutionState,
} from '../../hooks/rules/feedback'
import { readFeedback, standingBodyWrites } from './access'
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

// A record a reporter may not read (the standing body, its staff): the read-all roles see the
// relationship, a reporter its name, never "Chưa có tiêu đề - ID: 2".
const forReadAll: Condition = (_data, _siblingData, { user }) => canReadAll(user)
const forReporters: Condition = (_data, _siblingData, { user }) => !canReadAll(user)

// Computed on read, like the days open: the state ages with the calendar, not with the record.
const computeResolutionState: FieldHook = ({ siblingData, req }) => {
  const state = resolutionState(
    {
      status: siblingData?.status,
      dueOn: dayKeyOf(siblingData?.dueOn),
      respondedOn: dayKeyOf(siblingData?.respondedOn),
    },
    vnToday(),
  )
  return state ? state[languageOf(req)] : null
}

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
    read: readFeedback,
    create: withRoles('admin', 'secretariat', 'leader', 'reporter'),
    update: orgEditors,
    delete: adminOnly,
    readVersions: orgEditors,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    // A phone shows the first two: what the item is and how it stands against its due date.
    defaultColumns: ['title', 'resolutionState', 'status', 'dueOn', 'agency', 'resolverName'],
    listSearchableFields: ['title', 'content'],
    group: l('Công việc', 'Work'),
    description: l(
      'Sổ theo dõi khó khăn, vướng mắc và đề xuất của các cơ quan, đơn vị (từ báo cáo tháng, cuộc họp hoặc gửi trực tiếp): cơ quan giải quyết, hạn giải quyết, kết quả và ngày trả lời. Việc quá hạn được đánh dấu để Tổ công tác đôn đốc.',
      'The register of obstacles and proposals from agencies (from monthly reports, meetings or sent directly): who resolves each, by when, the decision and the day answered. Overdue items are flagged for the Working Group to urge.',
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
      admin: { condition: forReadAll },
    }),
    relatedNameField({
      name: 'routedToName',
      of: 'routedTo',
      named: { collection: 'agencies', title: 'name' },
      label: l('Chuyển đến (Cơ quan thường trực)', 'Routed to (standing body)'),
      position: 'sidebar',
      condition: forReporters,
    }),
    // R12.4: who must resolve the item, by when, and how it stands against that date.
    {
      name: 'resolver',
      type: 'relationship',
      relationTo: 'agencies',
      index: true,
      access: standingBodyWrites,
      label: l('Cơ quan giải quyết', 'Resolved by'),
      admin: {
        position: 'sidebar',
        // A reporter may not read the standing body's record: he sees its name below.
        condition: forReadAll,
        description: l(
          'Mặc định là Cơ quan thường trực; Cơ quan thường trực có thể giao cơ quan khác.',
          'The standing body unless it assigns another agency.',
        ),
      },
    },
    relatedNameField({
      name: 'resolverName',
      of: 'resolver',
      named: { collection: 'agencies', title: 'name' },
      label: l('Cơ quan giải quyết', 'Resolved by'),
      position: 'sidebar',
      condition: forReporters,
    }),
    {
      ...dayOnly('dueOn', l('Hạn giải quyết', 'Due on'), { index: true }),
      access: standingBodyWrites,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
        description: l(
          `Mặc định ${RESOLUTION_WORKING_DAYS} ngày làm việc kể từ ngày tiếp nhận.`,
          `By default ${RESOLUTION_WORKING_DAYS} working days after the day received.`,
        ),
      },
    },
    {
      name: 'resolutionState',
      type: 'text',
      virtual: true,
      label: l('Tình trạng xử lý', 'Against the due date'),
      admin: { readOnly: true, position: 'sidebar', disableListFilter: true },
      hooks: { afterRead: [computeResolutionState] },
    },
    {
      name: 'sourceMeeting',
      type: 'relationship',
      relationTo: 'meetings',
      access: { create: standingBodyWrites.create, update: () => false },
      label: l('Nêu tại cuộc họp', 'Raised at the meeting'),
      admin: { position: 'sidebar' },
    },
    recorded({
      name: 'respondedBy',
      type: 'relationship',
      relationTo: 'users',
      validate: trusted,
      label: l('Người trả lời', 'Answered by'),
      admin: { condition: forReadAll },
    }),
    relatedNameField({
      name: 'respondedByName',
      of: 'respondedBy',
      named: { collection: 'users', title: 'fullName' },
      label: l('Người trả lời', 'Answered by'),
      position: 'sidebar',
      condition: forReporters,
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
        { value: 'meeting', label: l('Nêu tại cuộc họp', 'Raised at a meeting') },
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
