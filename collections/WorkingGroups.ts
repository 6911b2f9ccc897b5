import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { adminOnly, authenticated, orgEditors } from '../src/access'
import { assertField } from '../hooks/adapters/assertVerdict'
import { dayOnly } from '../src/fields/dates'
import { l } from '../src/i18n/label'
import { unassistedMembersField } from './Members/unassistedField'

// R1.1: the WG stands alone; its Support Group (Tổ giúp việc) hangs under it.
const checkGroupParent: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const kind = data.kind ?? originalDoc?.kind
  // An unknown kind is left to the field's own validation.
  if (kind !== 'wg' && kind !== 'sg') return data
  const parentId = data.parent === undefined ? originalDoc?.parent : data.parent
  if (kind === 'wg') {
    assertField(
      !parentId,
      req,
      'parent',
      {
        vi: 'Tổ công tác không có nhóm cấp trên.',
        en: 'A Working Group has no parent group.',
      },
      'working-groups',
    )
    return data
  }
  const parent = parentId
    ? await req.payload.findByID({
        collection: 'working-groups',
        id: parentId,
        req,
        depth: 0,
        disableErrors: true,
      })
    : null
  assertField(
    parent?.kind === 'wg',
    req,
    'parent',
    {
      vi: 'Tổ giúp việc phải thuộc một Tổ công tác (R1.1).',
      en: 'A Support Group must belong to a Working Group (R1.1).',
    },
    'working-groups',
  )
  return data
}

export const WorkingGroups: CollectionConfig = {
  slug: 'working-groups',
  labels: {
    singular: l('Tổ công tác / Tổ giúp việc', 'Group'),
    plural: l('Tổ công tác, Tổ giúp việc', 'Groups'),
  },
  access: {
    read: authenticated,
    create: orgEditors,
    update: orgEditors,
    delete: adminOnly,
    readVersions: orgEditors,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'parent', 'foundingDecisionNumber', 'foundingDecisionDate'],
    listSearchableFields: ['name', 'foundingDecisionNumber'],
    group: l('Tổ chức', 'Organisation'),
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 250, label: l('Tên', 'Name') },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: l('Loại', 'Kind'),
          options: [
            { value: 'wg', label: l('Tổ công tác', 'Working Group') },
            { value: 'sg', label: l('Tổ giúp việc', 'Support Group') },
          ],
        },
        {
          name: 'parent',
          type: 'relationship',
          relationTo: 'working-groups',
          label: l('Thuộc Tổ công tác', 'Parent group'),
          admin: { condition: (data) => data?.kind === 'sg' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'foundingDecisionNumber',
          type: 'text',
          maxLength: 60,
          label: l('Số quyết định thành lập', 'Founding decision number'),
        },
        dayOnly('foundingDecisionDate', l('Ngày quyết định', 'Decision date')),
      ],
    },
    {
      name: 'foundingDecisionFile',
      type: 'upload',
      relationTo: 'media',
      label: l('Tệp quyết định', 'Decision file'),
    },
    unassistedMembersField,
  ],
  hooks: {
    beforeChange: [checkGroupParent],
  },
}
