import type { CollectionConfig } from 'payload'

import { adminOnly, nobody } from '../../src/access'
import { MAX_SUBJECT_LENGTH, NOTIFICATIONS } from '../../src/email/outbox'
import { l } from '../../src/i18n/label'
import { readNotifications } from './access'
import { redeliverEndpoint } from './endpoints'
import { setDedupeId } from './hooks'
import { collectionHooks } from '../../src/lib/hookChain'
import { inputIntegrity } from '../../src/integrity'
import { audit } from '../../src/audit'

const KIND_OPTIONS = [
  { value: 'meeting-notice', label: l('Giấy mời họp', 'Meeting notice') },
  { value: 'meeting-conclusions', label: l('Thông báo kết luận cuộc họp', 'Meeting conclusions') },
  { value: 'report-reminder', label: l('Nhắc gửi báo cáo', 'Report reminder') },
  { value: 'report-soft-copy', label: l('Bản điện tử báo cáo', 'Report soft copy') },
  { value: 'late-report-list', label: l('Danh sách chậm báo cáo', 'Late report list') },
  { value: 'other', label: l('Khác', 'Other') },
]

const STATUS_OPTIONS = [
  { value: 'queued', label: l('Chờ gửi', 'Queued') },
  { value: 'sent', label: l('Đã gửi', 'Sent') },
  { value: 'failed', label: l('Gửi không thành công', 'Failed') },
  { value: 'held', label: l('Chưa gửi (chưa cấu hình SMTP)', 'Held (no SMTP)') },
]

const SENT_AS_OPTIONS = [
  { value: 'attached', label: l('Tệp đính kèm', 'Attached') },
  { value: 'linked', label: l('Liên kết (thư quá dung lượng)', 'Link (message too large)') },
  { value: 'missing', label: l('Liên kết (không đọc được tệp)', 'Link (file missing)') },
]

// The outbox: one record per message and recipient, written only by the system
// (src/email/outbox.ts queueNotification) and the delivery job; readable by the standing body.
export const Notifications: CollectionConfig = {
  slug: NOTIFICATIONS,
  labels: { singular: l('Thư gửi đi', 'Outgoing email'), plural: l('Hộp thư đi', 'Outbox') },
  access: {
    read: readNotifications,
    create: nobody,
    update: nobody,
    delete: adminOnly,
    readVersions: nobody,
    unlock: nobody,
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['createdAt', 'recipient', 'subject', 'kind', 'status', 'attempts', 'sentAt'],
    listSearchableFields: ['recipient', 'subject'],
    group: l('Hệ thống', 'System'),
  },
  defaultSort: '-createdAt',
  lockDocuments: false,
  endpoints: [redeliverEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'recipient',
          type: 'email',
          required: true,
          index: true,
          label: l('Người nhận', 'Recipient'),
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          label: l('Loại thư', 'Kind'),
          options: KIND_OPTIONS,
        },
      ],
    },
    {
      name: 'subject',
      type: 'text',
      required: true,
      maxLength: MAX_SUBJECT_LENGTH,
      label: l('Tiêu đề', 'Subject'),
    },
    { name: 'text', type: 'textarea', required: true, label: l('Nội dung', 'Body') },
    { name: 'html', type: 'textarea', label: l('Nội dung HTML', 'HTML body') },
    {
      name: 'attachments',
      type: 'array',
      label: l('Tệp đính kèm', 'Attachments'),
      labels: { singular: l('Tệp', 'File'), plural: l('Tệp đính kèm', 'Attachments') },
      admin: {
        description: l(
          'Thư chỉ ghi tệp nào được gửi; nội dung tệp được đọc từ kho tệp khi gửi. Thư vượt quá dung lượng máy chủ thư cho phép thì gửi liên kết đến tệp.',
          'The message names the stored files; their content is read from storage when it is sent. A message over the mail server’s size limit carries links instead.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'media',
              type: 'upload',
              relationTo: 'media',
              // Required when queued (src/email/outbox.ts); a file deleted later leaves it empty.
              label: l('Tệp', 'File'),
            },
            {
              name: 'filename',
              type: 'text',
              maxLength: 255,
              label: l('Tên tệp khi gửi', 'Name in the message'),
            },
            {
              name: 'sentAs',
              type: 'select',
              label: l('Đã gửi dưới dạng', 'Sent as'),
              options: SENT_AS_OPTIONS,
            },
          ],
        },
      ],
    },
    { name: 'ics', type: 'textarea', label: l('Lời mời lịch (ICS)', 'Calendar invitation (ICS)') },
    {
      type: 'row',
      fields: [
        {
          name: 'relatedCollection',
          type: 'text',
          index: true,
          label: l('Danh mục liên quan', 'Related collection'),
        },
        {
          name: 'relatedId',
          type: 'text',
          index: true,
          label: l('Mã bản ghi liên quan', 'Related record'),
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      label: l('Trạng thái', 'Status'),
      options: STATUS_OPTIONS,
      admin: { position: 'sidebar' },
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: l('Số lần gửi', 'Attempts'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'sentAt',
      type: 'date',
      label: l('Thời điểm gửi', 'Sent at'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'messageId',
      type: 'text',
      label: l('Mã thư (Message-ID)', 'Message-ID'),
      admin: { position: 'sidebar' },
    },
    { name: 'lastError', type: 'textarea', label: l('Lỗi gần nhất', 'Last error') },
    {
      name: 'dedupeKey',
      type: 'text',
      index: true,
      label: l('Khóa chống gửi trùng', 'Deduplication key'),
      admin: { position: 'sidebar' },
    },
    {
      // Always set by setDedupeId.
      name: 'dedupeId',
      type: 'text',
      unique: true,
      label: l('Khóa chống trùng theo người nhận', 'Deduplication key and recipient'),
      admin: { hidden: true },
    },
  ],
  hooks: collectionHooks(
    inputIntegrity(() => Notifications),
    {
      beforeValidate: [setDedupeId],
    },
    audit,
  ),
}
