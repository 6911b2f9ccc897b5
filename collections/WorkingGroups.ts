import type { CollectionBeforeChangeHook, CollectionConfig, PayloadRequest } from 'payload'

import { adminOnly, authenticated, orgEditors } from '../src/access'
import { assertField, assertVerdict } from '../src/lib/assertVerdict'
import { checkOneGroupPerScope, type GroupStanding } from '../hooks/rules/positions'
import { checkDayOrder, dayKeyOf, dayOnly } from '../src/fields/dates'
import { idOf } from '../src/lib/relations'
import { l } from '../src/i18n/label'
import { unassistedMembersField } from './Members/unassistedField'
import { collectionHooks } from '../src/lib/hookChain'
import { inputIntegrity } from '../src/integrity'
import { audit } from '../src/audit'

type GroupRow = {
  id: number | string
  kind?: string | null
  scope?: string | null
  parent?: unknown
  foundingDecisionDate?: string | null
  dissolvedOn?: string | null
}

const standingOf = (row: GroupRow): GroupStanding => ({
  id: row.id,
  kind: row.kind === 'sg' ? 'sg' : 'wg',
  scope: typeof row.scope === 'string' && row.scope.trim() !== '' ? row.scope.trim() : null,
  parentId: idOf(row.parent),
  term: { from: dayKeyOf(row.foundingDecisionDate) ?? '0000-01-01', to: dayKeyOf(row.dissolvedOn) },
})

// R1.1: one WG per scope (province) and one SG per WG at a time.
const checkOneGroup = async (req: PayloadRequest, merged: GroupRow): Promise<void> => {
  const candidate = standingOf(merged)
  if (candidate.kind === 'wg' && candidate.scope === null) return
  if (candidate.kind === 'sg' && candidate.parentId === null) return
  const others = await req.payload.find({
    collection: 'working-groups',
    where:
      candidate.kind === 'wg'
        ? { and: [{ kind: { equals: 'wg' } }, { scope: { exists: true } }] }
        : { and: [{ kind: { equals: 'sg' } }, { parent: { equals: candidate.parentId } }] },
    depth: 0,
    pagination: false,
    select: {
      kind: true,
      scope: true,
      parent: true,
      foundingDecisionDate: true,
      dissolvedOn: true,
    },
    overrideAccess: true,
    req,
  })
  assertVerdict(
    checkOneGroupPerScope(
      candidate,
      others.docs.map((row) => standingOf(row as GroupRow)),
    ),
    req,
    'working-groups',
  )
}

// R1.1: the WG stands alone; its Support Group (Tổ giúp việc) hangs under it.
const checkGroupParent: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const kind = data.kind ?? originalDoc?.kind
  // An unknown kind is left to the field's own validation.
  if (kind !== 'wg' && kind !== 'sg') return data
  const parentId = data.parent === undefined ? originalDoc?.parent : data.parent
  checkDayOrder(req, data, originalDoc, 'foundingDecisionDate', 'dissolvedOn', 'working-groups')
  await checkOneGroup(req, { ...originalDoc, ...data, id: originalDoc?.id ?? null } as GroupRow)
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
      vi: 'Tổ giúp việc phải thuộc một Tổ công tác (Điều 1).',
      en: 'A Support Group must belong to a Working Group (Article 1).',
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
        {
          // R1.1: one Working Group per scope (province) at a time.
          name: 'scope',
          type: 'text',
          maxLength: 120,
          index: true,
          label: l('Phạm vi (tỉnh)', 'Scope (province)'),
          admin: {
            condition: (data) => data?.kind === 'wg',
            description: l(
              'Mỗi tỉnh chỉ có một Tổ công tác tại một thời điểm (Điều 1 khoản 1).',
              'One Working Group per province at a time (Art. 1(1)).',
            ),
          },
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
        dayOnly('dissolvedOn', l('Ngày giải thể', 'Dissolved on')),
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
  hooks: collectionHooks(
    inputIntegrity(() => WorkingGroups),
    {
      beforeChange: [checkGroupParent],
    },
    audit,
  ),
}
