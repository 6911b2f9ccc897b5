// Agencies: the one standing body of the Working Group (Cơ quan thường trực, the provincial police)
// and the self-references an agency may not hold. Written as a user's request (overrideAccess:
// false) by the secretariat, who keeps the organisation data.
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Agency, User } from '../../payload-types'
import { createAgency, createUser, unique } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectInvalid } from '../helpers/refusals'

let payload: Payload
let secretariat: User

const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

const STANDING_BODY_TAKEN =
  /^isStandingBody: Đã có một cơ quan thường trực của Tổ công tác; chỉ được chọn một cơ quan\./m

const count = async (where?: Where) =>
  (await payload.count({ collection: 'agencies', where })).totalDocs
const standingBodies = () => count({ isStandingBody: { equals: true } })
const stored = (id: number) => payload.findByID({ collection: 'agencies', id, depth: 0 })

const newPolice = (): Partial<Agency> & Pick<Agency, 'name' | 'code' | 'kind'> => ({
  name: unique('Công an tỉnh'),
  code: unique('CAT'),
  kind: 'police',
  isStandingBody: true,
})

beforeAll(async () => {
  payload = await initPayload()
  secretariat = await createUser(payload, { roles: ['secretariat'] })
})

describe('agencies: creating the standing body at the same time', () => {
  afterAll(async () => {
    await payload.delete({
      collection: 'agencies',
      where: { isStandingBody: { equals: true } },
      overrideAccess: true,
    })
  })

  it('stores only one of two standing bodies created at the same moment', async () => {
    await Promise.allSettled([
      payload.create({ collection: 'agencies', data: newPolice(), ...as(secretariat) }),
      payload.create({ collection: 'agencies', data: newPolice(), ...as(secretariat) }),
    ])
    expect(await standingBodies()).toBe(1)
  })
})

describe('agencies: one standing body', () => {
  let standingBody: Agency

  beforeAll(async () => {
    standingBody = await payload.create({
      collection: 'agencies',
      data: { ...newPolice(), name: 'Công an tỉnh Quảng Nam', code: 'CAT-QNA' },
      ...as(secretariat),
    })
  })

  it('marks the first agency created as standing body as such', async () => {
    expect((await stored(standingBody.id)).isStandingBody).toBe(true)
  })

  it('refuses a second standing body with a clear message, storing nothing', async () => {
    const before = await count()
    await expectInvalid(
      payload.create({ collection: 'agencies', data: newPolice(), ...as(secretariat) }),
      STANDING_BODY_TAKEN,
    )
    expect([await count(), await standingBodies()]).toEqual([before, 1])
  })

  it('refuses making another existing agency the standing body, keeping it unchanged', async () => {
    const department = await createAgency(payload, { kind: 'police', name: 'Phòng PC06' })
    await expectInvalid(
      payload.update({
        collection: 'agencies',
        id: department.id,
        data: { isStandingBody: true },
        ...as(secretariat),
      }),
      STANDING_BODY_TAKEN,
    )
    expect(await stored(department.id)).toEqual(department)
  })

  it('lets the standing body itself be edited', async () => {
    const updated = await payload.update({
      collection: 'agencies',
      id: standingBody.id,
      data: { nameEn: 'Quang Nam Provincial Police', contactEmail: 'pc06@congan.quangnam.gov.vn' },
      ...as(secretariat),
    })
    expect(updated).toMatchObject({ nameEn: 'Quang Nam Provincial Police', isStandingBody: true })
  })

  it('lets the standing body be saved again with its flag set', async () => {
    const updated = await payload.update({
      collection: 'agencies',
      id: standingBody.id,
      data: { isStandingBody: true, name: 'Công an tỉnh Quảng Nam' },
      ...as(secretariat),
    })
    expect(updated.isStandingBody).toBe(true)
  })

  it('lets other agencies be created and edited while a standing body exists', async () => {
    const department = await payload.create({
      collection: 'agencies',
      data: { name: unique('Sở Tư pháp'), code: unique('STP'), kind: 'department' },
      ...as(secretariat),
    })
    const updated = await payload.update({
      collection: 'agencies',
      id: department.id,
      data: { nameEn: 'Department of Justice', isStandingBody: false },
      ...as(secretariat),
    })
    expect([updated.nameEn, await standingBodies()]).toEqual(['Department of Justice', 1])
  })
})

describe('agencies: self-references', () => {
  it('refuses an agency as its own parent, keeping the stored parent', async () => {
    const district = await createAgency(payload, { kind: 'district' })
    const commune = await createAgency(payload, { kind: 'commune', parent: district.id })
    await expectInvalid(
      payload.update({
        collection: 'agencies',
        id: commune.id,
        data: { parent: commune.id },
        ...as(secretariat),
      }),
      /^parent: Cơ quan không thể là cấp trên của chính nó\./m,
    )
    expect((await stored(commune.id)).parent).toBe(district.id)
  })

  it('refuses an agency as its own parent when the id is sent as text', async () => {
    const commune = await createAgency(payload, { kind: 'commune' })
    await expectInvalid(
      payload.update({
        collection: 'agencies',
        id: commune.id,
        data: { parent: String(commune.id) as never },
        ...as(secretariat),
      }),
      /^parent: Cơ quan không thể là cấp trên của chính nó\./m,
    )
    expect(await stored(commune.id)).toEqual(commune)
  })

  it('refuses an agency replacing itself, keeping the record', async () => {
    const agency = await createAgency(payload)
    await expectInvalid(
      payload.update({
        collection: 'agencies',
        id: agency.id,
        data: { replacedBy: agency.id },
        ...as(secretariat),
      }),
      /^replacedBy: Cơ quan không thể được thay thế bởi chính nó\./m,
    )
    expect(await stored(agency.id)).toEqual(agency)
  })

  it('accepts another agency as parent and as successor', async () => {
    const province = await createAgency(payload, { kind: 'people_committee' })
    const merged = await createAgency(payload)
    const agency = await createAgency(payload)
    const updated = await payload.update({
      collection: 'agencies',
      id: agency.id,
      data: { parent: province.id, replacedBy: merged.id },
      ...as(secretariat),
    })
    expect([updated.parent, updated.replacedBy]).toEqual([province.id, merged.id])
  })
})
