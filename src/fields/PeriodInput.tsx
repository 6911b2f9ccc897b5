'use client'

import type { TextFieldClientComponent } from 'payload'
import { useField, useTranslation } from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'
import { useCallback, useState } from 'react'

import { periodText, readPeriodText, type PeriodKinds } from './periodText'
import { TextFieldFrame } from './TextFieldFrame'

// The input of a period field: "03/2025" (or "Quý 4/2026") typed and shown, 'YYYY-MM' stored.
// Text that does not read as a period stays as typed, with the message saying how to write it,
// and the form refuses to save.

export const PeriodInput: TextFieldClientComponent = (props) => {
  const { field, path: pathFromProps, readOnly } = props
  const kinds: PeriodKinds = { quarters: (props as { quarters?: boolean }).quarters === true }
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const validate = useCallback(
    (candidate: unknown) => {
      if (typeof candidate !== 'string') return true
      const read = readPeriodText(candidate, { quarters: kinds.quarters })
      return read.ok ? true : read.message[language]
    },
    [kinds.quarters, language],
  )
  const { path, value, setValue, showError, errorMessage, disabled } = useField<string | null>({
    potentiallyStalePath: pathFromProps,
    validate,
  })
  const [text, setText] = useState(() => periodText(value, language) || (value ?? ''))

  // A value set elsewhere (a default, the saved document) replaces the text, unless the text
  // already reads as that value.
  const [seen, setSeen] = useState(value)
  if (value !== seen) {
    setSeen(value)
    const read = readPeriodText(text, kinds)
    if (!(read.ok && read.value === (value ?? null))) setText(periodText(value, language))
  }

  const read = readPeriodText(text, kinds)
  const locked = Boolean(readOnly || disabled)
  const id = `field-${path.replace(/\./g, '__')}`
  const message = !read.ok ? read.message[language] : showError ? errorMessage : undefined
  const placeholder = field.admin?.placeholder
  return (
    <TextFieldFrame field={field} path={path} id={id} locked={locked} message={message}>
      <input
        id={id}
        name={path}
        type="text"
        autoComplete="off"
        value={text}
        disabled={locked}
        placeholder={placeholder ? getTranslation(placeholder, i18n) : undefined}
        aria-invalid={Boolean(message)}
        aria-describedby={`${id}-note`}
        onChange={(event) => {
          const next = event.target.value
          const parsed = readPeriodText(next, kinds)
          setText(next)
          setValue(parsed.ok ? parsed.value : next)
        }}
      />
    </TextFieldFrame>
  )
}
