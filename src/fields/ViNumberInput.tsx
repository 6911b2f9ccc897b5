'use client'

import type { NumberFieldClientComponent } from 'payload'
import { useField, useTranslation } from '@payloadcms/ui'
import { useCallback, useMemo, useState, type CSSProperties } from 'react'

import type { ViNumberProps } from './numberFields'
import { TextFieldFrame } from './TextFieldFrame'
import { formatFieldValue, formatViNumber, parseViNumber, type ViNumberRules } from './viNumber'

// The input of a number or money field: text typed the Vietnamese way ("60.000.000", "12,5"),
// the value it will store shown under it ("Sẽ lưu: 60.000.000 đ"). Text that does not read as
// a number stays as typed, with the message saying how to type it, and the form refuses to save.

const note: CSSProperties = { fontSize: 13, marginTop: 4, color: 'var(--theme-elevation-600)' }

const TEXT = {
  vi: { willSave: 'Sẽ lưu:' },
  en: { willSave: 'Will be saved as:' },
}

const textOf = (value: unknown, grouping: boolean) =>
  typeof value === 'number'
    ? formatViNumber(value, { grouping })
    : typeof value === 'string'
      ? value
      : ''

export const ViNumberInput: NumberFieldClientComponent = (props) => {
  const { field, path: pathFromProps, readOnly } = props
  const options = props as unknown as Partial<ViNumberProps>
  const grouping = options.grouping !== false
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const rules: ViNumberRules = useMemo(
    () => ({ integer: options.integer === true, negative: (field.min ?? -1) < 0 }),
    [options.integer, field.min],
  )
  const validate = useCallback(
    (candidate: unknown) => {
      if (typeof candidate !== 'string') return true
      const read = parseViNumber(candidate, rules)
      return read.ok ? true : read.message[language]
    },
    [rules, language],
  )
  const { path, value, setValue, showError, errorMessage, disabled } = useField<
    number | string | null
  >({ potentiallyStalePath: pathFromProps, validate })
  const [text, setText] = useState(() => textOf(value, grouping))

  // A value set elsewhere (a default, the saved document after a save) replaces the text,
  // unless the text already reads as that value (then the user's way of typing it stays).
  const [seen, setSeen] = useState(value)
  if (value !== seen) {
    setSeen(value)
    const read = parseViNumber(text, rules)
    if (typeof value !== 'string' && !(read.ok && read.value === (value ?? null))) {
      setText(textOf(value, grouping))
    }
  }

  const read = parseViNumber(text, rules)
  const locked = Boolean(readOnly || disabled)
  const shown = locked && typeof value === 'number' ? formatFieldValue(value, options) : text
  const id = `field-${path.replace(/\./g, '__')}`
  const message = !read.ok ? read.message[language] : showError ? errorMessage : undefined
  return (
    <TextFieldFrame
      field={field}
      path={path}
      id={id}
      locked={locked}
      message={message}
      note={
        !locked && read.ok && read.value !== null ? (
          <div style={note}>
            {TEXT[language].willSave} <strong>{formatFieldValue(read.value, options)}</strong>
          </div>
        ) : null
      }
    >
      <input
        id={id}
        name={path}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={shown}
        disabled={locked}
        aria-invalid={Boolean(message)}
        aria-describedby={`${id}-note`}
        onChange={(event) => {
          const next = event.target.value
          const parsed = parseViNumber(next, rules)
          setText(next)
          setValue(parsed.ok ? parsed.value : next)
        }}
      />
    </TextFieldFrame>
  )
}
