// The shape of the benchmark's province, decided before anything is written: its agencies, its
// indicators and the months covered. Pure and deterministic (no database, no clock but `today`).
import { previousPeriod } from '../../hooks/rules/reportPeriods'

export type AgencyKind =
  | 'police'
  | 'people_committee'
  | 'provincial_office'
  | 'department'
  | 'vertical_agency'
  | 'state_enterprise'
  | 'mass_organization'
  | 'media'
  | 'district'
  | 'commune'

export type AgencyPlan = {
  index: number
  code: string
  name: string
  kind: AgencyKind
  /** Index of the parent agency (a commune's district). */
  parent: number | null
}

export type IndicatorPlan = {
  code: string
  nameVi: string
  nameEn: string
  unit: string
  group: string
}

export type ProvincePlan = {
  years: number
  /** Reporting months covered, oldest first: `years × 12` months up to the one before today. */
  months: string[]
  agencies: AgencyPlan[]
  indicators: IndicatorPlan[]
  /** Tasks in the whole range (10,000 for five years). */
  taskCount: number
}

export const DISTRICTS = 18
export const INDICATORS = 40
const PROVINCIAL: [AgencyKind, number][] = [
  ['people_committee', 1],
  ['police', 1],
  ['provincial_office', 1],
  ['department', 20],
  ['vertical_agency', 3],
  ['state_enterprise', 2],
  ['mass_organization', 2],
  ['media', 2],
]
/** 32 provincial bodies + 18 districts + 250 communes = 300 reporting agencies. */
const COMMUNES = 250

const KIND_NAMES: Record<AgencyKind, string> = {
  police: 'Công an tỉnh',
  people_committee: 'UBND tỉnh',
  provincial_office: 'Văn phòng UBND tỉnh',
  department: 'Sở',
  vertical_agency: 'Cơ quan ngành dọc',
  state_enterprise: 'Doanh nghiệp nhà nước',
  mass_organization: 'Đoàn thể',
  media: 'Cơ quan báo chí',
  district: 'UBND huyện',
  commune: 'UBND xã',
}

const monthsUpTo = (last: string, count: number): string[] => {
  const months = [last]
  while (months.length < count) months.unshift(previousPeriod(months[0]))
  return months
}

const agencyPlans = (): AgencyPlan[] => {
  const agencies: AgencyPlan[] = []
  const add = (kind: AgencyKind, n: number, parent: number | null) =>
    agencies.push({
      index: agencies.length,
      code: `BENCH_${kind.toUpperCase()}_${n}`,
      name: `${KIND_NAMES[kind]} số ${n}`,
      kind,
      parent,
    })
  for (const [kind, count] of PROVINCIAL) for (let n = 1; n <= count; n++) add(kind, n, null)
  const districts: number[] = []
  for (let n = 1; n <= DISTRICTS; n++) {
    districts.push(agencies.length)
    add('district', n, null)
  }
  // Communes spread over the districts in turn (13 or 14 each).
  for (let n = 1; n <= COMMUNES; n++) add('commune', n, districts[(n - 1) % DISTRICTS])
  return agencies
}

const indicatorPlans = (): IndicatorPlan[] =>
  Array.from({ length: INDICATORS }, (_, i) => ({
    code: `BENCH_${String(i + 1).padStart(2, '0')}`,
    nameVi: `Chỉ tiêu thử tải số ${i + 1}`,
    nameEn: `Benchmark indicator ${i + 1}`,
    unit: 'hồ sơ',
    group: `G${(i % 5) + 1}`,
  }))

/** The province for `years` years of data ending with the month before `today` (YYYY-MM-DD). */
export const provincePlan = (years: number, today: string): ProvincePlan => ({
  years,
  months: monthsUpTo(previousPeriod(today.slice(0, 7)), years * 12),
  agencies: agencyPlans(),
  indicators: indicatorPlans(),
  taskCount: years * 2000,
})
