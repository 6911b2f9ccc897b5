import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { adminOnly, authenticated, orgEditors } from '../src/access'
import { assertField } from '../src/lib/assertVerdict'
import { dayKeyOf, dayOnly } from '../src/fields/dates'
import { numberField } from '../src/fields/numberFields'
import { l } from '../src/i18n/label'
import { vnDayStart } from '../src/lib/clock'
import { collectionHooks } from '../src/lib/hookChain'
import { inputIntegrity } from '../src/integrity'
import { audit } from '../src/audit'

// One row per announced calendar day; the date is unique and stored as 00:00 Vietnam time.
const oneRowPerDay: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const day = dayKeyOf(data.date ?? originalDoc?.date)
  if (!day) return data
  data.date = vnDayStart(day).toISOString()
  data.year = Number(day.slice(0, 4))
  const clash = await req.payload.count({
    collection: 'holidays',
    where: {
      and: [
        { date: { equals: data.date } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    req,
  })
  assertField(
    clash.totalDocs === 0,
    req,
    'date',
    {
      vi: 'Ngày này đã có trong lịch.',
      en: 'This day is already in the calendar.',
    },
    'holidays',
  )
  return data
}

// Official days off and make-up working days announced each year (editable by admins);
// statutory holidays themselves are computed (src/lib/calendar).
export const Holidays: CollectionConfig = {
  slug: 'holidays',
  labels: {
    singular: l('Ngày nghỉ / làm bù', 'Calendar day'),
    plural: l('Lịch nghỉ lễ, làm bù', 'Holiday calendar'),
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
    useAsTitle: 'nameVi',
    defaultColumns: ['date', 'kind', 'nameVi', 'year'],
    listSearchableFields: ['nameVi', 'nameEn'],
    group: l('Cấu hình', 'Settings'),
  },
  defaultSort: 'date',
  fields: [
    {
      type: 'row',
      fields: [
        dayOnly('date', l('Ngày', 'Date'), { required: true, index: true }),
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: l('Loại', 'Kind'),
          options: [
            { value: 'day-off', label: l('Ngày nghỉ', 'Day off') },
            { value: 'working-day', label: l('Ngày làm việc bù', 'Make-up working day') },
          ],
        },
      ],
    },
    {
      name: 'nameVi',
      type: 'text',
      required: true,
      maxLength: 200,
      label: l('Tên (tiếng Việt)', 'Name (Vietnamese)'),
    },
    { name: 'nameEn', type: 'text', maxLength: 200, label: l('Tên (tiếng Anh)', 'Name (English)') },
    numberField(
      {
        name: 'year',
        type: 'number',
        index: true,
        label: l('Năm', 'Year'),
        admin: { readOnly: true, position: 'sidebar' },
      },
      { integer: true, grouping: false },
    ),
  ],
  hooks: collectionHooks(
    inputIntegrity(() => Holidays),
    {
      beforeChange: [oneRowPerDay],
    },
    audit,
  ),
}
