import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { authorityOn } from '../../src/charter/authority'
import { expectRejected } from '../helpers/errors'
import {
  createGroupWithHead,
  createMedia,
  createMember,
  createUser,
  day,
} from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await initPayload()
})

const delegate = async (
  setup: Awaited<ReturnType<typeof createGroupWithHead>>,
  data: Record<string, unknown> = {},
) => {
  const basis = await createMedia(payload)
  return payload.create({
    collection: 'delegations',
    data: {
      group: setup.group.id,
      grantor: setup.head.id,
      grantee: setup.deputy.id,
      scopes: ['sign-for-head'],
      validFrom: day('2026-01-01'),
      validTo: day('2026-06-30'),
      basisNumber: '15/GUQ-TCT',
      basis: basis.id,
      ...data,
    } as never,
    overrideAccess: true,
    depth: 0,
  })
}

const countDelegations = async () => (await payload.count({ collection: 'delegations' })).totalDocs

describe('delegations (R4.5)', () => {
  it('accepts a written delegation from the Head in office to a member (R4.5)', async () => {
    const setup = await createGroupWithHead(payload)
    const delegation = await delegate(setup)
    expect(delegation.title).toContain('Ký thay Tổ trưởng')
  })

  it('rejects a delegation without its written basis, storing nothing (R4.5)', async () => {
    const setup = await createGroupWithHead(payload)
    const before = await countDelegations()
    await expectRejected(delegate(setup, { basis: null }), /basis/)
    expect(await countDelegations()).toBe(before)
  })

  it('rejects a delegation granted by someone who is not the Head (R4.5)', async () => {
    const setup = await createGroupWithHead(payload)
    await expectRejected(
      delegate(setup, { grantor: setup.deputy.id, grantee: setup.head.id }),
      /Vi phạm Điều 4 khoản 5: chỉ người giữ chức Tổ trưởng/,
    )
  })

  it('rejects a delegation outlasting the Head’s own term (R4.5)', async () => {
    const setup = await createGroupWithHead(payload)
    await payload.update({
      collection: 'members',
      id: setup.headSeat.id,
      data: { to: day('2026-03-31') },
      overrideAccess: true,
    })
    await expectRejected(delegate(setup), /Điều 4 khoản 5/)
  })

  it('rejects a scope outside the fixed list (R4.5)', async () => {
    const setup = await createGroupWithHead(payload)
    await expectRejected(delegate(setup, { scopes: ['approve-budget'] }), /scopes/)
  })

  it('rejects a delegation to a person outside the group (R4.5)', async () => {
    const setup = await createGroupWithHead(payload)
    const outsider = await createUser(payload)
    await expectRejected(delegate(setup, { grantee: outsider.id }), /Điều 4 khoản 5/)
  })

  it('answers in English when the request language is English (R4.5)', async () => {
    const setup = await createGroupWithHead(payload)
    const basis = await createMedia(payload)
    const error = await payload
      .create({
        collection: 'delegations',
        data: {
          group: setup.group.id,
          grantor: setup.deputy.id,
          grantee: setup.head.id,
          scopes: ['chair'],
          validFrom: day('2026-01-01'),
          validTo: day('2026-01-31'),
          basisNumber: '1/GUQ',
          basis: basis.id,
        },
        overrideAccess: true,
        req: { i18n: { language: 'en' } } as never,
      })
      .catch((reason: { data?: { errors?: { message: string }[] } }) => reason)
    expect((error as { data: { errors: { message: string }[] } }).data.errors[0].message).toMatch(
      /^Breach of Article 4\(5\): only the person holding the Head's post/,
    )
  })
})

describe('authority on a date (R4.5, R5.3, R3.4)', () => {
  it('lets the Standing Deputy sign for the Head only while the delegation is valid (R4.5)', async () => {
    const setup = await createGroupWithHead(payload)
    await delegate(setup)
    const during = await authorityOn(payload, setup.deputy.id, 'sign-for-head', '2026-06-30')
    const after = await authorityOn(payload, setup.deputy.id, 'sign-for-head', '2026-07-01')
    expect(during).toMatchObject({ allowed: true, via: 'delegation', scope: 'sign-for-head' })
    expect(after).toEqual({ allowed: false })
  })

  it('lets a Deputy sign for the Head by position, without a delegation (R5.3)', async () => {
    const setup = await createGroupWithHead(payload)
    const deputy = await createUser(payload, { agency: setup.agency.id })
    await createMember(payload, {
      user: deputy.id,
      group: setup.group.id,
      position: 'deputy',
      agency: setup.agency.id,
      from: '2023-01-01',
    })
    expect(await authorityOn(payload, deputy.id, 'sign-for-head', '2025-05-05')).toEqual({
      allowed: true,
      via: 'position',
      position: 'deputy',
    })
  })

  it('lets a delegate chair a meeting only with a chair scope (R3.4)', async () => {
    const setup = await createGroupWithHead(payload)
    await delegate(setup, { scopes: ['chair'] })
    expect(
      (await authorityOn(payload, setup.deputy.id, 'chair-meeting', '2026-02-02')).allowed,
    ).toBe(true)
    expect(
      (await authorityOn(payload, setup.deputy.id, 'approve-plan', '2026-02-02')).allowed,
    ).toBe(false)
  })
})
