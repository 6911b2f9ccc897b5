import type { NumberField } from 'payload'
import { number } from 'payload/shared'

import { parseViNumber } from './viNumber'

// Number and money fields typed and shown the Vietnamese way ("60.000.000", "12,5"): a text
// input that reads vi-VN typing (src/fields/ViNumberInput.tsx) and a list cell
// (src/fields/ViNumberCell.tsx). The stored value stays a JSON number; the REST and Local APIs
// take numbers as before.

type SingleNumberField = Extract<NumberField, { hasMany?: false | undefined }>
type Validate = NonNullable<SingleNumberField['validate']>

/** What the input and the cell need to know (passed to them as client props). */
export type ViNumberProps = {
  kind: 'number' | 'money'
  /** Whole numbers only: a decimal comma is refused. */
  integer: boolean
  /** Thousands dots; off for years and register numbers. */
  grouping: boolean
}

export type NumberOptions = {
  /** Whole numbers only; by default when the field steps by 1 (`admin.step: 1`). */
  integer?: boolean
  /** Thousands dots (default); `false` for years and register numbers ("2026"). */
  grouping?: boolean
}

/**
 * Payload reads a string sent for a number with parseFloat ("60.000.000" → 60) before any hook;
 * the admin input sends numbers, and a string it keeps (text that does not read as a number)
 * is answered here with how to type it, in the form and on save.
 */
const viValidate =
  (field: SingleNumberField, integer: boolean): Validate =>
  (value, options) => {
    const validate: Validate = field.validate ?? number
    const raw: unknown = value
    if (typeof raw !== 'string') return validate(value, options)
    const read = parseViNumber(raw, { integer, negative: (field.min ?? -1) < 0 })
    if (!read.ok) return read.message[options.req?.i18n?.language === 'en' ? 'en' : 'vi']
    return validate(read.value as number, options)
  }

const withViNumber = (field: SingleNumberField, props: ViNumberProps): SingleNumberField => ({
  ...field,
  validate: viValidate(field, props.integer),
  admin: {
    ...field.admin,
    components: {
      ...field.admin?.components,
      Field: { path: '/src/fields/ViNumberInput#ViNumberInput', clientProps: props },
      Cell: { path: '/src/fields/ViNumberCell#ViNumberCell', clientProps: props },
    },
  },
})

/** A number field typed and shown the Vietnamese way ("1.234,5"). */
export const numberField = (
  field: SingleNumberField,
  options: NumberOptions = {},
): SingleNumberField =>
  withViNumber(field, {
    kind: 'number',
    integer: options.integer ?? field.admin?.step === 1,
    grouping: options.grouping ?? true,
  })

/** An amount in whole đồng, shown "60.000.000 đ". */
export const moneyField = (field: SingleNumberField): SingleNumberField =>
  withViNumber(field, { kind: 'money', integer: true, grouping: true })
