'use client'

import type { ArrayFieldClientComponent } from 'payload'
import { FieldLabel, useConfig, useField, useFormFields, useTranslation } from '@payloadcms/ui'

import { IndicatorLineRow } from './IndicatorLineRow'
import { useIndicators, useTargets } from './indicatorLinesData'
import { LINE_TEXT, type Language } from './lineText'

// The indicator section of a monthly report as one compact table (name, unit, target, last
// month, this month, note) instead of Payload's collapsible array rows; on a phone each line is
// a card (custom.scss, ".indicator-lines"). Rows come from the pre-fill; the server checks every
// value and its messages land on the cell (indicatorLines.N.value).

const EDITABLE = new Set(['draft', 'returned', undefined])

const yearOf = (period: unknown): string | null =>
  typeof period === 'string' && /^\d{4}-\d{2}$/.test(period) ? period.slice(0, 4) : null

export const IndicatorLinesField: ArrayFieldClientComponent = ({
  field,
  path: pathFromProps,
  readOnly,
}) => {
  const { path, rows = [] } = useField({ hasRows: true, potentiallyStalePath: pathFromProps })
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const period = useFormFields(([fields]) => fields.period?.value)
  const agency = useFormFields(([fields]) => fields.agency?.value)
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const language: Language = i18n.language === 'en' ? 'en' : 'vi'
  const text = LINE_TEXT[language]
  const year = yearOf(period)
  const indicators = useIndicators(api)
  const targets = useTargets(api, year, agency)
  const locked = Boolean(readOnly) || !EDITABLE.has(status)
  const headings = [
    text.name,
    text.unit,
    year ? `${text.target} ${year}` : text.target,
    text.previous,
    text.value,
    text.note,
  ]
  return (
    <div className="field-type indicator-lines">
      <FieldLabel label={field.label} path={path} />
      {rows.length === 0 ? (
        <p className="indicator-lines__empty">{text.empty}</p>
      ) : (
        <table className="indicator-lines__table">
          <thead>
            <tr>
              {headings.map((heading) => (
                <th key={heading}>{heading}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <IndicatorLineRow
                key={row.id}
                path={`${path}.${index}`}
                indicators={indicators}
                targets={targets}
                year={year ?? ''}
                language={language}
                readOnly={locked}
              />
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
