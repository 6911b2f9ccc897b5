// Bad input when writing agencies, through the Local API as an administrator's request takes it:
// each refusal is a ValidationError naming the field, and the database stays as it was.
import { beforeAll, describe, it } from 'vitest'

import {
  type CreateCase,
  type Data,
  expectCreateRefused,
  expectUpdateRefused,
  FORGED_ID,
  initBadInput,
  INVALID_CHOICE,
  INVALID_EMAIL,
  longerThan,
  payload,
  tooLong,
  type UpdateCase,
} from '../../helpers/badInput'
import { createAgency, day, unique } from '../../helpers/fixtures'

beforeAll(initBadInput)

describe('agencies: bad input', () => {
  const newAgency = (): Data => ({ name: unique('Sở'), code: unique('S'), kind: 'department' })

  const createCases: CreateCase[] = [
    {
      what: 'a name sent as an object',
      data: () => ({ ...newAgency(), name: { vi: 'Sở Nội vụ' } }),
      error: /^name: \S/m,
    },
    {
      what: 'a name over 200 characters',
      data: () => ({ ...newAgency(), name: tooLong(200) }),
      error: new RegExp(`^name: ${longerThan(200).source}`, 'm'),
    },
    {
      what: 'an English name over 200 characters',
      data: () => ({ ...newAgency(), nameEn: tooLong(200) }),
      error: new RegExp(`^nameEn: ${longerThan(200).source}`, 'm'),
    },
    {
      what: 'a code over 40 characters',
      data: () => ({ ...newAgency(), code: tooLong(40) }),
      error: new RegExp(`^code: ${longerThan(40).source}`, 'm'),
    },
    {
      what: 'an administrative unit code over 10 characters',
      data: () => ({ ...newAgency(), adminUnitCode: tooLong(10) }),
      error: new RegExp(`^adminUnitCode: ${longerThan(10).source}`, 'm'),
    },
    {
      what: 'an unknown kind',
      data: () => ({ ...newAgency(), kind: 'ministry' }),
      error: new RegExp(`^kind: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'a validity that ends before it starts',
      data: () => ({ ...newAgency(), validFrom: day('2025-01-02'), validTo: day('2025-01-01') }),
      error:
        /^validTo: Ngày kết thúc \(01\/01\/2025\) phải sau hoặc bằng ngày bắt đầu \(02\/01\/2025\)\./m,
    },
    {
      what: 'a start of validity that is not a date',
      data: () => ({ ...newAgency(), validFrom: 'hôm qua' }),
      error: /^validFrom: \S/m,
    },
    {
      what: 'a parent id that is not a number',
      data: () => ({ ...newAgency(), parent: 'so-noi-vu' }),
      error: /^parent: \S/m,
    },
    {
      what: 'a parent that does not exist',
      data: () => ({ ...newAgency(), parent: FORGED_ID }),
      error: /^parent: \S/m,
    },
    {
      what: 'a successor (replaced by) that does not exist',
      data: () => ({ ...newAgency(), replacedBy: FORGED_ID }),
      error: /^replacedBy: \S/m,
    },
    {
      what: 'an invalid contact email',
      data: () => ({ ...newAgency(), contactEmail: 'vanthu@@quangnam.gov.vn' }),
      error: new RegExp(`^contactEmail: ${INVALID_EMAIL}`, 'm'),
    },
    {
      what: 'a standing-body flag that is not a boolean',
      data: () => ({ ...newAgency(), isStandingBody: 'có' }),
      error:
        /^isStandingBody: Giá trị của trường "Cơ quan thường trực Tổ công tác" không đúng kiểu: cần đúng\/sai/m,
    },
  ]
  for (const { what, data, error } of createCases) {
    it(`refuses to create an agency with ${what}, storing nothing`, async () => {
      await expectCreateRefused('agencies', data(), error)
    })
  }

  const updateCases: UpdateCase[] = [
    { what: 'a name sent as an object', data: { name: { vi: 'Sở' } }, error: /^name: \S/m },
    {
      what: 'a name over 200 characters',
      data: { name: tooLong(200) },
      error: new RegExp(`^name: ${longerThan(200).source}`, 'm'),
    },
    {
      what: 'an unknown kind',
      data: { kind: 'ministry' },
      error: new RegExp(`^kind: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'an end of validity before the stored start',
      data: { validTo: day('2024-12-31') },
      error:
        /^validTo: Ngày kết thúc \(31\/12\/2024\) phải sau hoặc bằng ngày bắt đầu \(01\/01\/2025\)\./m,
    },
    { what: 'a parent that does not exist', data: { parent: FORGED_ID }, error: /^parent: \S/m },
    {
      what: 'an invalid contact email',
      data: { contactEmail: 'van thu@quangnam.gov.vn' },
      error: new RegExp(`^contactEmail: ${INVALID_EMAIL}`, 'm'),
    },
  ]
  for (const { what, data, error } of updateCases) {
    it(`refuses to update an agency with ${what}, keeping the record`, async () => {
      const agency = await createAgency(payload, { validFrom: day('2025-01-01') })
      await expectUpdateRefused('agencies', agency.id, data, error)
    })
  }
})
