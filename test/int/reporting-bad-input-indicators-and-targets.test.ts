// Bad input on every write path of indicators and targets, through the Local API as a user's
// request takes it. Each refusal is Payload's ValidationError (HTTP 400) naming the field, never a
// database or programming error (500), and leaves the database as it was.
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, it, vi } from 'vitest'

import type { Indicator, User } from '../../payload-types'
import { unique } from '../helpers/fixtures'
import {
  as,
  createReportingBadInputWorld,
  FORGED_ID,
  INVALID_CHOICE,
  type Case,
  type Data,
  type ReportingBadInputWorld,
} from '../helpers/reportingBadInput'
import { createIndicator } from '../helpers/reports'

let payload: Payload
let secretariat: User
let indicator: Indicator
let percent: Indicator
let expectCreateRefused: ReportingBadInputWorld['expectCreateRefused']
let expectUpdateRefused: ReportingBadInputWorld['expectUpdateRefused']

beforeAll(async () => {
  ;({ payload, secretariat, indicator, percent, expectCreateRefused, expectUpdateRefused } =
    await createReportingBadInputWorld())
})

afterEach(() => {
  vi.useRealTimers()
})

describe('indicators: bad input', () => {
  const newIndicator = (): Data => ({
    code: unique('CT').toUpperCase().replace(/-/g, '_'),
    nameVi: 'Số hồ sơ',
    unit: 'hồ sơ',
    group: 'G1',
  })
  const cases: Case[] = [
    {
      what: 'no name',
      data: () => ({ ...newIndicator(), nameVi: undefined }),
      error: /^nameVi: \S/m,
    },
    {
      what: 'a code with spaces and punctuation',
      data: () => ({ ...newIndicator(), code: 'SỐ HỒ SƠ!' }),
      error: /^code: Mã chỉ tiêu chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch dưới\./m,
    },
    {
      what: 'an unknown group',
      data: () => ({ ...newIndicator(), group: 'G9' }),
      error: new RegExp(`^group: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'an unknown aggregation',
      data: () => ({ ...newIndicator(), aggregation: 'median' }),
      error: new RegExp(`^aggregation: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'an unknown agency kind among its reporters',
      data: () => ({ ...newIndicator(), reportedBy: ['ministry'] }),
      error: /^reportedBy: \S/m,
    },
    {
      what: 'a derived ratio without its terms',
      data: () => ({ ...newIndicator(), source: 'derived', aggregation: 'ratio' }),
      error: /^numerator: Chỉ tiêu tính từ chỉ tiêu khác phải là tỷ lệ, có tử số và mẫu số\./m,
    },
    {
      what: 'a figure counted from tasks that does not say what it counts',
      data: () => ({ ...newIndicator(), source: 'tasks' }),
      error: /^taskMeasure: Chỉ tiêu đếm từ nhiệm vụ phải ghi rõ đếm gì\./m,
    },
    {
      what: 'an owner that does not exist',
      data: () => ({ ...newIndicator(), owner: FORGED_ID }),
      error: /^owner: \S/m,
    },
    {
      what: 'a name sent as an object',
      data: () => ({ ...newIndicator(), nameVi: { vi: 'Số hồ sơ' } }),
      error: /^nameVi: \S/m,
    },
  ]
  for (const { what, data, error } of cases) {
    it(`refuses to create an indicator with ${what}, storing nothing`, async () => {
      await expectCreateRefused('indicators', secretariat, data(), error)
    })
  }

  it('refuses to update an indicator to an unknown group, keeping the record', async () => {
    await expectUpdateRefused('indicators', secretariat, indicator.id, { group: 'G0' }, /^group: /m)
  })

  it('refuses an indicator derived from itself, keeping the record', async () => {
    const other = await createIndicator(payload)
    await expectUpdateRefused(
      'indicators',
      secretariat,
      other.id,
      { source: 'derived', aggregation: 'ratio', numerator: other.id, denominator: indicator.id },
      /^numerator: Chỉ tiêu không thể tính từ chính nó\./m,
    )
  })
})

describe('targets: bad input', () => {
  const newTarget = (): Data => ({ indicator: indicator.id, year: 2030, value: 100 })
  const cases: Case[] = [
    {
      what: 'no indicator',
      data: () => ({ ...newTarget(), indicator: undefined }),
      error: /^indicator: \S/m,
    },
    {
      what: 'an indicator that does not exist',
      data: () => ({ ...newTarget(), indicator: FORGED_ID }),
      error: /^indicator: \S/m,
    },
    {
      what: 'a year that is not a whole number',
      data: () => ({ ...newTarget(), year: 2030.5 }),
      error: /^year: Năm phải là số nguyên\./m,
    },
    {
      what: 'a year before the programme',
      data: () => ({ ...newTarget(), year: 1999 }),
      error: /^year: \S/m,
    },
    { what: 'a negative value', data: () => ({ ...newTarget(), value: -5 }), error: /^value: \S/m },
    {
      what: 'a percentage above 100',
      data: () => ({ ...newTarget(), indicator: percent.id, value: 120 }),
      error: /^value: Chỉ tiêu tỷ lệ phải từ 0 đến 100%\./m,
    },
    {
      what: 'an agency that does not exist',
      data: () => ({ ...newTarget(), agency: FORGED_ID }),
      error: /^agency: \S/m,
    },
  ]
  for (const { what, data, error } of cases) {
    it(`refuses to create a target with ${what}, storing nothing`, async () => {
      await expectCreateRefused('targets', secretariat, data(), error)
    })
  }

  it('refuses a second target for the same indicator, year and unit, storing nothing', async () => {
    await payload.create({
      collection: 'targets',
      data: { indicator: indicator.id, year: 2031, value: 5 },
      ...as(secretariat),
    })
    await expectCreateRefused(
      'targets',
      secretariat,
      { indicator: indicator.id, year: 2031, value: 6 },
      /^year: Chỉ tiêu này đã có chỉ tiêu kế hoạch cho năm và đơn vị này\./m,
    )
  })

  it('refuses to update a target to a negative value, keeping the record', async () => {
    const target = await payload.create({
      collection: 'targets',
      data: { indicator: indicator.id, year: 2032, value: 5 },
      ...as(secretariat),
    })
    await expectUpdateRefused('targets', secretariat, target.id, { value: -1 }, /^value: \S/m)
  })
})
