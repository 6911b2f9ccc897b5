// Bad input when writing users, through the Local API as an administrator's request takes it:
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
import { createUser, unique } from '../../helpers/fixtures'

beforeAll(initBadInput)

describe('users: bad input', () => {
  const newUser = (): Data => ({
    fullName: unique('Cán bộ'),
    email: `${unique('cb').toLowerCase()}@test.vn`,
    password: 'Test@12345',
    roles: ['viewer'],
  })

  const createCases: CreateCase[] = [
    {
      what: 'a full name sent as an object',
      data: () => ({ ...newUser(), fullName: { vi: 'Nguyễn Văn A' } }),
      error: /^fullName: \S/m,
    },
    {
      what: 'a full name over 120 characters',
      data: () => ({ ...newUser(), fullName: tooLong(120) }),
      error: new RegExp(`^fullName: ${longerThan(120).source}`, 'm'),
    },
    {
      what: 'a job title over 160 characters',
      data: () => ({ ...newUser(), jobTitle: tooLong(160) }),
      error: new RegExp(`^jobTitle: ${longerThan(160).source}`, 'm'),
    },
    {
      what: 'a phone number over 20 characters',
      data: () => ({ ...newUser(), phone: `+84${'9'.repeat(18)}` }),
      error: /^phone: \S/m,
    },
    {
      what: 'a phone number with letters',
      data: () => ({ ...newUser(), phone: '0235 38x 1234' }),
      error: /^phone: Số điện thoại gồm 8–20 chữ số/m,
    },
    {
      what: 'an invalid email address',
      data: () => ({ ...newUser(), email: 'nguyen.van.a@' }),
      error: new RegExp(`^email: ${INVALID_EMAIL}`, 'm'),
    },
    {
      what: 'an unknown system role',
      data: () => ({ ...newUser(), roles: ['superuser'] }),
      error: new RegExp(`^roles: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'roles sent as one string instead of a list',
      data: () => ({ ...newUser(), roles: 'leader' }),
      error: /^roles: \S/m,
    },
    {
      what: 'a home agency that does not exist',
      data: () => ({ ...newUser(), agency: FORGED_ID }),
      error: /^agency: \S/m,
    },
    {
      what: 'a home agency id that is not a number',
      data: () => ({ ...newUser(), agency: 'so-noi-vu' }),
      error: /^agency: \S/m,
    },
  ]
  for (const { what, data, error } of createCases) {
    it(`refuses to create a user with ${what}, storing nothing`, async () => {
      await expectCreateRefused('users', data(), error)
    })
  }

  const updateCases: UpdateCase[] = [
    {
      what: 'a full name sent as an object',
      data: { fullName: { a: 1 } },
      error: /^fullName: \S/m,
    },
    {
      what: 'a full name over 120 characters',
      data: { fullName: tooLong(120) },
      error: new RegExp(`^fullName: ${longerThan(120).source}`, 'm'),
    },
    {
      what: 'a phone number with letters',
      data: { phone: 'không có' },
      error: /^phone: Số điện thoại gồm 8–20 chữ số/m,
    },
    {
      what: 'an invalid email address',
      data: { email: 'a@b' },
      error: new RegExp(`^email: ${INVALID_EMAIL}`, 'm'),
    },
    {
      what: 'an unknown system role',
      data: { roles: ['viewer', 'root'] },
      error: new RegExp(`^roles: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'a home agency that does not exist',
      data: { agency: FORGED_ID },
      error: /^agency: \S/m,
    },
  ]
  for (const { what, data, error } of updateCases) {
    it(`refuses to update a user with ${what}, keeping the record`, async () => {
      const user = await createUser(payload)
      await expectUpdateRefused('users', user.id, data, error)
    })
  }
})
