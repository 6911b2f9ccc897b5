'use client'

import { FieldLabel, useFormFields } from '@payloadcms/ui'
import type { FieldLabelClientProps, StaticLabel } from 'payload'

import type { RequiredWhen } from './requiredWhen'

// The label of a field required only in some cases: it shows the required asterisk as soon as
// the sibling field it depends on holds one of the values that make it required (the hooks
// refuse the save otherwise), and hides it when the condition no longer holds.

const siblingPath = (path: string, sibling: string): string => {
  const parent = path.lastIndexOf('.')
  return parent === -1 ? sibling : `${path.slice(0, parent)}.${sibling}`
}

export const RequiredWhenLabel = ({
  field,
  label,
  path,
  requiredWhen,
}: FieldLabelClientProps & { requiredWhen: RequiredWhen }) => {
  const fieldPath = path ?? (field && 'name' in field ? String(field.name) : '')
  const value = useFormFields(
    ([fields]) => fields[siblingPath(fieldPath, requiredWhen.sibling)]?.value,
  )
  const required = typeof value === 'string' && requiredWhen.in.includes(value)
  const text = label ?? (field && 'label' in field ? (field.label as StaticLabel) : undefined)
  return <FieldLabel label={text} path={fieldPath} required={required} />
}
