// The choices of the filter bar: agency kinds, districts and indicators, as the user may read them.
import type { PayloadRequest } from 'payload'

import { AGENCY_KINDS } from '../../collections/Agencies'
import type { AdminLanguage } from '../../src/i18n/label'
import type { FilterOption } from './FilterBar'

export type FilterOptions = {
  kinds: FilterOption[]
  districts: FilterOption[]
  indicators: FilterOption[]
}

export const filterOptions = async (
  req: PayloadRequest,
  language: AdminLanguage,
  withScopeFilters: boolean,
): Promise<FilterOptions> => {
  const { payload, user } = req
  const [districts, indicators] = await Promise.all([
    withScopeFilters
      ? payload.find({
          collection: 'agencies',
          where: { kind: { equals: 'district' } },
          select: { name: true },
          sort: 'name',
          depth: 0,
          pagination: false,
          overrideAccess: false,
          user,
        })
      : null,
    payload.find({
      collection: 'indicators',
      select: { code: true, nameVi: true, nameEn: true },
      sort: 'code',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
    }),
  ])
  return {
    kinds: AGENCY_KINDS.map((kind) => ({ value: kind.value, label: kind.label[language] })),
    districts: (districts?.docs ?? []).map((doc) => ({ value: String(doc.id), label: doc.name })),
    indicators: indicators.docs.map((doc) => ({
      value: String(doc.id),
      label: `${doc.code} · ${(language === 'en' && doc.nameEn) || doc.nameVi}`,
    })),
  }
}
