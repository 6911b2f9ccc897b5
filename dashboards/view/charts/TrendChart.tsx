import { formatPeriod } from '../../../hooks/rules/reportPeriods'
import type { AdminLanguage } from '../../../src/i18n/label'
import { ChartLegend } from './ChartLegend'
import { chartNumber, exactNumber } from './numberFormat'
import { niceTicks, pct, percentOf } from './scale'

// An indicator month by month against its target, drawn as SVG on the server like the bar
// charts: months are evenly spaced across the width (percentages), values go up from zero. Each
// point is a link to the reports behind it, with the month's figures in its tooltip.

export type TrendPoint = {
  period: string
  value: number | null
  target: number | null
  href: string
}

type Props = {
  points: TrendPoint[]
  labels: { value: string; target: string }
  language: AdminLanguage
}

const HEIGHT = 280
const TOP = 18
const BOTTOM = 24
const PLOT_H = HEIGHT - TOP - BOTTOM
const VALUE_COLOR = '#1d4ed8'
const TARGET_COLOR = '#dc2626'
/** At most this many month labels under the axis, so they fit a phone's width. */
const MONTH_LABELS = 6

type Placed = { x: string; y: number }

/** Lines between consecutive months that have a figure (a month without one is bridged). */
const segments = (placed: (Placed | null)[]): [Placed, Placed][] => {
  const present = placed.filter((point): point is Placed => point !== null)
  return present.slice(1).map((point, index) => [present[index]!, point])
}

/** One series' line, a segment between each two months with a figure. */
const Segments = ({
  segments: pairs,
  series,
  stroke,
  dashed = false,
}: {
  segments: [Placed, Placed][]
  series: string
  stroke: string
  dashed?: boolean
}) =>
  pairs.map(([from, to]) => (
    <line
      key={`${series}-${from.x}`}
      className="dashboard-line"
      x1={from.x}
      y1={from.y}
      x2={to.x}
      y2={to.y}
      stroke={stroke}
      strokeWidth={2}
      strokeDasharray={dashed ? '6 4' : undefined}
      strokeLinecap={dashed ? undefined : 'round'}
    />
  ))

export const TrendChart = ({ points, labels, language }: Props) => {
  const short = chartNumber(language)
  const exact = exactNumber(language)
  const figures = points.flatMap((p) => [p.value, p.target]).filter((v): v is number => v !== null)
  const ticks = niceTicks(Math.max(0, ...figures))
  const top = ticks[ticks.length - 1]!
  const yOf = (value: number) => TOP + PLOT_H - (percentOf(value, top) / 100) * PLOT_H
  // Months spread over 92 % of the width, so the first and last month labels fit on a phone.
  const xOf = (index: number) =>
    pct(Math.round((4 + ((index + 0.5) / points.length) * 92) * 100) / 100)
  const place = (value: number | null, index: number): Placed | null =>
    value === null ? null : { x: xOf(index), y: yOf(value) }
  const valueLine = segments(points.map((p, i) => place(p.value, i)))
  const targetLine = segments(points.map((p, i) => place(p.target, i)))
  const every = Math.max(1, Math.ceil(points.length / MONTH_LABELS))
  const figure = (value: number | null) => (value === null ? '—' : exact(value))
  return (
    <div>
      <svg className="dashboard-chart" width="100%" height={HEIGHT} fontSize={11} role="img">
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1="0"
              x2="100%"
              y1={yOf(tick)}
              y2={yOf(tick)}
              stroke="#e2e8f0"
              strokeDasharray="3 3"
            />
            <text x={0} y={yOf(tick) - 3} fill="#64748b">
              {short(tick)}
            </text>
          </g>
        ))}
        {points.map((point, index) =>
          index % every === 0 ? (
            <text
              key={point.period}
              x={xOf(index)}
              y={HEIGHT - 6}
              textAnchor="middle"
              fill="#334155"
            >
              {formatPeriod(point.period)}
            </text>
          ) : null,
        )}
        <Segments segments={targetLine} series="target" stroke={TARGET_COLOR} dashed />
        <Segments segments={valueLine} series="value" stroke={VALUE_COLOR} />
        {points.map((point, index) => {
          if (point.value === null) return null
          const month = formatPeriod(point.period)
          const tooltip = `${month} – ${labels.value}: ${figure(point.value)}; ${labels.target}: ${figure(point.target)}`
          return (
            <a
              key={point.period}
              href={point.href}
              className="dashboard-point"
              data-value={point.value}
              aria-label={`${month}: ${figure(point.value)}`}
            >
              <title>{tooltip}</title>
              {/* A finger-sized target around the dot. */}
              <circle cx={xOf(index)} cy={yOf(point.value)} r={12} fill="transparent" />
              <circle
                cx={xOf(index)}
                cy={yOf(point.value)}
                r={4}
                fill={VALUE_COLOR}
                stroke="#ffffff"
                strokeWidth={1}
              />
            </a>
          )
        })}
      </svg>
      <ChartLegend
        items={[
          { label: labels.value, color: VALUE_COLOR },
          { label: labels.target, color: TARGET_COLOR, dashed: true },
        ]}
      />
    </div>
  )
}
