import type { DateField, PayloadRequest } from 'payload'

import { assertField } from '../lib/assertVerdict'
import { toVnDateKey } from '../lib/clock'
import { formatDayKey } from '../../hooks/rules/terms'

/** A calendar-day field shown as dd/MM/yyyy. */
export const dayOnly = (
  name: string,
  label: { vi: string; en: string },
  options: { required?: boolean; index?: boolean } = {},
): DateField => ({
  name,
  type: 'date',
  label,
  required: options.required,
  index: options.index,
  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
})

/**
 * The Vietnam calendar day of a date value, or null when it is missing or not a date. Collection
 * hooks read raw input before Payload's field validation: a malformed date must be left to that
 * validation (a 400), never crash a hook (a 500).
 */
export const dayKeyOf = (value: unknown): string | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  try {
    return toVnDateKey(value)
  } catch {
    return null
  }
}

/** Rejects a period that ends before it starts. */
export const checkDayOrder = (
  req: PayloadRequest,
  data: Record<string, unknown>,
  originalDoc: Record<string, unknown> | undefined,
  fromField: string,
  toField: string,
  collection: string,
): void => {
  const from = dayKeyOf(data[fromField] ?? originalDoc?.[fromField])
  const to = dayKeyOf(data[toField] === undefined ? originalDoc?.[toField] : data[toField])
  assertField(
    !from || !to || from <= to,
    req,
    toField,
    {
      vi: `Ngày kết thúc (${to ? formatDayKey(to) : ''}) phải sau hoặc bằng ngày bắt đầu (${from ? formatDayKey(from) : ''}).`,
      en: `The end date (${to ? formatDayKey(to) : ''}) must not be before the start date (${from ? formatDayKey(from) : ''}).`,
    },
    collection,
  )
}
