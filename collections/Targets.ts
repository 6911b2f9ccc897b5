import type { CollectionBeforeChangeHook, CollectionConfig, PayloadRequest } from 'payload'

import { adminOnly, authenticated, orgEditors, systemOnly } from '../src/access'
import { assertField } from '../src/lib/assertVerdict'
import { PERCENT_UNIT } from '../hooks/rules/reportValidation'
import { numberField } from '../src/fields/numberFields'
import { l } from '../src/i18n/label'
import { idOf } from '../src/lib/relations'
import { collectionHooks } from '../src/lib/hookChain'
import { inputIntegrity } from '../src/integrity'
import { audit } from '../src/audit'
import { titleField } from '../src/fields/titleField'

/** The value the database keeps unique: one target per indicator, year and agency (or province). */
export const targetKeyOf = (indicator: unknown, year: unknown, agency: unknown): string =>
  `${idOf(indicator)}:${year}:${idOf(agency) ?? 'province'}`

const isId = (value: unknown) =>
  (typeof value === 'number' && Number.isInteger(value) && value > 0) ||
  (typeof value === 'string' && /^(\d+|[a-f0-9]{24})$/i.test(value))

// One target per indicator × year × agency (empty agency = the province as a whole); a
// percentage target lies between 0 and 100.
const checkTarget: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const indicatorId = idOf(merged.indicator)
  assertField(
    typeof merged.year !== 'number' || Number.isInteger(merged.year),
    req,
    'year',
    { vi: 'Năm phải là số nguyên.', en: 'The year is a whole number.' },
    'targets',
  )
  if (!isId(indicatorId) || typeof merged.year !== 'number') return data
  data.key = targetKeyOf(indicatorId, merged.year, merged.agency)
  const clash = await req.payload.count({
    collection: 'targets',
    where: {
      and: [
        { key: { equals: data.key } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    req,
  })
  assertField(
    clash.totalDocs === 0,
    req,
    'year',
    {
      vi: 'Chỉ tiêu này đã có chỉ tiêu kế hoạch cho năm và đơn vị này.',
      en: 'This indicator already has a target for that year and unit.',
    },
    'targets',
  )
  const indicator = await req.payload
    .findByID({
      collection: 'indicators',
      id: indicatorId!,
      depth: 0,
      select: { unit: true, nameVi: true },
      disableErrors: true,
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  assertField(
    indicator?.unit !== PERCENT_UNIT || typeof merged.value !== 'number' || merged.value <= 100,
    req,
    'value',
    { vi: 'Chỉ tiêu tỷ lệ phải từ 0 đến 100%.', en: 'A percentage target lies between 0 and 100.' },
    'targets',
  )
  data.title = await targetTitle(req, indicator?.nameVi, merged.year, idOf(merged.agency))
  return data
}

/** The target's name in headers, breadcrumbs and pickers, e.g. "… – năm 2026 – toàn tỉnh". */
const targetTitle = async (
  req: PayloadRequest,
  indicatorName: string | null | undefined,
  year: number,
  agencyId: ReturnType<typeof idOf>,
): Promise<string> => {
  const agency =
    agencyId === null
      ? null
      : await req.payload
          .findByID({
            collection: 'agencies',
            id: agencyId,
            depth: 0,
            select: { name: true },
            disableErrors: true,
            overrideAccess: true,
            req,
          })
          .catch(() => null)
  const parts = [indicatorName ?? 'Chỉ tiêu', `năm ${year}`, agency?.name ?? 'toàn tỉnh']
  return parts.join(' – ').slice(0, 300)
}

/** Yearly targets of the indicators, for the province or for one agency. */
export const Targets: CollectionConfig = {
  slug: 'targets',
  labels: {
    singular: l('Chỉ tiêu kế hoạch', 'Target'),
    plural: l('Chỉ tiêu kế hoạch năm', 'Targets'),
  },
  access: {
    read: authenticated,
    create: orgEditors,
    update: orgEditors,
    delete: orgEditors,
    readVersions: orgEditors,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['indicator', 'year', 'agency', 'value'],
    group: l('Báo cáo', 'Reporting'),
  },
  defaultSort: '-year',
  fields: [
    {
      name: 'indicator',
      type: 'relationship',
      relationTo: 'indicators',
      required: true,
      index: true,
      label: l('Chỉ tiêu', 'Indicator'),
    },
    {
      type: 'row',
      fields: [
        numberField(
          {
            name: 'year',
            type: 'number',
            required: true,
            min: 2022,
            max: 2100,
            index: true,
            label: l('Năm', 'Year'),
            admin: { step: 1 },
          },
          { grouping: false },
        ),
        {
          name: 'agency',
          type: 'relationship',
          relationTo: 'agencies',
          index: true,
          label: l('Cơ quan, địa phương (để trống: toàn tỉnh)', 'Agency (empty: whole province)'),
        },
        numberField({
          name: 'value',
          type: 'number',
          required: true,
          min: 0,
          label: l('Giá trị kế hoạch', 'Target value'),
        }),
      ],
    },
    { name: 'note', type: 'textarea', maxLength: 1000, label: l('Ghi chú', 'Note') },
    titleField(),
    {
      // Kept unique by the database; an internal value, never shown.
      name: 'key',
      type: 'text',
      unique: true,
      label: l('Khóa', 'Key'),
      admin: { hidden: true },
      access: systemOnly,
    },
  ],
  hooks: collectionHooks(
    inputIntegrity(() => Targets),
    {
      beforeChange: [checkTarget],
    },
    audit,
  ),
}
