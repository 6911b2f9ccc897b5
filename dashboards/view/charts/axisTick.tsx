import type { ReactNode } from 'react'

// Plain SVG tick labels. Recharts measures each default tick in the DOM (one forced layout per
// label, seconds on a page this size); with these ticks and a numeric `interval` it measures none.
type TickProps = {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown }
  textAnchor?: string
}

const FONT_SIZE = 11

export const plainTick = (format: (value: unknown) => string, { dy = 0, maxChars = 40 } = {}) => {
  const PlainTick = ({ x, y, payload, textAnchor }: TickProps): ReactNode => {
    const label = format(payload?.value)
    const short = label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label
    return (
      <text
        x={x}
        y={y}
        dy={dy}
        textAnchor={textAnchor as 'start' | 'middle' | 'end' | undefined}
        fontSize={FONT_SIZE}
        fill="#334155"
      >
        {short !== label ? <title>{label}</title> : null}
        {short}
      </text>
    )
  }
  return PlainTick
}
