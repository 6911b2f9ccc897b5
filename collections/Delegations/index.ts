import type { CollectionConfig } from 'payload'

import { adminOnly, orgEditors } from '../../src/access'
import { dayOnly } from '../../src/fields/dates'
import { l } from '../../src/i18n/label'
import { DELEGATION_SCOPES, SCOPE_LABELS } from '../../hooks/rules/delegations'
import { readDelegations } from './access'
import { enforceDelegationRules } from './enforceDelegationRules'
import { standingField } from './standingField'
import { collectionHooks } from '../../src/lib/hookChain'
import { inputIntegrity } from '../../src/integrity'
import { audit } from '../../src/audit'

// R4.5 / R3.4 / R4.2 / R5.3: the Head's written, dated authorisations.
export const Delegations: CollectionConfig = {
  slug: 'delegations',
  labels: { singular: l('Ủy quyền', 'Delegation'), plural: l('Ủy quyền', 'Delegations') },
  access: {
    read: readDelegations,
    create: orgEditors,
    update: orgEditors,
    delete: orgEditors,
    readVersions: orgEditors,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['grantor', 'grantee', 'scopes', 'validFrom', 'validTo', 'basisNumber'],
    listSearchableFields: ['title', 'basisNumber'],
    group: l('Tổ chức', 'Organisation'),
  },
  defaultSort: '-validFrom',
  fields: [
    {
      name: 'title',
      type: 'text',
      admin: { readOnly: true, hidden: true },
      label: l('Tiêu đề', 'Title'),
    },
    {
      name: 'group',
      type: 'relationship',
      relationTo: 'working-groups',
      required: true,
      label: l('Tổ công tác', 'Working Group'),
      filterOptions: { kind: { equals: 'wg' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'grantor',
          type: 'relationship',
          relationTo: 'users',
          required: true,
          index: true,
          admin: { components: { Field: '/src/fields/pickers/OptionsSelect#PersonSelect' } },
          label: l('Người ủy quyền (Tổ trưởng)', 'Grantor (the Head)'),
        },
        {
          name: 'grantee',
          type: 'relationship',
          relationTo: 'users',
          required: true,
          index: true,
          admin: { components: { Field: '/src/fields/pickers/OptionsSelect#PersonSelect' } },
          label: l('Người được ủy quyền', 'Grantee'),
        },
      ],
    },
    {
      name: 'scopes',
      type: 'select',
      hasMany: true,
      required: true,
      label: l('Nội dung ủy quyền', 'Scope'),
      options: DELEGATION_SCOPES.map((value) => ({ value, label: SCOPE_LABELS[value] })),
    },
    {
      type: 'row',
      fields: [
        dayOnly('validFrom', l('Hiệu lực từ', 'Valid from'), { required: true, index: true }),
        dayOnly('validTo', l('Hiệu lực đến', 'Valid to'), { required: true, index: true }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'basisNumber',
          type: 'text',
          required: true,
          maxLength: 80,
          label: l('Số văn bản ủy quyền', 'Basis document number'),
        },
        {
          name: 'basis',
          type: 'upload',
          relationTo: 'media',
          required: true,
          label: l('Văn bản ủy quyền (tệp)', 'Written basis (file)'),
        },
      ],
    },
    { name: 'note', type: 'textarea', maxLength: 2000, label: l('Ghi chú', 'Note') },
    standingField,
  ],
  hooks: collectionHooks(
    inputIntegrity(() => Delegations),
    {
      beforeChange: [enforceDelegationRules],
    },
    audit,
  ),
}
