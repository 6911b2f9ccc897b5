import type { ReactNode } from 'react'

// The charts' legend as plain HTML under the chart. Recharts' own legend measures itself in the
// DOM after every render and lays the chart out again to make room (a forced style recalculation
// of the whole admin page each time); a legend beside the chart needs neither.
export type LegendItem = { label: string; color: string; dashed?: boolean }

export const ChartLegend = ({ items }: { items: LegendItem[] }): ReactNode => (
  <ul className="dashboard-legend">
    {items.map((item) => (
      <li key={item.label}>
        <svg width="18" height="10" aria-hidden="true">
          {item.dashed ? (
            <line
              x1="0"
              y1="5"
              x2="18"
              y2="5"
              stroke={item.color}
              strokeWidth="2"
              strokeDasharray="5 3"
            />
          ) : (
            <rect width="18" height="10" rx="2" fill={item.color} />
          )}
        </svg>
        {item.label}
      </li>
    ))}
  </ul>
)
