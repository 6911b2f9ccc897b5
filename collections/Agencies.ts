import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { adminOnly, anyOf, orgEditors, reporterScoped, systemOnly } from '../src/access'
import { assertField } from '../src/lib/assertVerdict'
import { checkDayOrder, dayOnly } from '../src/fields/dates'
import { l } from '../src/i18n/label'
import { searchReferrers, searchText, searchable } from '../src/search'
import { collectionHooks } from '../src/lib/hookChain'
import { inputIntegrity } from '../src/integrity'
import { audit } from '../src/audit'
import { agencyRollups } from '../src/rollups/hooks'

export const AGENCY_KINDS = [
  { value: 'police', label: l('Công an (cơ quan thường trực)', 'Police (standing body)') },
  { value: 'people_committee', label: l('Ủy ban nhân dân tỉnh', "Provincial People's Committee") },
  {
    value: 'provincial_office',
    label: l('Văn phòng UBND tỉnh và đơn vị trực thuộc', 'Provincial office'),
  },
  { value: 'department', label: l('Sở, ban, ngành', 'Department') },
  { value: 'vertical_agency', label: l('Cơ quan ngành dọc', 'Central agency branch') },
  { value: 'state_enterprise', label: l('Doanh nghiệp nhà nước', 'State enterprise') },
  { value: 'mass_organization', label: l('Đoàn thể', 'Mass organisation') },
  { value: 'media', label: l('Cơ quan báo chí', 'Media') },
  { value: 'district', label: l('Cấp huyện (huyện, thị xã, thành phố)', 'District-level unit') },
  { value: 'commune', label: l('Cấp xã (xã, phường, thị trấn)', 'Commune-level unit') },
  { value: 'local_working_group', label: l('Tổ công tác cấp huyện/xã', 'Local working group') },
]

// A reporter sees his/her own agency and the units under it (a district sees its communes).
const readAgencies = reporterScoped((agencyId) =>
  anyOf({ id: { equals: agencyId } }, { parent: { equals: agencyId } }),
)

// The standing body (Cơ quan thường trực, the provincial police) is one agency only.
const keepOneStandingBody: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const parentId = data.parent ?? originalDoc?.parent
  const ownId = originalDoc?.id
  assertField(
    ownId === undefined || String(parentId ?? '') !== String(ownId),
    req,
    'parent',
    {
      vi: 'Cơ quan không thể là cấp trên của chính nó.',
      en: 'An agency cannot be its own parent.',
    },
    'agencies',
  )
  assertField(
    ownId === undefined || String(data.replacedBy ?? '') !== String(ownId),
    req,
    'replacedBy',
    { vi: 'Cơ quan không thể được thay thế bởi chính nó.', en: 'An agency cannot replace itself.' },
    'agencies',
  )
  checkDayOrder(req, data, originalDoc, 'validFrom', 'validTo', 'agencies')
  const isStandingBody = data.isStandingBody ?? originalDoc?.isStandingBody
  data.standingBodyLock = isStandingBody ? 'standing-body' : null
  if (!isStandingBody) return data
  const others = await req.payload.count({
    collection: 'agencies',
    where: {
      and: [
        { isStandingBody: { equals: true } },
        ...(ownId ? [{ id: { not_equals: ownId } }] : []),
      ],
    },
    req,
  })
  assertField(
    others.totalDocs === 0,
    req,
    'isStandingBody',
    {
      vi: 'Đã có một cơ quan thường trực của Tổ công tác; chỉ được chọn một cơ quan.',
      en: 'Another agency is already the standing body; there is only one.',
    },
    'agencies',
  )
  return data
}

export const Agencies: CollectionConfig = {
  slug: 'agencies',
  labels: { singular: l('Cơ quan, đơn vị', 'Agency'), plural: l('Cơ quan, đơn vị', 'Agencies') },
  access: {
    read: readAgencies,
    create: orgEditors,
    update: orgEditors,
    delete: adminOnly,
    readVersions: orgEditors,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'kind', 'parent', 'isStandingBody', 'validTo'],
    listSearchableFields: ['searchText'],
    group: l('Tổ chức', 'Organisation'),
  },
  custom: searchable({
    label: l('tên, mã cơ quan', 'name, code'),
    fields: ['name', 'nameEn', 'code', 'adminUnitCode'],
  }),
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: l('Tên cơ quan', 'Name') },
    { name: 'nameEn', type: 'text', maxLength: 200, label: l('Tên tiếng Anh', 'English name') },
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          required: true,
          maxLength: 40,
          index: true,
          label: l('Mã', 'Code'),
          admin: {
            description: l(
              'Mã có thể được dùng lại sau sáp nhập.',
              'Codes can be reused after mergers.',
            ),
          },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          label: l('Loại', 'Kind'),
          options: AGENCY_KINDS,
        },
        {
          name: 'adminUnitCode',
          type: 'text',
          maxLength: 10,
          label: l('Mã đơn vị hành chính', 'Administrative unit code'),
        },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'agencies',
      index: true,
      label: l('Cấp trên', 'Parent'),
    },
    {
      type: 'row',
      fields: [
        dayOnly('validFrom', l('Hiệu lực từ', 'Valid from')),
        dayOnly('validTo', l('Hiệu lực đến', 'Valid to')),
        {
          name: 'replacedBy',
          type: 'relationship',
          relationTo: 'agencies',
          label: l('Được thay thế bởi', 'Replaced by'),
        },
      ],
    },
    {
      name: 'contactEmail',
      type: 'email',
      label: l('Email nhận văn bản', 'Contact email'),
    },
    {
      // Set from isStandingBody; its unique index refuses a second standing body even when two
      // requests race past the count check above.
      name: 'standingBodyLock',
      type: 'text',
      unique: true,
      admin: { hidden: true },
      access: systemOnly,
    },
    {
      name: 'isStandingBody',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: l('Cơ quan thường trực Tổ công tác', 'Standing body of the Working Group'),
      admin: { position: 'sidebar' },
    },
  ],
  hooks: collectionHooks(
    inputIntegrity(() => Agencies),
    {
      beforeChange: [keepOneStandingBody],
    },
    searchText,
    searchReferrers,
    agencyRollups,
    audit,
  ),
}
