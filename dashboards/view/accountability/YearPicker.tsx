import { vnToday } from '../../../src/lib/clock'
import { ACCOUNTABILITY_PATH } from '../../queries/memberAccountability'
import type { Say } from './say'

const FIRST_YEAR = 2022

export const YearPicker = ({
  year,
  member,
  t,
}: {
  year: number
  member: string | null
  t: Say
}) => {
  const last = Number(vnToday().slice(0, 4))
  const years = Array.from(
    { length: Math.max(last, year) - FIRST_YEAR + 1 },
    (_, i) => FIRST_YEAR + i,
  )
  return (
    <form className="accountability__year" method="get" action={`/admin${ACCOUNTABILITY_PATH}`}>
      <label className="dashboard-filters__field">
        {t('year')}
        <select name="year" defaultValue={String(year)}>
          {years.reverse().map((each) => (
            <option key={each} value={each}>
              {each}
            </option>
          ))}
        </select>
      </label>
      {member ? <input type="hidden" name="member" value={member} /> : null}
      <button type="submit" className="btn btn--style-secondary btn--size-small">
        {t('show')}
      </button>
    </form>
  )
}
