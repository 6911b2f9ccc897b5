import type { Check } from '../../types'
import { CHECK_KEYS, CHECK_LABELS, checkWord, REVIEW_KEYS, REVIEW_LABELS } from '../tables'
import { say, TEXT } from '../text'
import { WidgetFrame } from '../WidgetFrame'
import { frameProps, type WidgetProps } from './frame'
import { Grid } from './Grid'
import { formatPeriod } from '../../../hooks/rules/reportPeriods'
import { clauseOfRule } from '../../../hooks/rules/verdict'

const FILL: Record<Check['state'], string> = {
  pass: '#16a34a',
  breach: '#dc2626',
  'not-due': '#e2e8f0',
}
const MARK: Record<Check['state'], string> = { pass: '✓', breach: '✗', 'not-due': '' }

const cellOf = (check: Check, head: string, rule: string, language: WidgetProps['language']) => {
  const detail = check.detail ? ` — ${say(check.detail, language)}` : ''
  return {
    fill: FILL[check.state],
    href: check.href,
    state: check.state,
    mark: MARK[check.state],
    title: `${head} · ${clauseOfRule(rule)[language]}: ${checkWord(check.state, language)}${detail}`,
  }
}

/**
 * The charter's rhythm month by month (R14.2): regular meeting (R11.1a), notice (R11.3a),
 * conclusions (R11.3b), substitutes of absent members (R11.4), reports (R12.3a), aggregate
 * (R12.3b); and year by year the six-month and the year-end review (R11.1b). Each cell opens its
 * record; the charter clause of each check is in the cell's tooltip.
 */
export const Compliance = ({ data, language }: WidgetProps) => {
  const { months } = data.compliance
  const { reviews } = data.compliance
  const frame = frameProps('compliance', data, language)
  const legend = (['pass', 'breach', 'not-due'] as const).map((state) => ({
    fill: FILL[state],
    label: checkWord(state, language),
  }))
  return (
    <WidgetFrame {...frame} hasChart={months.length > 0} wide>
      {months.length > 0 ? (
        <>
          <Grid
            columns={months.map(({ period }) => `${period.slice(5)}/${period.slice(2, 4)}`)}
            labelWidth={330}
            rows={CHECK_KEYS.map((key) => ({
              key,
              label: say(TEXT[CHECK_LABELS[key]], language),
              cells: months.map((month) =>
                cellOf(month[key], formatPeriod(month.period), data.compliance.rule[key], language),
              ),
            }))}
            legend={legend}
          />
          {reviews.length > 0 ? (
            <div className="dashboard-compliance-reviews" data-part="reviews">
              <p>{say(TEXT.reviews, language)}</p>
              <Grid
                columns={reviews.map(({ year }) => String(year))}
                labelWidth={330}
                rows={REVIEW_KEYS.map((key) => ({
                  key,
                  label: say(TEXT[REVIEW_LABELS[key]], language),
                  cells: reviews.map((row) =>
                    cellOf(row[key], String(row.year), data.compliance.rule.reviews, language),
                  ),
                }))}
                legend={legend}
              />
            </div>
          ) : null}
        </>
      ) : (
        <p>{say(TEXT.noData, language)}</p>
      )}
    </WidgetFrame>
  )
}
