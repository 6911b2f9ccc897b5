// The value axis of the server-drawn charts: round steps from zero, and positions as percentages
// of the chart's width, so one drawing fits a 1440 px screen and a 390 px phone alike.

const STEPS = [1, 2, 2.5, 5, 10]

/** Round ticks from 0 covering `max` in about `count` steps (whole numbers when `integer`). */
export const niceTicks = (max: number, { count = 4, integer = false } = {}): number[] => {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1]
  const rough = max / count
  const power = 10 ** Math.floor(Math.log10(rough))
  let step = STEPS.map((multiple) => multiple * power).find((candidate) => candidate >= rough)!
  if (integer) step = Math.max(1, Math.ceil(step))
  const steps = Math.ceil(max / step - 1e-9)
  return Array.from({ length: steps + 1 }, (_, index) => Number((index * step).toPrecision(12)))
}

/** `value` on an axis from 0 to `top`, as a percentage of `span` (the share of width it may use). */
export const percentOf = (value: number, top: number, span = 100): number =>
  top > 0 ? Math.round((Math.max(0, value) / top) * span * 100) / 100 : 0

/** An SVG percentage length. */
export const pct = (value: number): string => `${value}%`

/** A label cut to `max` characters with an ellipsis (the full text goes in a <title>). */
export const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text
