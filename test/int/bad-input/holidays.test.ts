// Bad input when writing holidays, through the Local API as an administrator's request takes it:
// each refusal is a ValidationError naming the field, and the database stays as it was.
import { beforeAll, describe, it } from 'vitest'

import {
  type CreateCase,
  type Data,
  expectCreateRefused,
  expectUpdateRefused,
  initBadInput,
  INVALID_CHOICE,
  longerThan,
  payload,
  tooLong,
  type UpdateCase,
} from '../../helpers/badInput'
import { day, unique } from '../../helpers/fixtures'

beforeAll(initBadInput)

describe('holidays: bad input', () => {
  let dayOfMonth = 0
  const newDay = (): Data => ({
    date: day(`2031-03-${String(++dayOfMonth).padStart(2, '0')}`),
    kind: 'day-off',
    nameVi: unique('Ngày nghỉ'),
  })

  const createCases: CreateCase[] = [
    {
      what: 'an unknown kind',
      data: () => ({ ...newDay(), kind: 'vacation' }),
      error: new RegExp(`^kind: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'a Vietnamese name over 200 characters',
      data: () => ({ ...newDay(), nameVi: tooLong(200) }),
      error: new RegExp(`^nameVi: ${longerThan(200).source}`, 'm'),
    },
    {
      what: 'an English name over 200 characters',
      data: () => ({ ...newDay(), nameEn: tooLong(200) }),
      error: new RegExp(`^nameEn: ${longerThan(200).source}`, 'm'),
    },
    {
      what: 'a Vietnamese name sent as an object',
      data: () => ({ ...newDay(), nameVi: { text: 'Nghỉ lễ' } }),
      error: /^nameVi: \S/m,
    },
    {
      what: 'a date that is not a date',
      data: () => ({ ...newDay(), date: 'mùng 1 Tết' }),
      error: /^date: \S/m,
    },
  ]
  for (const { what, data, error } of createCases) {
    it(`refuses to create a calendar day with ${what}, storing nothing`, async () => {
      await expectCreateRefused('holidays', data(), error)
    })
  }

  const updateCases: UpdateCase[] = [
    {
      what: 'an unknown kind',
      data: { kind: 'half-day' },
      error: new RegExp(`^kind: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'a Vietnamese name over 200 characters',
      data: { nameVi: tooLong(200) },
      error: new RegExp(`^nameVi: ${longerThan(200).source}`, 'm'),
    },
    { what: 'a date that is not a date', data: { date: 'mùng 1 Tết' }, error: /^date: \S/m },
  ]
  for (const { what, data, error } of updateCases) {
    it(`refuses to update a calendar day with ${what}, keeping the record`, async () => {
      const row = await payload.create({
        collection: 'holidays',
        data: newDay() as never,
        overrideAccess: true,
        depth: 0,
      })
      await expectUpdateRefused('holidays', row.id, data, error)
    })
  }
})
