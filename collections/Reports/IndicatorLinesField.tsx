'use client'

import type { ArrayFieldClientComponent } from 'payload'
import { FieldLabel, useConfig, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState, type CSSProperties } from 'react'

import { checkIndicatorLine } from '../../hooks/rules/reportValidation'
import { formatViNumber, parseViNumber } from '../../src/fields/viNumber'

// The indicator section of a monthly report as one compact table (name, unit, last month, this
// month, note) instead of Payload's collapsible array rows. Rows come from the pre-fill; the
// server checks every value and its messages land on the cell (indicatorLines.N.value).

type IndicatorInfo = {
  id: number | string
  nameVi: string
  nameEn?: string | null
  unit: string
  wholeNumber?: boolean | null
}
type Language = 'vi' | 'en'

const TEXT = {
  vi: {
    name: 'Chỉ tiêu',
    unit: 'Đơn vị',
    previous: 'Tháng trước',
    value: 'Tháng này',
    note: 'Ghi chú',
    willSave: 'Sẽ lưu:',
    empty: 'Báo cáo được điền sẵn các chỉ tiêu của cơ quan khi lưu lần đầu.',
  },
  en: {
    name: 'Indicator',
    unit: 'Unit',
    previous: 'Last month',
    value: 'This month',
    note: 'Note',
    willSave: 'Will be saved as:',
    empty: "The agency's indicators are filled in when the report is first saved.",
  },
}

const EDITABLE = new Set(['draft', 'returned', undefined])

const cell: CSSProperties = {
  padding: '6px 8px',
  borderBottom: '1px solid var(--theme-elevation-100)',
  verticalAlign: 'top',
}
const input: CSSProperties = {
  width: '100%',
  padding: '4px 6px',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s)',
  background: 'var(--theme-input-bg)',
  color: 'var(--theme-elevation-800)',
}
const errorText: CSSProperties = { color: 'var(--theme-error-500)', fontSize: 12, marginTop: 2 }
const noteText: CSSProperties = { color: 'var(--theme-elevation-600)', fontSize: 12, marginTop: 2 }

// Figures are typed and shown the Vietnamese way in both languages ("3.956", "12,5"): the table
// must read back what it shows.
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
    <div role="alert" style={errorText}>
      {field.errorMessage}
    </div>
  ) : null

const idOf = (value: unknown) =>
  String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

const IndicatorRow = ({
  path,
  indicators,
  language,
  readOnly,
}: {
  path: string
  indicators: Map<string, IndicatorInfo>
  language: Language
  readOnly: boolean
}) => {
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
  const [text, setText] = useState(() => textOf(value.value))
  // A value set elsewhere (the saved report) replaces the text unless the text reads as it.
  const [seen, setSeen] = useState(value.value)
  if (value.value !== seen) {
    setSeen(value.value)
    const read = parseViNumber(text)
    if (typeof value.value !== 'string' && !(read.ok && read.value === (value.value ?? null))) {
      setText(textOf(value.value))
    }
  }
  const read = parseViNumber(text)
  const note = useField<string | null>({ path: `${path}.note`, validate: acceptNote })
  const name = info ? (language === 'en' && info.nameEn) || info.nameVi : '…'
  return (
    <tr>
      <td style={cell}>{name}</td>
      <td style={cell}>{info?.unit ?? ''}</td>
      <td style={{ ...cell, textAlign: 'right' }}>{formatNumber(previous.value)}</td>
      <td style={{ ...cell, width: 140 }}>
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          aria-label={`${TEXT[language].value}: ${name}`}
          style={{ ...input, textAlign: 'right' }}
          value={text}
          disabled={readOnly}
          onChange={(event) => {
            const next = event.target.value
            const parsed = parseViNumber(next)
            setText(next)
            value.setValue(parsed.ok ? parsed.value : next)
          }}
        />
        {!read.ok ? (
          <div role="alert" style={errorText}>
            {read.message[language]}
          </div>
        ) : (
          <CellError field={value} />
        )}
        {read.ok && read.value !== null && !readOnly && text.trim() !== formatNumber(read.value) ? (
          <div style={noteText}>
            {TEXT[language].willSave} {formatNumber(read.value)}
          </div>
        ) : null}
      </td>
      <td style={cell}>
        <input
          type="text"
          maxLength={500}
          aria-label={`${TEXT[language].note}: ${name}`}
          style={input}
          value={note.value ?? ''}
          disabled={readOnly}
          onChange={(event) => note.setValue(event.target.value)}
        />
        <CellError field={note} />
      </td>
    </tr>
  )
}

/** Reads the indicator catalogue once (a few dozen rows) for the names and units. */
const useIndicators = (api: string): Map<string, IndicatorInfo> => {
  const [indicators, setIndicators] = useState(new Map<string, IndicatorInfo>())
  useEffect(() => {
    const controller = new AbortController()
    // One page of the REST guard's largest size (it refuses pagination=false): a few dozen rows.
    const query =
      'depth=0&limit=200&select[nameVi]=true&select[nameEn]=true&select[unit]=true&select[wholeNumber]=true'
    fetch(`${api}/indicators?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: IndicatorInfo[] }) =>
        setIndicators(new Map((body.docs ?? []).map((doc) => [String(doc.id), doc]))),
      )
      .catch(() => undefined)
    return () => controller.abort()
  }, [api])
  return indicators
}

export const IndicatorLinesField: ArrayFieldClientComponent = ({
  field,
  path: pathFromProps,
  readOnly,
}) => {
  const { path, rows = [] } = useField({ hasRows: true, potentiallyStalePath: pathFromProps })
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const language: Language = i18n.language === 'en' ? 'en' : 'vi'
  const text = TEXT[language]
  const indicators = useIndicators(api)
  const locked = Boolean(readOnly) || !EDITABLE.has(status)
  return (
    <div className="field-type" style={{ marginBottom: 24 }}>
      <FieldLabel label={field.label} path={path} />
      {rows.length === 0 ? (
        <p style={{ color: 'var(--theme-elevation-500)' }}>{text.empty}</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              {[text.name, text.unit, text.previous, text.value, text.note].map((heading) => (
                <th key={heading} style={{ ...cell, textAlign: 'left', fontWeight: 600 }}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <IndicatorRow
                key={row.id}
                path={`${path}.${index}`}
                indicators={indicators}
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
