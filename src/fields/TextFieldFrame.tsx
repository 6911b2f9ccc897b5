'use client'

import type { StaticDescription, StaticLabel } from 'payload'
import { FieldDescription, FieldLabel } from '@payloadcms/ui'
import type { CSSProperties, ReactNode } from 'react'

// The frame Payload draws around a text input (label, error state, note, description), for the
// inputs that read what officials type (numbers, periods) and store it another way.

const error: CSSProperties = { fontSize: 13, marginTop: 4, color: 'var(--theme-error-500)' }

type Props = {
  field: {
    label?: StaticLabel
    localized?: boolean
    required?: boolean
    admin?: { description?: StaticDescription }
  }
  path: string
  /** The input's id; the note under it is `${id}-note`. */
  id: string
  locked: boolean
  /** The error to show under the input, if any. */
  message?: string
  /** Shown under the input when there is no error. */
  note?: ReactNode
  children: ReactNode
}

export const TextFieldFrame = ({ field, path, id, locked, message, note, children }: Props) => (
  <div
    className={['field-type', 'text', message && 'error', locked && 'read-only']
      .filter(Boolean)
      .join(' ')}
  >
    <FieldLabel
      label={field.label}
      localized={field.localized}
      path={path}
      required={field.required}
    />
    <div className="field-type__wrap">
      {children}
      <div id={`${id}-note`}>
        {message ? (
          <div role="alert" style={error}>
            {message}
          </div>
        ) : (
          (note ?? null)
        )}
      </div>
    </div>
    <FieldDescription description={field.admin?.description} path={path} />
  </div>
)
