// Bad input when writing working groups, through the Local API as an administrator's request takes it:
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
  longerThan,
  payload,
  tooLong,
  type UpdateCase,
} from '../../helpers/badInput'
import { createGroup, unique } from '../../helpers/fixtures'

beforeAll(initBadInput)

describe('working groups: bad input', () => {
  const newGroup = (): Data => ({ name: unique('Tổ công tác'), kind: 'wg' })

  const createCases: CreateCase[] = [
    {
      what: 'a name sent as an object',
      data: () => ({ ...newGroup(), name: { vi: 'Tổ công tác' } }),
      error: /^name: \S/m,
    },
    {
      what: 'a name over 250 characters',
      data: () => ({ ...newGroup(), name: tooLong(250) }),
      error: new RegExp(`^name: ${longerThan(250).source}`, 'm'),
    },
    {
      what: 'a founding decision number over 60 characters',
      data: () => ({ ...newGroup(), foundingDecisionNumber: tooLong(60) }),
      error: new RegExp(`^foundingDecisionNumber: ${longerThan(60).source}`, 'm'),
    },
    {
      what: 'an unknown kind',
      data: () => ({ ...newGroup(), kind: 'committee' }),
      error: new RegExp(`^kind: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'a founding decision date that is not a date',
      data: () => ({ ...newGroup(), foundingDecisionDate: 'ngày mai' }),
      error: /^foundingDecisionDate: "ngày mai" không phải là một ngày \(date\) hợp lệ/m,
    },
    {
      what: 'a Support Group whose parent group does not exist (R1.1)',
      data: () => ({ ...newGroup(), kind: 'sg', parent: FORGED_ID }),
      error: /^parent: Trường "[^"]+" chọn một bản ghi không tồn tại/m,
    },
    {
      what: 'a founding decision file that does not exist',
      data: () => ({ ...newGroup(), foundingDecisionFile: FORGED_ID }),
      error: /^foundingDecisionFile: \S/m,
    },
  ]
  for (const { what, data, error } of createCases) {
    it(`refuses to create a group with ${what}, storing nothing`, async () => {
      await expectCreateRefused('working-groups', data(), error)
    })
  }

  const updateCases: UpdateCase[] = [
    {
      what: 'a name over 250 characters',
      data: { name: tooLong(250) },
      error: new RegExp(`^name: ${longerThan(250).source}`, 'm'),
    },
    {
      what: 'an unknown kind',
      data: { kind: 'committee' },
      error: new RegExp(`^kind: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'a parent group that does not exist (R1.1)',
      data: { parent: FORGED_ID },
      error: /^parent: Trường "[^"]+" chọn một bản ghi không tồn tại/m,
    },
    {
      what: 'a founding decision file that does not exist',
      data: { foundingDecisionFile: FORGED_ID },
      error: /^foundingDecisionFile: \S/m,
    },
  ]
  for (const { what, data, error } of updateCases) {
    it(`refuses to update a group with ${what}, keeping the record`, async () => {
      const group = await createGroup(payload)
      await expectUpdateRefused('working-groups', group.id, data, error)
    })
  }
})
