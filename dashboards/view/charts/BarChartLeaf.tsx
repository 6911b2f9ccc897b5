'use client'

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type YAxisTickContentProps,
} from 'recharts'

import type { AdminLanguage } from '../../../src/i18n/label'
import { useDrillDown } from '../useFilterNavigation'
import { compactNumber } from './numberFormat'

export type BarSeries = { key: string; label: string; color: string; stack?: string }
export type BarRow = {
  name: string
  values: Record<string, number | null>
  /** The records behind each segment (per series key). */
  hrefs: Record<string, string>
}

type Props = { rows: BarRow[]; series: BarSeries[]; language: AdminLanguage }

const ROW_HEIGHT = 26
const LABEL_CHARS = 32

/** An agency or budget line name on the axis, shortened; the full name shows on hover. */
const CategoryTick = ({ x, y, payload }: YAxisTickContentProps) => {
  const name = String(payload.value ?? '')
  const short = name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name
  return (
    <text x={x} y={y} dy={4} textAnchor="end" fontSize={11} fill="#334155">
      <title>{name}</title>
      {short}
    </text>
  )
}

// Horizontal bars: agency names are long, and a province has dozens of them.
export const BarChartLeaf = ({ rows, series, language }: Props) => {
  const drillDown = useDrillDown()
  const data = rows.map((row) => ({ name: row.name, hrefs: row.hrefs, ...row.values }))
  const height = Math.max(
    160,
    rows.length * ROW_HEIGHT * (series.some((s) => s.stack) ? 1 : series.length) + 70,
  )
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tickFormatter={compactNumber(language)} />
        <YAxis type="category" dataKey="name" width={190} tick={CategoryTick} interval={0} />
        <Tooltip />
        <Legend itemSorter={null} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={s.color}
            stackId={s.stack}
            isAnimationActive={false}
            shape={(props: BarShapeProps) => {
              const href = (props.payload as { hrefs: Record<string, string> }).hrefs[s.key]
              const value = (props.payload as Record<string, number | null>)[s.key]
              return (
                <a
                  href={href}
                  className="dashboard-bar"
                  data-series={s.key}
                  data-value={value ?? ''}
                  aria-label={`${(props.payload as { name: string }).name} – ${s.label}: ${value ?? ''}`}
                  onClick={(event) => drillDown(event, href)}
                >
                  <Rectangle {...props} />
                </a>
              )
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}
