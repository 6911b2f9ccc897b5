import type { AdminLanguage } from '../../../src/i18n/label'
import { ChartLegend } from './ChartLegend'
import { chartNumber, exactNumber } from './numberFormat'
import { clip, niceTicks, pct, percentOf } from './scale'

// Horizontal bars drawn as SVG on the server: they appear with the page, before any script runs,
// and every bar is a link to the records it counts. Each row's name sits above its bar and its
// figure at the bar's end, so the drawing needs no measuring and fits any width (x positions are
// percentages). The exact figures are in each bar's tooltip and in the widget's CSV.

export type BarSeries = { key: string; label: string; color: string; stack?: string }
export type BarRow = {
  name: string
  values: Record<string, number | null>
  /** The records behind each segment (per series key). */
  hrefs: Record<string, string>
}

type Props = { rows: BarRow[]; series: BarSeries[]; language: AdminLanguage }

const FONT = 11
const AXIS_H = 18
const NAME_H = 15
const STACK_H = 14
const GROUP_H = 10
const ROW_GAP = 9
/** The share of the width the longest bar takes; the rest holds its figure. */
const SPAN = 84
const NAME_CHARS = 64

type Segment = { series: BarSeries; value: number; start: number }

/** A row's bars: one bar of segments when the series stack, else one bar per series. */
const barsOf = (row: BarRow, series: BarSeries[], stacked: boolean): Segment[][] => {
  if (!stacked) {
    return series.map((s) => [{ series: s, value: row.values[s.key] ?? 0, start: 0 }])
  }
  let start = 0
  return [
    series.map((s) => {
      const value = row.values[s.key] ?? 0
      const segment = { series: s, value, start }
      start += Math.max(0, value)
      return segment
    }),
  ]
}

const barTotal = (bar: Segment[]) => bar.reduce((sum, s) => sum + Math.max(0, s.value), 0)

export const BarChart = ({ rows, series, language }: Props) => {
  const stacked = series.some((s) => s.stack)
  const short = chartNumber(language)
  const exact = exactNumber(language)
  const bars = rows.map((row) => barsOf(row, series, stacked))
  const largest = Math.max(0, ...bars.flat().map(barTotal))
  const integer = rows.every((row) =>
    Object.values(row.values).every((v) => Number.isInteger(v ?? 0)),
  )
  const ticks = niceTicks(largest, { integer })
  const top = ticks[ticks.length - 1]!
  const barH = stacked ? STACK_H : GROUP_H
  const barsPerRow = stacked ? 1 : series.length
  const rowH = NAME_H + barsPerRow * (barH + 2) - 2 + ROW_GAP
  const height = AXIS_H + rows.length * rowH
  return (
    <div>
      <svg className="dashboard-chart" width="100%" height={height} fontSize={FONT} role="img">
        {ticks.map((tick, index) => {
          const x = pct(percentOf(tick, top, SPAN))
          return (
            <g key={tick}>
              <line
                x1={x}
                x2={x}
                y1={AXIS_H - 4}
                y2={height - ROW_GAP + 2}
                stroke="#e2e8f0"
                strokeDasharray="3 3"
              />
              <text
                x={x}
                y={AXIS_H - 7}
                textAnchor={index === 0 ? 'start' : 'middle'}
                fill="#64748b"
              >
                {short(tick)}
              </text>
            </g>
          )
        })}
        {rows.map((row, rowIndex) => {
          const y = AXIS_H + rowIndex * rowH
          const name = clip(row.name, NAME_CHARS)
          return (
            <g key={`${row.name}-${rowIndex}`}>
              <text x={0} y={y + NAME_H - 4} fill="#0f172a">
                {name !== row.name ? <title>{row.name}</title> : null}
                {name}
              </text>
              {bars[rowIndex]!.map((bar, barIndex) => {
                const barY = y + NAME_H + barIndex * (barH + 2)
                const total = barTotal(bar)
                const shown = stacked || row.values[bar[0]!.series.key] !== null
                return (
                  <g key={barIndex}>
                    {bar
                      .filter((segment) => segment.value > 0)
                      .map(({ series: s, value, start }) => {
                        const label = `${row.name} – ${s.label}: ${exact(value)}`
                        return (
                          <a
                            key={s.key}
                            href={row.hrefs[s.key]}
                            className="dashboard-bar"
                            data-series={s.key}
                            data-value={value}
                            aria-label={label}
                          >
                            <title>{label}</title>
                            <rect
                              x={pct(percentOf(start, top, SPAN))}
                              y={barY}
                              width={pct(Math.max(0.4, percentOf(value, top, SPAN)))}
                              height={barH}
                              fill={s.color}
                            />
                          </a>
                        )
                      })}
                    {shown ? (
                      <text
                        x={pct(percentOf(total, top, SPAN))}
                        dx={4}
                        y={barY + barH - 2}
                        fill="#334155"
                      >
                        {short(total)}
                      </text>
                    ) : null}
                  </g>
                )
              })}
            </g>
          )
        })}
      </svg>
      <ChartLegend items={series.map((s) => ({ label: s.label, color: s.color }))} />
    </div>
  )
}
