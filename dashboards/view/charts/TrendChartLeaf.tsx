'use client'

import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from 'recharts'

import { formatPeriod } from '../../../hooks/rules/reportPeriods'
import type { AdminLanguage } from '../../../src/i18n/label'
import { useDrillDown } from '../useFilterNavigation'
import { plainTick } from './axisTick'
import { ChartLegend } from './ChartLegend'
import { horizontalLines, verticalLines } from './gridLines'
import { compactNumber } from './numberFormat'

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

/** Indicator value per month (each point opens the reports behind it) against the target line. */
export const TrendChartLeaf = ({ points, labels, language }: Props) => {
  const drillDown = useDrillDown()
  const compact = compactNumber(language)
  const dot = (props: DotItemDotProps) => {
    const point = props.payload as TrendPoint
    if (point.value === null || props.cx === undefined || props.cy === undefined) {
      return <g key={`dot-${props.index}`} />
    }
    return (
      <a
        key={`dot-${props.index}`}
        href={point.href}
        className="dashboard-point"
        data-value={point.value}
        aria-label={`${point.period}: ${point.value}`}
        onClick={(event) => drillDown(event, point.href)}
      >
        <circle cx={props.cx} cy={props.cy} r={4} fill="#1d4ed8" stroke="#ffffff" strokeWidth={1} />
      </a>
    )
  }
  return (
    <div>
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={points} margin={{ top: 8, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid
            strokeDasharray="3 3"
            vertical={false}
            verticalCoordinatesGenerator={verticalLines(false)}
            horizontalCoordinatesGenerator={horizontalLines()}
          />
          <XAxis
            dataKey="period"
            interval={Math.max(0, Math.ceil(points.length / 12) - 1)}
            tick={plainTick((value) => formatPeriod(String(value)), { dy: 12 })}
          />
          <YAxis
            width={70}
            interval={0}
            tickCount={5}
            tick={plainTick((value) => compact(Number(value)), { dy: 4 })}
          />
          <Tooltip labelFormatter={(label) => formatPeriod(String(label))} />
          <Line
            dataKey="value"
            name={labels.value}
            stroke="#1d4ed8"
            strokeWidth={2}
            connectNulls
            dot={dot}
            isAnimationActive={false}
          />
          <Line
            dataKey="target"
            name={labels.target}
            stroke="#dc2626"
            strokeDasharray="6 4"
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          { label: labels.value, color: '#1d4ed8' },
          { label: labels.target, color: '#dc2626', dashed: true },
        ]}
      />
    </div>
  )
}
