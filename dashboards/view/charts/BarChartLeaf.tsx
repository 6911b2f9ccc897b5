'use client'

import { useMemo } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts'

import type { AdminLanguage } from '../../../src/i18n/label'
import { useDrillDown } from '../useFilterNavigation'
import { plainTick } from './axisTick'
import { ChartLegend } from './ChartLegend'
import { horizontalLines, verticalLines } from './gridLines'
import { compactNumber } from './numberFormat'
import { useHoverOnce } from './useHoverOnce'

export type BarSeries = { key: string; label: string; color: string; stack?: string }
export type BarRow = {
  name: string
  values: Record<string, number | null>
  /** The records behind each segment (per series key). */
  hrefs: Record<string, string>
}

type Props = { rows: BarRow[]; series: BarSeries[]; language: AdminLanguage }

const ROW_HEIGHT = 26
const MARGIN = { top: 4, right: 24, bottom: 4, left: 8 }

// Horizontal bars: agency names are long, and a province has dozens of them.
export const BarChartLeaf = ({ rows, series, language }: Props) => {
  const drillDown = useDrillDown()
  const { hovered, hoverProps } = useHoverOnce()
  const data = useMemo(
    () => rows.map((row) => ({ name: row.name, hrefs: row.hrefs, ...row.values })),
    [rows],
  )
  // The same elements on every render: mounting the tooltip (on first hover) must not draw the
  // bars anew, or a click already under way on one of them would be lost.
  const parts = useMemo(() => {
    const compact = compactNumber(language)
    return [
      <CartesianGrid
        key="grid"
        strokeDasharray="3 3"
        horizontal={false}
        verticalCoordinatesGenerator={verticalLines()}
        horizontalCoordinatesGenerator={horizontalLines(false)}
      />,
      <XAxis
        key="x"
        type="number"
        allowDecimals={false}
        interval={0}
        tickCount={5}
        tick={plainTick((value) => compact(Number(value)), { dy: 12 })}
      />,
      <YAxis
        key="y"
        type="category"
        dataKey="name"
        width={190}
        interval={0}
        tick={plainTick(String, { dy: 4, maxChars: 32 })}
      />,
      ...series.map((s) => (
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
      )),
    ]
  }, [series, language, drillDown])
  const height = Math.max(
    160,
    rows.length * ROW_HEIGHT * (series.some((s) => s.stack) ? 1 : series.length) + 40,
  )
  return (
    <div {...hoverProps}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={MARGIN}>
          {parts}
          {hovered ? <Tooltip /> : null}
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend items={series.map((s) => ({ label: s.label, color: s.color }))} />
    </div>
  )
}
