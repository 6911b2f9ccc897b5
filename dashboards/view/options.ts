// The choices of the filter bar: months, agency kinds, districts and indicators, as the user may read them.
import type { PayloadRequest } from 'payload'

import { AGENCY_KINDS } from '../../collections/Agencies'
import type { AdminLanguage } from '../../src/i18n/label'
import { periodOfDay } from '../../hooks/rules/reportPeriods'
import { vnToday } from '../../src/lib/clock'
import type { FilterOption } from './FilterBar'
import { monthOptions } from './monthOptions'

export type FilterOptions = {
  kinds: FilterOption[]
  districts: FilterOption[]
  indicators: FilterOption[]
  months: FilterOption[]
}

export const filterOptions = async (
  req: PayloadRequest,
  language: AdminLanguage,
  withScopeFilters: boolean,
  chosenMonths: (string | null | undefined)[],
): Promise<FilterOptions> => {
  const { payload, user } = req
  const [districts, indicators, firstPeriod] = await Promise.all([
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
    // Only the month the list of months starts from.
    payload.find({
      collection: 'reporting-periods',
      select: { period: true },
      sort: 'period',
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user,
    }),
  ])
  return {
    months: monthOptions(firstPeriod.docs[0]?.period, periodOfDay(vnToday()), chosenMonths),
    kinds: AGENCY_KINDS.map((kind) => ({ value: kind.value, label: kind.label[language] })),
    districts: (districts?.docs ?? []).map((doc) => ({ value: String(doc.id), label: doc.name })),
    indicators: indicators.docs.map((doc) => ({
      value: String(doc.id),
      label: `${doc.code} · ${(language === 'en' && doc.nameEn) || doc.nameVi}`,
    })),
  }
}
