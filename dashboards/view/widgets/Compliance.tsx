import type { Check } from '../../types'
import { CHECK_KEYS, CHECK_LABELS, checkWord } from '../tables'
import { say, TEXT } from '../text'
import { WidgetFrame } from '../WidgetFrame'
import { frameProps, type WidgetProps } from './frame'
import { Grid } from './Grid'

const FILL: Record<Check['state'], string> = {
  pass: '#16a34a',
  breach: '#dc2626',
  'not-due': '#e2e8f0',
}
const MARK: Record<Check['state'], string> = { pass: '✓', breach: '✗', 'not-due': '' }

/**
 * The charter's rhythm month by month (R14.2): regular meeting (R11.1a), notice (R11.3a),
 * conclusions (R11.3b), reports (R12.3a), aggregate (R12.3b); each cell opens its record.
 */
export const Compliance = ({ data, language }: WidgetProps) => {
  const { months } = data.compliance
  const frame = frameProps('compliance', data, language)
  return (
    <WidgetFrame {...frame} hasChart={months.length > 0} wide>
      {months.length > 0 ? (
        <Grid
          columns={months.map(({ period }) => `${period.slice(5)}/${period.slice(2, 4)}`)}
          labelWidth={330}
          rows={CHECK_KEYS.map((key) => ({
            key,
            label: say(TEXT[CHECK_LABELS[key]], language),
            cells: months.map((month) => {
              const check = month[key]
              const detail = check.detail ? ` — ${say(check.detail, language)}` : ''
              return {
                fill: FILL[check.state],
                href: check.href,
                state: check.state,
                mark: MARK[check.state],
                title: `${month.period} · ${data.compliance.rule[key]}: ${checkWord(check.state, language)}${detail}`,
              }
            }),
          }))}
          legend={(['pass', 'breach', 'not-due'] as const).map((state) => ({
            fill: FILL[state],
            label: checkWord(state, language),
          }))}
        />
      ) : (
        <p>{say(TEXT.noData, language)}</p>
      )}
    </WidgetFrame>
  )
}
