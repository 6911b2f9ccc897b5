// Bad input when writing members (seats in a group), through the Local API as an administrator's request takes it:
// each refusal is a ValidationError naming the field, and the database stays as it was.
import { beforeAll, describe, it } from 'vitest'

import type { User } from '../../../payload-types'
import {
  type CreateCase,
  type Data,
  expectCreateRefused,
  expectUpdateRefused,
  FORGED_ID,
  initBadInput,
  longerThan,
  payload,
  tooLong,
  type UpdateCase,
} from '../../helpers/badInput'
import { createGroupWithHead, createMember, createUser, day } from '../../helpers/fixtures'

let setup: Awaited<ReturnType<typeof createGroupWithHead>>
let person: User

beforeAll(async () => {
  await initBadInput()
  setup = await createGroupWithHead(payload)
  person = await createUser(payload, { agency: setup.agency.id })
})

describe('members: bad input', () => {
  const newSeat = (): Data => ({
    user: person.id,
    group: setup.group.id,
    position: 'member',
    agency: setup.agency.id,
    from: day('2024-01-01'),
  })

  const createCases: CreateCase[] = [
    {
      what: 'an unknown position',
      data: () => ({ ...newSeat(), position: 'chairman' }),
      error: /^position: \S/m,
    },
    {
      what: 'a term that ends before it starts',
      data: () => ({ ...newSeat(), to: day('2023-12-31') }),
      error:
        /^to: Ngày kết thúc \(31\/12\/2023\) phải sau hoặc bằng ngày bắt đầu \(01\/01\/2024\)\./m,
    },
    {
      what: 'a start that is not a date',
      data: () => ({ ...newSeat(), from: 'đầu năm' }),
      error: /^from: \S/m,
    },
    {
      what: 'a person who does not exist',
      data: () => ({ ...newSeat(), user: FORGED_ID }),
      error: /^user: Trường "[^"]+" chọn một bản ghi không tồn tại/m,
    },
    {
      what: 'a person id that is not a number',
      data: () => ({ ...newSeat(), user: 'nguyen-van-a' }),
      error: /^user: \S/m,
    },
    {
      what: 'a group that does not exist',
      data: () => ({ ...newSeat(), group: FORGED_ID }),
      error: /^group: Trường "[^"]+" chọn một bản ghi không tồn tại/m,
    },
    {
      what: 'an agency that does not exist',
      data: () => ({ ...newSeat(), agency: FORGED_ID }),
      error: /^agency: \S/m,
    },
    {
      what: 'an appointing decision file that does not exist',
      data: () => ({ ...newSeat(), appointingDecisionFile: FORGED_ID }),
      error: /^appointingDecisionFile: \S/m,
    },
    {
      what: 'an appointing decision number over 80 characters',
      data: () => ({ ...newSeat(), appointingDecision: tooLong(80) }),
      error: new RegExp(`^appointingDecision: ${longerThan(80).source}`, 'm'),
    },
  ]
  for (const { what, data, error } of createCases) {
    it(`refuses to create a member with ${what}, storing nothing`, async () => {
      await expectCreateRefused('members', data(), error)
    })
  }

  const updateCases: UpdateCase[] = [
    {
      what: 'an end before the stored start',
      data: { to: day('2023-06-30') },
      error:
        /^to: Ngày kết thúc \(30\/06\/2023\) phải sau hoặc bằng ngày bắt đầu \(01\/01\/2024\)\./m,
    },
    { what: 'an unknown position', data: { position: 'chairman' }, error: /^position: \S/m },
    {
      what: 'a group that does not exist',
      data: { group: FORGED_ID },
      error: /^group: Trường "[^"]+" chọn một bản ghi không tồn tại/m,
    },
    { what: 'an agency that does not exist', data: { agency: FORGED_ID }, error: /^agency: \S/m },
    {
      what: 'an appointing decision number over 80 characters',
      data: { appointingDecision: tooLong(80) },
      error: new RegExp(`^appointingDecision: ${longerThan(80).source}`, 'm'),
    },
  ]
  for (const { what, data, error } of updateCases) {
    it(`refuses to update a member with ${what}, keeping the record`, async () => {
      // A person of its own: one seat per person per group (R2.1).
      const holder = await createUser(payload, { agency: setup.agency.id })
      const seat = await createMember(payload, {
        user: holder.id,
        group: setup.group.id,
        position: 'member',
        agency: setup.agency.id,
        from: '2024-01-01',
      })
      await expectUpdateRefused('members', seat.id, data, error)
    })
  }
})
