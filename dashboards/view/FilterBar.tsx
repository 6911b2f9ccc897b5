'use client'

import type { FilterKey, FilterParams } from './filterParams'
import { useFilterNavigation } from './useFilterNavigation'

export type FilterOption = { value: string; label: string }

type Props = {
  current: FilterParams
  labels: Record<FilterKey | 'all' | 'print' | 'reset' | 'filters', string>
  kinds: FilterOption[]
  districts: FilterOption[]
  indicators: FilterOption[]
  /** Months as "11/2026", newest first (monthOptions.ts). */
  months: FilterOption[]
  /** A reporter's dashboard is one agency: no kind or district to pick. */
  showScopeFilters: boolean
}

const Choice = ({
  name,
  label,
  value,
  options,
  allLabel,
  onChange,
}: {
  name: FilterKey
  label: string
  value: string | undefined
  options: FilterOption[]
  allLabel?: string
  onChange: (changes: FilterParams) => Promise<void>
}) => (
  <label className="dashboard-filters__field">
    <span>{label}</span>
    <select
      name={name}
      value={value ?? ''}
      onChange={(event) => void onChange({ [name]: event.target.value })}
    >
      {allLabel ? <option value="">{allLabel}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  </label>
)

/** Month, range start, agency kind, district and indicator; each change updates the URL. */
export const FilterBar = ({
  current,
  labels,
  kinds,
  districts,
  indicators,
  months,
  showScopeFilters,
}: Props) => {
  const apply = useFilterNavigation(current)
  return (
    <form
      className="dashboard-filters"
      aria-label={labels.filters}
      onSubmit={(event) => event.preventDefault()}
    >
      <Choice
        name="period"
        label={labels.period}
        value={current.period}
        options={months}
        onChange={apply}
      />
      <Choice
        name="from"
        label={labels.from}
        value={current.from}
        options={months}
        onChange={apply}
      />
      {showScopeFilters ? (
        <>
          <Choice
            name="agencyKind"
            label={labels.agencyKind}
            value={current.agencyKind}
            options={kinds}
            allLabel={labels.all}
            onChange={apply}
          />
          <Choice
            name="district"
            label={labels.district}
            value={current.district}
            options={districts}
            allLabel={labels.all}
            onChange={apply}
          />
        </>
      ) : null}
      <Choice
        name="indicator"
        label={labels.indicator}
        value={current.indicator}
        options={indicators}
        onChange={apply}
      />
      <div className="dashboard-filters__buttons">
        <button
          type="button"
          onClick={() =>
            void apply({ period: '', from: '', agencyKind: '', district: '', indicator: '' })
          }
        >
          {labels.reset}
        </button>
        <button type="button" onClick={() => window.print()}>
          {labels.print}
        </button>
      </div>
    </form>
  )
}
