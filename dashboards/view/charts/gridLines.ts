import type { ComponentProps } from 'react'
import type { CartesianGrid } from 'recharts'

// Grid lines placed from the axis's values through its scale. Left to itself, Recharts places them
// by laying the tick labels out again and measuring each one in the DOM: on the admin page every
// measurement recalculates the style of the whole page (~12 ms each, 15 of them per dashboard),
// even for a direction the grid does not draw.
type GridProps = ComponentProps<typeof CartesianGrid>
type Axis = Parameters<NonNullable<GridProps['verticalCoordinatesGenerator']>>[0]['xAxis']

const linesOf = (axis: Axis): number[] => {
  const scale = axis?.scale
  if (!scale) return []
  return (axis.niceTicks ?? [])
    .map((value) => scale.map(value))
    .filter((point): point is number => typeof point === 'number' && Number.isFinite(point))
}

/** Vertical lines at the x axis's values (a numeric axis); none when `drawn` is false. */
export const verticalLines =
  (drawn = true): NonNullable<GridProps['verticalCoordinatesGenerator']> =>
  ({ xAxis }) =>
    drawn ? linesOf(xAxis) : []

/** Horizontal lines at the y axis's values (a numeric axis); none when `drawn` is false. */
export const horizontalLines =
  (drawn = true): NonNullable<GridProps['horizontalCoordinatesGenerator']> =>
  ({ yAxis }) =>
    drawn ? linesOf(yAxis) : []
