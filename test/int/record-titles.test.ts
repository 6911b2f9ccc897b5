// The names a record shows in its header, breadcrumbs and relationship pickers: as officials read
// them, never an internal key ("12:2026:province") or a stored month ("2026-11").
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Indicator, User } from '../../payload-types'
import { createAgency, createUser, unique } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { createIndicator } from '../helpers/reports'

let payload: Payload
let secretariat: User
let indicator: Indicator

beforeAll(async () => {
  payload = await initPayload()
  secretariat = await createUser(payload, { roles: ['secretariat'] })
  indicator = await createIndicator(payload, {
    nameVi: 'Số CCCD đã cấp',
    reportedBy: ['department'],
  })
})

const asSecretariat = () => ({ overrideAccess: false, user: secretariat, depth: 0 }) as const

describe('record titles', () => {
  it('names a province target by its indicator, year and "toàn tỉnh"', async () => {
    const target = await payload.create({
      collection: 'targets',
      data: { indicator: indicator.id, year: 2040, value: 1000 },
      ...asSecretariat(),
    })
    expect(target.title).toBe('Số CCCD đã cấp – năm 2040 – toàn tỉnh')
  })

  it('names an agency’s target after the agency and follows a change of year', async () => {
    const agency = await createAgency(payload, { name: unique('Sở Tư pháp') })
    const target = await payload.create({
      collection: 'targets',
      data: { indicator: indicator.id, year: 2041, agency: agency.id, value: 10 },
      ...asSecretariat(),
    })
    expect(target.title).toBe(`Số CCCD đã cấp – năm 2041 – ${agency.name}`)
    const moved = await payload.update({
      collection: 'targets',
      id: target.id,
      data: { year: 2042 },
      ...asSecretariat(),
    })
    expect(moved.title).toBe(`Số CCCD đã cấp – năm 2042 – ${agency.name}`)
  })

  it('names a reporting period by its month as officials write it (R12.3a)', async () => {
    const period = await payload.create({
      collection: 'reporting-periods',
      data: { period: '2039-07' },
      ...asSecretariat(),
    })
    expect(period.title).toBe('Kỳ báo cáo tháng 07/2039')
  })

  it('keeps the title out of the writer’s hands', async () => {
    const period = await payload.create({
      collection: 'reporting-periods',
      data: { period: '2039-08', title: 'Tên khác' } as never,
      ...asSecretariat(),
    })
    expect(period.title).toBe('Kỳ báo cáo tháng 08/2039')
  })
})
