import type { FieldHook, TextField } from 'payload'

import { isPeriod } from '../../hooks/rules/reportPeriods'
import { languageOf } from '../i18n/label'
import { MONTH_MESSAGE, readPeriodText, type PeriodKinds } from './periodText'

// Period fields typed and shown as officials write them ("03/2025", "Quý 4/2026"): a text input
// (src/fields/PeriodInput.tsx) and a list cell (src/fields/PeriodCell.tsx). The stored value
// stays 'YYYY-MM' / 'YYYY-Qn'; the REST and Local APIs take either way of writing it.

const storedForm =
  (kinds: PeriodKinds): FieldHook =>
  ({ value }) => {
    if (typeof value !== 'string') return value
    const read = readPeriodText(value, kinds)
    return read.ok ? (read.value ?? undefined) : value
  }

/** A month field (with `quarters`, also a quarter) typed and shown "03/2025". */
export const periodField = (
  field: TextField,
  kinds: PeriodKinds = { quarters: false },
): TextField => ({
  ...field,
  hooks: {
    ...field.hooks,
    beforeValidate: [storedForm(kinds), ...(field.hooks?.beforeValidate ?? [])],
  },
  admin: {
    ...field.admin,
    placeholder: kinds.quarters
      ? { vi: '11/2026 hoặc Quý 4/2026', en: '11/2026 or Q4/2026' }
      : { vi: '03/2025', en: '03/2025' },
    components: {
      ...field.admin?.components,
      Field: { path: '/src/fields/PeriodInput#PeriodInput', clientProps: kinds },
      Cell: { path: '/src/fields/PeriodCell#PeriodCell', clientProps: kinds },
    },
  },
})

/** A month (R12.3a), or how to write one, in the reader's language. */
export const validPeriod = (value: unknown, { req }: { req: Parameters<typeof languageOf>[0] }) =>
  isPeriod(value) || MONTH_MESSAGE[languageOf(req)]
