import { addDaysToKey, type DateKey } from '../../src/lib/clock'
import { dataPeriodOf, isPeriod } from './reportPeriods'
import { formatDayKey } from './terms'
import { breach, clause, OK, refusal, type Bilingual, type Verdict } from './verdict'

// R7.6: the Support Group reports periodically (each month, or each quarter as the charter
// settings say) to the Working Group on the activity of both groups. A period is a month
// ('2026-11') or a quarter ('2026-Q4'); its data run as the monthly reports' do (R12.3a): from
// the day after the cut-off day of the month before its first month to the cut-off day of its
// last month, so its figures are the dashboard's for that month.

export const REPORT_CADENCES = ['month', 'quarter'] as const
export type ReportCadence = (typeof REPORT_CADENCES)[number]

export const REPORT_CADENCE_LABELS: Record<ReportCadence, Bilingual> = {
  month: { vi: 'Hằng tháng', en: 'Monthly' },
  quarter: { vi: 'Hằng quý', en: 'Quarterly' },
}

export type SgPeriod = string

const QUARTER_RE = /^(\d{4})-Q([1-4])$/

export const cadenceOf = (period: unknown): ReportCadence | null => {
  if (isPeriod(period)) return 'month'
  if (typeof period === 'string' && QUARTER_RE.test(period) && Number(period.slice(0, 4)) >= 2000)
    return 'quarter'
  return null
}

const pad2 = (value: number) => String(value).padStart(2, '0')

/** The months ('YYYY-MM') of a period, in order. */
export const monthsOf = (period: SgPeriod): string[] => {
  const match = QUARTER_RE.exec(period)
  if (!match) return [period]
  const first = (Number(match[2]) - 1) * 3 + 1
  return [0, 1, 2].map((shift) => `${match[1]}-${pad2(first + shift)}`)
}

/** R12.3a / R7.6: the first and last day of the period's data (Vietnam calendar days). */
export const periodRange = (
  period: SgPeriod,
  dataEndDay?: number,
): { from: DateKey; to: DateKey } => {
  const months = monthsOf(period)
  return {
    from: dataPeriodOf(months[0]!, dataEndDay).from,
    to: dataPeriodOf(months[months.length - 1]!, dataEndDay).to,
  }
}

const ROMAN = ['I', 'II', 'III', 'IV']

/** "tháng 11/2026", "quý IV/2026", as the title of the report writes it. */
export const formatSgPeriod = (period: SgPeriod): string => {
  const match = QUARTER_RE.exec(period)
  if (match) return `quý ${ROMAN[Number(match[2]) - 1]}/${match[1]}`
  return `tháng ${period.slice(5, 7)}/${period.slice(0, 4)}`
}

/** The summary line (trích yếu) of the report. */
export const sgReportSummary = (period: SgPeriod): string =>
  `Kết quả hoạt động của Tổ công tác và Tổ giúp việc ${formatSgPeriod(period)}`

/** The latest period of the cadence whose data have ended before `today`. */
export const latestEndedPeriod = (
  cadence: ReportCadence,
  today: DateKey,
  dataEndDay?: number,
): SgPeriod => {
  let year = Number(today.slice(0, 4))
  if (cadence === 'month') {
    let month = Number(today.slice(5, 7))
    for (;;) {
      const period = `${year}-${pad2(month)}`
      if (periodRange(period, dataEndDay).to < today) return period
      month -= 1
      if (month === 0) {
        month = 12
        year -= 1
      }
    }
  }
  let quarter = Math.ceil(Number(today.slice(5, 7)) / 3)
  for (;;) {
    const period = `${year}-Q${quarter}`
    if (periodRange(period, dataEndDay).to < today) return period
    quarter -= 1
    if (quarter === 0) {
      quarter = 4
      year -= 1
    }
  }
}

const r76 = clause(7, 6)

/** R7.6: a period is written as the cadence in force says: '2026-11' or '2026-Q4'. */
export const checkPeriodShape = (period: unknown, cadence: ReportCadence): Verdict =>
  cadenceOf(period) === cadence
    ? OK
    : refusal(
        'R7.6',
        r76,
        cadence === 'month'
          ? {
              vi: 'Tổ giúp việc báo cáo hằng tháng: ghi kỳ báo cáo theo dạng tháng/năm, ví dụ 11/2026.',
              en: 'The Support Group reports monthly: write the period month/year, e.g. 11/2026.',
            }
          : {
              vi: 'Tổ giúp việc báo cáo hằng quý: ghi kỳ báo cáo theo dạng quý/năm, ví dụ Quý 4/2026.',
              en: 'The Support Group reports quarterly: write the period quarter/year, e.g. Q4/2026.',
            },
        'period',
      )

/** R7.6: a period is reported once its data have ended (its last day is before `today`). */
export const checkPeriodEnded = (
  period: SgPeriod,
  today: DateKey,
  dataEndDay?: number,
): Verdict => {
  const { to } = periodRange(period, dataEndDay)
  if (to < today) return OK
  return breach(
    'R7.6',
    r76,
    {
      vi: `kỳ báo cáo ${formatSgPeriod(period)} chưa kết thúc (số liệu tính đến hết ngày ${formatDayKey(to)}); chỉ lập báo cáo cho kỳ đã kết thúc.`,
      en: `the ${period} period has not ended (its data run to ${formatDayKey(to)}); only an ended period is reported.`,
    },
    'period',
  )
}

/** R7.6: one report per period. */
export const checkSingleReport = (period: SgPeriod, existing: number): Verdict =>
  existing === 0
    ? OK
    : breach(
        'R7.6',
        r76,
        {
          vi: `báo cáo định kỳ của Tổ giúp việc ${formatSgPeriod(period)} đã được lập; mỗi kỳ chỉ có một báo cáo.`,
          en: `the Support Group's report for ${period} already exists; one report per period.`,
        },
        'period',
      )

/** R7.6: an issued report is the register's document: it is neither edited nor deleted. */
export const checkEditable = (status: unknown): Verdict =>
  status !== 'issued'
    ? OK
    : breach(
        'R7.6',
        r76,
        {
          vi: 'báo cáo đã ban hành không được sửa hoặc xóa.',
          en: 'an issued report cannot be changed or deleted.',
        },
        'status',
      )

/** R7.6: the period of a stored report never changes (a new period is a new report). */
export const checkPeriodKept = (before: unknown, after: unknown): Verdict =>
  before === after
    ? OK
    : refusal(
        'R7.6',
        r76,
        {
          vi: 'Không đổi kỳ của báo cáo đã lập; hãy lập báo cáo cho kỳ khác.',
          en: 'The period of a report cannot change; create a report for the other period.',
        },
        'period',
      )

/** The day before a day key. */
export const dayBefore = (day: DateKey): DateKey => addDaysToKey(day, -1)
