import type { CollectionConfig, FieldHook } from 'payload'

import { adminOnly, orgEditors } from '../../src/access'
import { dayKeyOf, dayOnly } from '../../src/fields/dates'
import { seatPickerEndpoint } from '../../src/fields/pickers/endpoints'
import { l, languageOf } from '../../src/i18n/label'
import { vnToday } from '../../src/lib/clock'
import { seatReviewNote } from '../../hooks/rules/homePost'
import { searchText, searchable } from '../../src/search'
import { POSITION_LABELS, POSITIONS } from '../../hooks/rules/positions'
import { readMembers } from './access'
import { endEffectsField } from './endEffectsField'
import { enforceMembershipRules, refuseRemovingAssistedSeat } from './enforceMembershipRules'
import { collectionHooks } from '../../src/lib/hookChain'
import { inputIntegrity } from '../../src/integrity'
import { audit } from '../../src/audit'

// R12.1: computed on read: whether the seat outlived its holder's post is a matter of today.
const computePostReview: FieldHook = ({ siblingData, req }) => {
  const note = seatReviewNote(
    { seatTo: dayKeyOf(siblingData?.to), postTo: dayKeyOf(siblingData?.postTo) },
    vnToday(),
  )
  return note ? note[languageOf(req)] : null
}

// A person's dated position in a group (one record per person × group × term).
export const Members: CollectionConfig = {
  slug: 'members',
  labels: {
    singular: l('Thành viên', 'Member'),
    plural: l('Thành viên (chức danh trong Tổ)', 'Members'),
  },
  access: {
    read: readMembers,
    create: orgEditors,
    update: orgEditors,
    delete: orgEditors,
    readVersions: orgEditors,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['user', 'position', 'group', 'agency', 'from', 'to', 'postReview'],
    listSearchableFields: ['searchText'],
    group: l('Tổ chức', 'Organisation'),
  },
  custom: searchable({
    label: l('người, chức danh, cơ quan, quyết định', 'person, position, agency, decision'),
    fields: ['title', 'appointingDecision'],
    related: { field: 'agency', fields: ['name', 'code'] },
  }),
  defaultSort: '-from',
  endpoints: [seatPickerEndpoint],
  fields: [
    {
      name: 'title',
      type: 'text',
      label: l('Tiêu đề', 'Title'),
      admin: { readOnly: true, hidden: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'user',
          type: 'relationship',
          relationTo: 'users',
          required: true,
          index: true,
          label: l('Người', 'Person'),
        },
        {
          name: 'group',
          type: 'relationship',
          relationTo: 'working-groups',
          required: true,
          index: true,
          label: l('Tổ', 'Group'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'position',
          type: 'select',
          required: true,
          index: true,
          label: l('Chức danh', 'Position'),
          options: POSITIONS.map((value) => ({ value, label: POSITION_LABELS[value] })),
        },
        {
          name: 'agency',
          type: 'relationship',
          relationTo: 'agencies',
          required: true,
          index: true,
          label: l('Cơ quan đại diện', 'Agency represented'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        dayOnly('from', l('Từ ngày', 'From'), { required: true }),
        dayOnly('to', l('Đến ngày', 'To')),
      ],
    },
    // R12.1: the substantive post the member holds at the home agency, alongside the seat.
    {
      type: 'row',
      fields: [
        {
          name: 'postTitle',
          type: 'text',
          maxLength: 160,
          label: l('Chức vụ tại cơ quan (kiêm nhiệm)', 'Post at the home agency'),
          admin: {
            width: '50%',
            description: l(
              'Chức vụ người này giữ tại cơ quan mình, song song với chức danh trong Tổ (kiêm nhiệm).',
              'The post the person holds at the home agency, alongside the seat in the group.',
            ),
          },
        },
        dayOnly('postFrom', l('Giữ chức vụ từ ngày', 'Post held from')),
        dayOnly('postTo', l('Thôi giữ chức vụ từ ngày', 'Post ended on')),
      ],
    },
    {
      name: 'postReview',
      type: 'text',
      virtual: true,
      label: l('Rà soát kiêm nhiệm', 'Post review'),
      admin: {
        readOnly: true,
        disableListFilter: true,
        condition: (data) => Boolean(data?.postTo),
      },
      hooks: { afterRead: [computePostReview] },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'appointingDecision',
          type: 'text',
          maxLength: 80,
          label: l('Quyết định phân công', 'Appointing decision'),
        },
        {
          name: 'appointingDecisionFile',
          type: 'upload',
          relationTo: 'media',
          label: l('Tệp quyết định', 'Decision file'),
        },
      ],
    },
    {
      name: 'assists',
      type: 'relationship',
      relationTo: 'members',
      label: l('Giúp việc cho thành viên Tổ công tác', 'Assists Working Group member'),
      admin: {
        condition: (data) => data?.position === 'sg-member',
        description: l(
          'Bắt buộc với thành viên Tổ giúp việc (Điều 10).',
          'Required for Support Group members (Art. 10).',
        ),
      },
      filterOptions: {
        position: { in: ['head', 'standing-deputy', 'deputy', 'member', 'secretary'] },
      },
    },
    {
      // R4.2 (Art. 4.2): while the Head is on leave, the Standing Deputy chairs and signs "KT." by position.
      name: 'leave',
      type: 'array',
      label: l('Thời gian Tổ trưởng vắng mặt (nghỉ phép, công tác)', 'Periods the Head is away'),
      labels: { singular: l('Đợt vắng mặt', 'Absence'), plural: l('Các đợt vắng mặt', 'Absences') },
      admin: {
        condition: (data) => data?.position === 'head',
        initCollapsed: true,
        description: l(
          'Trong thời gian này Tổ phó Thường trực thay mặt Tổ trưởng chủ trì cuộc họp và ký thay (KT.) không cần văn bản ủy quyền (Điều 4 khoản 2).',
          'During these periods the Standing Deputy chairs and signs for the Head (KT.) by position, without a written delegation (Art. 4(2)).',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            dayOnly('from', l('Từ ngày', 'From'), { required: true }),
            dayOnly('to', l('Đến ngày', 'To'), { required: true }),
          ],
        },
        { name: 'reason', type: 'text', maxLength: 300, label: l('Lý do', 'Reason') },
      ],
    },
    endEffectsField,
  ],
  hooks: collectionHooks(
    inputIntegrity(() => Members),
    {
      beforeChange: [enforceMembershipRules],
      beforeDelete: [refuseRemovingAssistedSeat],
    },
    searchText,
    audit,
  ),
}
