import type { CollectionConfig, Field } from 'payload'

import { adminOnly, orgEditors, systemOnly } from '../../src/access'
import { dayOnly } from '../../src/fields/dates'
import { trusted } from '../../src/lib/safeInput'
import { numberField } from '../../src/fields/numberFields'
import { l } from '../../src/i18n/label'
import { searchText, searchable } from '../../src/search'
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS } from '../../hooks/rules/documentRegister'
import { SIGNING_FORM_LABELS, SIGNING_FORMS } from '../../hooks/rules/signing'
import { readDocuments, untilIssued } from './access'
import { enforceDocumentRules, refuseIssuedDelete } from './hooks'
import { documentEndpoints } from './endpoints'
import { enforceUrgingIssue, sendUrgingNotice } from './urgingHooks'
import { collectionHooks } from '../../src/lib/hookChain'
import { inputIntegrity } from '../../src/integrity'
import { audit } from '../../src/audit'

/** A value the register computes: shown, never typed. */
const computed = <F extends Field>(field: F): F => ({
  ...field,
  access: systemOnly,
  admin: { ...field.admin, readOnly: true },
})

// The register of outgoing documents: number/symbol assigned on issue (Decree 30, Art. 15), signer
// and signing form checked against the charter (R2.4, R4.5, R5.3), seal = the signer's agency.
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: {
    singular: l('Văn bản đi', 'Outgoing document'),
    plural: l('Sổ văn bản đi', 'Outgoing documents'),
  },
  access: {
    read: readDocuments,
    create: orgEditors,
    update: orgEditors,
    delete: orgEditors,
    readVersions: orgEditors,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['symbol', 'date', 'kind', 'title', 'signer', 'signingForm', 'status'],
    listSearchableFields: ['searchText'],
    group: l('Văn bản', 'Documents'),
    components: {
      edit: { beforeDocumentControls: ['/collections/Documents/IssueButton#IssueButton'] },
      // R7.2: the standing body drafts an urging letter from the register's list.
      beforeListTable: ['/collections/Documents/urgingDraftButton#UrgingDraftButton'],
    },
  },
  custom: searchable({
    label: l('số, ký hiệu, trích yếu', 'number and symbol, summary'),
    fields: ['symbol', 'title'],
  }),
  defaultSort: '-date',
  endpoints: documentEndpoints,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          access: { update: untilIssued },
          type: 'select',
          required: true,
          index: true,
          label: l('Loại văn bản', 'Kind'),
          options: DOCUMENT_KINDS.map((value) => ({ value, label: DOCUMENT_KIND_LABELS[value] })),
        },
        {
          ...dayOnly('date', l('Ngày văn bản', 'Date'), { index: true }),
          access: { update: untilIssued },
        },
      ],
    },
    {
      // R2.4: the Working Group by default; the Support Group's own plan, report and notices are
      // signed by its Head "TM. TỔ GIÚP VIỆC" and numbered in its own sequences.
      name: 'group',
      access: { update: untilIssued },
      type: 'relationship',
      relationTo: 'working-groups',
      index: true,
      label: l('Tổ ban hành', 'Issuing group'),
      admin: {
        description: l(
          'Để trống: Tổ công tác. Chọn Tổ giúp việc cho kế hoạch, báo cáo, thông báo, giấy mời của Tổ giúp việc (Tổ trưởng Tổ giúp việc ký "TM. Tổ giúp việc", Điều 2 khoản 4).',
          'Empty: the Working Group. Choose the Support Group for its own plan, report, notices and invitations (its Head signs "TM.", Art. 2(4)).',
        ),
      },
    },
    {
      name: 'title',
      access: { update: untilIssued },
      type: 'text',
      required: true,
      maxLength: 500,
      label: l('Trích yếu nội dung', 'Summary (trích yếu)'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'signer',
          access: { update: untilIssued },
          type: 'relationship',
          relationTo: 'users',
          index: true,
          label: l('Người ký', 'Signer'),
        },
        {
          name: 'signingForm',
          access: { update: untilIssued },
          type: 'select',
          label: l('Hình thức ký', 'Signing form'),
          options: SIGNING_FORMS.map((value) => ({ value, label: SIGNING_FORM_LABELS[value] })),
        },
      ],
    },
    {
      // R7.2: the agency an urging letter presses to catch up (counted on its scorecard).
      name: 'urgedAgency',
      access: { update: untilIssued },
      type: 'relationship',
      relationTo: 'agencies',
      index: true,
      label: l('Cơ quan được đôn đốc', 'Agency urged'),
      admin: {
        condition: (data) => data?.kind === 'urging-letter',
      },
    },
    {
      name: 'recipients',
      access: { update: untilIssued },
      type: 'textarea',
      maxLength: 2000,
      label: l('Nơi nhận (mỗi dòng một nơi)', 'Recipients (one per line)'),
      admin: { rows: 5 },
    },
    {
      name: 'file',
      access: { update: untilIssued },
      type: 'upload',
      relationTo: 'media',
      label: l('Tệp văn bản', 'File'),
    },
    computed({
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: l('Trạng thái', 'Status'),
      options: [
        { value: 'draft', label: l('Dự thảo', 'Draft') },
        { value: 'issued', label: l('Đã ban hành', 'Issued') },
      ],
      admin: { position: 'sidebar' },
    }),
    computed({
      name: 'symbol',
      type: 'text',
      index: true,
      label: l('Số, ký hiệu', 'Number and symbol'),
      admin: { position: 'sidebar' },
    }),
    computed({
      name: 'sealAgency',
      type: 'relationship',
      relationTo: 'agencies',
      validate: trusted,
      label: l('Đóng dấu của cơ quan', 'Seal of'),
      admin: {
        position: 'sidebar',
        description: l(
          'Cơ quan công tác của người ký (Điều 2 khoản 4).',
          "The signer's own agency (Art. 2(4)).",
        ),
      },
    }),
    computed({
      name: 'signatureBlock',
      type: 'textarea',
      label: l('Thể thức ký', 'Signature block'),
      admin: { position: 'sidebar', rows: 3 },
    }),
    computed({
      name: 'signingDelegation',
      type: 'relationship',
      relationTo: 'delegations',
      validate: trusted,
      label: l('Ký theo ủy quyền', 'Signed under delegation'),
      admin: { position: 'sidebar' },
    }),
    computed(
      numberField(
        {
          name: 'year',
          type: 'number',
          index: true,
          label: l('Năm', 'Year'),
          admin: { position: 'sidebar' },
        },
        { integer: true, grouping: false },
      ),
    ),
    computed(
      numberField(
        {
          name: 'number',
          type: 'number',
          label: l('Số', 'Number'),
          admin: { position: 'sidebar' },
        },
        { integer: true, grouping: false },
      ),
    ),
    computed({
      name: 'sequence',
      type: 'text',
      label: l('Dãy số', 'Sequence'),
      admin: { hidden: true },
    }),
    // One number per year and sequence, whatever the database: two simultaneous issues collide
    // here and the loser takes the next number (collections/Documents/issue.ts).
    computed({
      name: 'registerKey',
      type: 'text',
      unique: true,
      label: l('Khóa sổ đăng ký', 'Register key'),
      admin: { hidden: true },
    }),
    computed({
      name: 'issuedBy',
      type: 'relationship',
      relationTo: 'users',
      validate: trusted,
      label: l('Người cấp số', 'Registered by'),
      admin: { position: 'sidebar' },
    }),
    computed({
      name: 'issuedAt',
      type: 'date',
      label: l('Thời điểm cấp số', 'Registered at'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    }),
  ],
  hooks: collectionHooks(
    inputIntegrity(() => Documents),
    {
      beforeChange: [enforceDocumentRules, enforceUrgingIssue],
      // R7.2: an issued urging letter goes to the agency through the outbox.
      afterChange: [sendUrgingNotice],
      beforeDelete: [refuseIssuedDelete],
    },
    searchText,
    audit,
  ),
}
