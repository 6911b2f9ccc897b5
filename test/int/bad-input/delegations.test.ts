// Bad input when writing delegations, through the Local API as an administrator's request takes it:
// each refusal is a ValidationError naming the field, and the database stays as it was.
import { beforeAll, describe, it } from 'vitest'

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
import { createGroupWithHead, createMedia, day, unique } from '../../helpers/fixtures'

let setup: Awaited<ReturnType<typeof createGroupWithHead>>
let basisId: number

beforeAll(async () => {
  await initBadInput()
  setup = await createGroupWithHead(payload)
  basisId = (await createMedia(payload)).id
})

describe('delegations: bad input', () => {
  const newDelegation = (): Data => ({
    group: setup.group.id,
    grantor: setup.head.id,
    grantee: setup.deputy.id,
    scopes: ['chair'],
    validFrom: day('2026-01-01'),
    validTo: day('2026-01-31'),
    basisNumber: unique('GUQ'),
    basis: basisId,
  })

  const createCases: CreateCase[] = [
    {
      what: 'an unknown scope (R4.5)',
      data: () => ({ ...newDelegation(), scopes: ['approve-budget'] }),
      error: /^scopes: Vi phạm Điều 4 khoản 5: nội dung ủy quyền "approve-budget" không hợp lệ\./m,
    },
    {
      what: 'scopes sent as one string instead of a list (R4.5)',
      data: () => ({ ...newDelegation(), scopes: 'chair' }),
      error: /^scopes: \S/m,
    },
    {
      what: 'a validity that ends before it starts (R4.5)',
      data: () => ({ ...newDelegation(), validFrom: day('2026-02-01') }),
      error:
        /^validTo: Ngày kết thúc \(31\/01\/2026\) phải sau hoặc bằng ngày bắt đầu \(01\/02\/2026\)\./m,
    },
    {
      what: 'an end of validity that is not a date (R4.5)',
      data: () => ({ ...newDelegation(), validTo: 'cuối tháng' }),
      error: /^validTo: \S/m,
    },
    {
      what: 'a basis document number over 80 characters',
      data: () => ({ ...newDelegation(), basisNumber: tooLong(80) }),
      error: new RegExp(`^basisNumber: ${longerThan(80).source}`, 'm'),
    },
    {
      what: 'a note over 2000 characters',
      data: () => ({ ...newDelegation(), note: tooLong(2000) }),
      error: new RegExp(`^note: ${longerThan(2000).source}`, 'm'),
    },
    {
      what: 'a written basis file that does not exist (R4.5)',
      data: () => ({ ...newDelegation(), basis: FORGED_ID }),
      error: /^basis: \S/m,
    },
    {
      what: 'a grantor id that is not a number (R4.5)',
      data: () => ({ ...newDelegation(), grantor: 'to-truong' }),
      error: /^grantor: \S/m,
    },
    {
      what: 'a grantee who does not exist (R4.5)',
      data: () => ({ ...newDelegation(), grantee: FORGED_ID }),
      error: /^grantee: Trường "[^"]+" chọn một bản ghi không tồn tại/m,
    },
    {
      what: 'a Working Group that does not exist (R4.5)',
      data: () => ({ ...newDelegation(), group: FORGED_ID }),
      error: /^group: \S/m,
    },
  ]
  for (const { what, data, error } of createCases) {
    it(`refuses to create a delegation with ${what}, storing nothing`, async () => {
      await expectCreateRefused('delegations', data(), error)
    })
  }

  const updateCases: UpdateCase[] = [
    {
      what: 'an end of validity before the stored start (R4.5)',
      data: { validTo: day('2025-12-31') },
      error:
        /^validTo: Ngày kết thúc \(31\/12\/2025\) phải sau hoặc bằng ngày bắt đầu \(01\/01\/2026\)\./m,
    },
    {
      what: 'an unknown scope (R4.5)',
      data: { scopes: ['chair', 'sign-budget'] },
      error: /^scopes: Vi phạm Điều 4 khoản 5: nội dung ủy quyền "sign-budget"/m,
    },
    {
      what: 'a written basis file that does not exist (R4.5)',
      data: { basis: FORGED_ID },
      error: /^basis: \S/m,
    },
    {
      what: 'a note over 2000 characters',
      data: { note: tooLong(2000) },
      error: new RegExp(`^note: ${longerThan(2000).source}`, 'm'),
    },
  ]
  for (const { what, data, error } of updateCases) {
    it(`refuses to update a delegation with ${what}, keeping the record`, async () => {
      const delegation = await payload.create({
        collection: 'delegations',
        data: newDelegation() as never,
        overrideAccess: true,
        depth: 0,
      })
      await expectUpdateRefused('delegations', delegation.id, data, error)
    })
  }
})
