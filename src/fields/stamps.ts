import type { Field } from 'payload'

import { systemOnly } from '../access'
import { l } from '../i18n/label'
import { personNameField } from './personName'

// The stamps of a record's workflow (when it was sent and by whom, when and by whom it was
// reviewed, its due day): written by the hooks only, read-only in the sidebar, each shown once it
// holds something (a new record has none of them).

type Bilingual = { vi: string; en: string }

export const readOnlySidebar = { readOnly: true, position: 'sidebar' as const }

/** Shown once the record holds a value in `field`. */
export const once = (field: string) => (data: Record<string, unknown>) =>
  data?.[field] !== null && data?.[field] !== undefined

const DAY = { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' }
const DAY_AND_TIME = { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' }

// A reporter's save must not re-validate a reference to a user he cannot read (the reviewer).
const writtenByHooks = () => true as const

/** A moment (or, with `dayOnly`, a calendar day) the hooks stamp. */
export const stampedDate = ({
  name,
  label,
  dayOnly = false,
  index = false,
}: {
  name: string
  label: Bilingual
  dayOnly?: boolean
  index?: boolean
}): Field => ({
  name,
  type: 'date',
  ...(index ? { index: true } : {}),
  label,
  admin: { ...readOnlySidebar, date: dayOnly ? DAY : DAY_AND_TIME, condition: once(name) },
  access: systemOnly,
})

/** The account the hooks stamp (who sent the record). */
export const stampedUser = ({ name, label }: { name: string; label: Bilingual }): Field => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  validate: writtenByHooks,
  label,
  admin: { ...readOnlySidebar, condition: once(name) },
  access: systemOnly,
})

/** When and by whom the record was reviewed; the reviewer is shown by name only. */
export const reviewStamps = (): Field[] => [
  stampedDate({ name: 'reviewedAt', label: l('Xem xét lúc', 'Reviewed at') }),
  {
    name: 'reviewedBy',
    type: 'relationship',
    relationTo: 'users',
    validate: writtenByHooks,
    label: l('Người xem xét', 'Reviewed by'),
    // Shown by name below: a reporter may not read the reviewer's account.
    admin: { ...readOnlySidebar, hidden: true },
    access: systemOnly,
  },
  personNameField({
    name: 'reviewedByName',
    of: 'reviewedBy',
    label: l('Người xem xét', 'Reviewed by'),
    position: 'sidebar',
  }),
]
