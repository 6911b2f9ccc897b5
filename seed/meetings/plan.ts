import { defaultCalendar } from '../../src/lib/calendar'
import { between, pick, prng } from '../../src/lib/prng'
import { type Plan, FIRST_MONTH, ON_THE_12TH, HEAD_ABSENT_MONTH, YEAR_END_IN_JANUARY } from './data'

export const nextMonth = (month: string) => {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** The first working day on or after `day`. */
export const workingOnOrAfter = (day: string) =>
  defaultCalendar.isWorkingDay(day) ? day : defaultCalendar.addWorkingDays(day, 1)

export const regularPlan = (month: string): Plan => {
  const random = prng(`regular:${month}`)
  const day =
    month === ON_THE_12TH ? `${month}-12` : workingOnOrAfter(`${month}-0${between(random, 3, 6)}`)
  return { kind: 'regular', servesMonth: month, day, hour: pick(random, ['08:00', '14:00']) }
}

/** Every meeting from the first month to the current one, in order. */
export const plans = (today: string): Plan[] => {
  const all: Plan[] = []
  for (let month = FIRST_MONTH; month <= today.slice(0, 7); month = nextMonth(month)) {
    const regular = regularPlan(month)
    if (regular.day.slice(0, 7) === month && regular.day < today) all.push(regular)
    if (month.endsWith('-07') && month > FIRST_MONTH) {
      all.push({
        kind: 'six-month-review',
        servesMonth: month,
        day: workingOnOrAfter(`${month}-16`),
        hour: '08:00',
      })
    }
    if (month.endsWith('-12') && Number(month.slice(0, 4)) !== YEAR_END_IN_JANUARY) {
      all.push({
        kind: 'year-end-review',
        servesMonth: month,
        day: workingOnOrAfter(`${month}-22`),
        hour: '08:00',
      })
    }
    if (month === `${YEAR_END_IN_JANUARY + 1}-01`) {
      // Held in January, it serves January and reviews the year before (R11.1b).
      all.push({
        kind: 'year-end-review',
        servesMonth: month,
        day: workingOnOrAfter(`${month}-16`),
        hour: '08:00',
      })
    }
  }
  all.push(
    {
      kind: 'extraordinary',
      servesMonth: '2023-09',
      day: '2023-09-21',
      hour: '14:00',
      calledOn: '2023-09-15',
    },
    {
      kind: 'extraordinary',
      servesMonth: '2025-03',
      day: '2025-03-13',
      hour: '08:00',
      calledOn: '2025-03-07',
    },
  )
  return all.filter((plan) => plan.day < today).sort((a, b) => (a.day < b.day ? -1 : 1))
}

export const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`

export const headAbsent = (plan: Plan) =>
  plan.kind === 'regular' && plan.servesMonth === HEAD_ABSENT_MONTH
