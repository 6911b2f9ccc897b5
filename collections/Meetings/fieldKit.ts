import type { Field } from 'payload'

import { dayOnly } from '../../src/fields/dates'
import { l } from '../../src/i18n/label'
import { idOf } from '../../src/lib/relations'
import { systemOnly } from '../../src/access'

// Building blocks of the meeting fields: choices, date pickers, pickers, delivery rows.
export const options = <T extends string>(
  values: readonly T[],
  labels: Record<T, { vi: string; en: string }>,
) => values.map((value) => ({ value, label: labels[value] }))

export const dateTime = (
  name: string,
  label: { vi: string; en: string },
  required = false,
): Field => ({
  name,
  type: 'date',
  label,
  required,
  index: required,
  admin: {
    date: {
      pickerAppearance: 'dayAndTime',
      displayFormat: 'dd/MM/yyyy HH:mm',
      timeFormat: 'HH:mm',
      timeIntervals: 15,
    },
  },
})

export const readOnlyDay = (name: string, label: { vi: string; en: string }): Field => ({
  ...dayOnly(name, label),
  access: systemOnly,
  admin: {
    readOnly: true,
    position: 'sidebar',
    date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
  },
})

export const sameGroupSeats = ({ data }: { data: Record<string, unknown> }) => {
  const group = idOf(data?.group)
  return group === null ? true : { group: { equals: group } }
}

export const VALID_URL = /^https?:\/\/\S+$/i

// Pickers listing every seat of the group (the Head first) or every person, with position and agency.
export const SEAT_PICKER = { Field: '/src/fields/pickers/OptionsSelect#SeatSelect' }
export const PERSON_PICKER = { Field: '/src/fields/pickers/OptionsSelect#PersonSelect' }

/** The rows of a delivery list (notice or conclusions), with the member when `withMember`. */
export function deliveryFields(withMember: boolean): Field[] {
  return [
    {
      type: 'row',
      fields: [
        ...(withMember
          ? [
              {
                name: 'member',
                type: 'relationship',
                relationTo: 'members',
                label: l('Thành viên', 'Member'),
              } as Field,
            ]
          : []),
        { name: 'name', type: 'text', label: l('Người nhận', 'Recipient') },
        { name: 'email', type: 'text', label: l('Email', 'Email') },
        { name: 'notificationId', type: 'text', label: l('Mã thư (hộp thư đi)', 'Outbox message') },
        {
          name: 'status',
          type: 'select',
          label: l('Trạng thái', 'Status'),
          options: [
            { value: 'queued', label: l('Đã đưa vào hộp thư đi', 'Queued in the outbox') },
            {
              value: 'no-email',
              label: l('Không có email (gửi văn bản giấy)', 'No email (send on paper)'),
            },
            { value: 'recorded', label: l('Đã gửi (ghi nhận)', 'Delivered (recorded)') },
          ],
        },
      ],
    },
  ]
}
