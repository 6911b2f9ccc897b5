'use client'

import { useField } from '@payloadcms/ui'
import { useCallback, useState } from 'react'

import { checkIndicatorLine } from '../../hooks/rules/reportValidation'
import { formatViNumber, parseViNumber } from '../../src/fields/viNumber'
import type { IndicatorInfo } from './indicatorLinesData'
import {
  detectJump,
  FIGURE_KIND_LABELS,
  figureKindOf,
  jumpMessage,
  targetLabel,
  type LineTarget,
} from './lineHints'
import { LINE_TEXT, type Language } from './lineText'

// One indicator line: a table row on a wide screen, a card on a phone (custom.scss,
// ".indicator-lines"). Beside the input: the target, last month's figure, whether the figure
// is the month's flow or a running total, and a warning (never a refusal) on an unusual jump.

// Figures are typed and shown the Vietnamese way in both languages ("3.956", "12,5").
const formatNumber = (value: number | null | undefined) =>
  typeof value === 'number' ? formatViNumber(value) : '—'
const textOf = (value: unknown) =>
  typeof value === 'number' ? formatViNumber(value) : typeof value === 'string' ? value : ''

/**
 * A cell's message: the server's (it points at `indicatorLines.N.value` or `.note`) after a
 * refused save, or the check while typing; editing the cell re-checks it.
 */
const CellError = ({
  field,
}: {
  field: { errorMessage?: string; valid?: boolean; formSubmitted: boolean }
}) =>
  field.errorMessage && (field.valid === false || field.formSubmitted) ? (
    <div role="alert" className="indicator-lines__error">
      {field.errorMessage}
    </div>
  ) : null

/** The caption a card shows before a figure (the table has column headings instead). */
const Caption = ({ children }: { children: string }) => (
  <span className="indicator-lines__caption">{children}: </span>
)

const idOf = (value: unknown) =>
  String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

export type IndicatorLineRowProps = {
  path: string
  indicators: Map<string, IndicatorInfo>
  targets: Map<string, LineTarget>
  year: string
  language: Language
  readOnly: boolean
}

export const IndicatorLineRow = ({
  path,
  indicators,
  targets,
  year,
  language,
  readOnly,
}: IndicatorLineRowProps) => {
  const text = LINE_TEXT[language]
  const indicator = useField<unknown>({ path: `${path}.indicator` })
  const info = indicators.get(idOf(indicator.value))
  // The same value checks as the server's, while typing (the submission's checks stay there);
  // text that does not read as a number stays in the cell with how to type it.
  const checkValue = useCallback(
    (candidate: unknown) => {
      if (typeof candidate === 'string') {
        const read = parseViNumber(candidate)
        return read.ok || read.message[language]
      }
      const invalid = checkIndicatorLine({ indicator: null, value: candidate }, 0, info).find(
        (issue) => issue.severity === 'invalid',
      )
      return invalid ? invalid.message[language] : true
    },
    [info, language],
  )
  const acceptNote = useCallback(() => true as const, [])
  const previous = useField<number | null>({ path: `${path}.previousValue` })
  const value = useField<number | string | null>({ path: `${path}.value`, validate: checkValue })
  const [typed, setTyped] = useState(() => textOf(value.value))
  // A value set elsewhere (the saved report) replaces the text unless the text reads as it.
  const [seen, setSeen] = useState(value.value)
  if (value.value !== seen) {
    setSeen(value.value)
    const read = parseViNumber(typed)
    if (typeof value.value !== 'string' && !(read.ok && read.value === (value.value ?? null))) {
      setTyped(textOf(value.value))
    }
  }
  const read = parseViNumber(typed)
  const note = useField<string | null>({ path: `${path}.note`, validate: acceptNote })
  const target = targets.get(idOf(indicator.value))
  const name = info ? (language === 'en' && info.nameEn) || info.nameVi : '…'
  const kind = info
    ? figureKindOf({ cumulative: info.cumulative, aggregation: info.aggregation, unit: info.unit })
    : null
  const jump =
    read.ok && info ? detectJump(read.value, previous.value, info.plausibilityRatio) : null
  const targetCaption = target ? targetLabel(target, year)[language] : `${text.target} ${year}`
  return (
    <tr className="indicator-lines__row">
      <td className="indicator-lines__name">
        <div>{name}</div>
        {kind ? (
          <span className="indicator-lines__kind">{FIGURE_KIND_LABELS[kind][language]}</span>
        ) : null}
      </td>
      <td className="indicator-lines__fact">
        <Caption>{text.unit}</Caption>
        {info?.unit ?? ''}
      </td>
      <td className="indicator-lines__fact indicator-lines__number">
        <Caption>{targetCaption}</Caption>
        {formatNumber(target?.value)}
        {target?.scope === 'province' ? (
          <div className="indicator-lines__scope">{text.province}</div>
        ) : null}
      </td>
      <td className="indicator-lines__fact indicator-lines__number">
        <Caption>{text.previous}</Caption>
        {formatNumber(previous.value)}
      </td>
      <td className="indicator-lines__value">
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          aria-label={`${text.value}: ${name}`}
          className="indicator-lines__input indicator-lines__input--number"
          value={typed}
          disabled={readOnly}
          onChange={(event) => {
            const next = event.target.value
            const parsed = parseViNumber(next)
            setTyped(next)
            value.setValue(parsed.ok ? parsed.value : next)
          }}
        />
        {!read.ok ? (
          <div role="alert" className="indicator-lines__error">
            {read.message[language]}
          </div>
        ) : (
          <CellError field={value} />
        )}
        {jump && !readOnly && typeof previous.value === 'number' ? (
          <div role="status" className="indicator-lines__warning">
            {jumpMessage(jump, previous.value)[language]}
          </div>
        ) : null}
        {read.ok &&
        read.value !== null &&
        !readOnly &&
        typed.trim() !== formatNumber(read.value) ? (
          <div className="indicator-lines__hint">
            {text.willSave} {formatNumber(read.value)}
          </div>
        ) : null}
      </td>
      <td className="indicator-lines__note">
        <input
          type="text"
          maxLength={500}
          aria-label={`${text.note}: ${name}`}
          placeholder={text.note}
          className="indicator-lines__input"
          value={note.value ?? ''}
          disabled={readOnly}
          onChange={(event) => note.setValue(event.target.value)}
        />
        <CellError field={note} />
      </td>
    </tr>
  )
}
