import { TrendChart } from '../charts/TrendChart'
import { say, TEXT } from '../text'
import { WidgetFrame } from '../WidgetFrame'
import { frameProps, type WidgetProps } from './frame'

/** The picked indicator month by month against its target; each point opens its reports. */
export const Trend = ({ data, language }: WidgetProps) => {
  const { indicator, points } = data.trend
  const frame = frameProps('trend', data, language)
  const title = indicator
    ? `${frame.title}: ${say(indicator.name, language)} (${indicator.unit})`
    : frame.title
  const hasFigures = points.some((point) => point.value !== null || point.target !== null)
  return (
    <WidgetFrame {...frame} title={title} hasChart={hasFigures}>
      {hasFigures ? (
        <TrendChart
          language={language}
          points={points}
          labels={{
            value: say(indicator?.yearToDate ? TEXT.yearToDate : TEXT.value, language),
            target: say(TEXT.target, language),
          }}
        />
      ) : (
        <p>{say(TEXT.noData, language)}</p>
      )}
    </WidgetFrame>
  )
}
