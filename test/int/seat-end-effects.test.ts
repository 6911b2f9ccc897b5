// Ending a seat: the member's record lists what stops with it (R4.5, R10), and signing reads the
// same delegation validity as every other act (R4.5, R2.4: authority ends with the post).
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { issueDocument } from '../../collections/Documents/issue'
import { expectRejected } from '../helpers/errors'
import { createAgency, createGroup, createMember, createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { adoptCharter, createSigners, delegateFromHead } from '../helpers/signers'

let payload: Payload

beforeAll(async () => {
  payload = await initPayload()
  await adoptCharter(payload)
})

const endSeat = (id: number, to: string) =>
  payload.update({
    collection: 'members',
    id,
    data: { to: day(to) },
    overrideAccess: true,
    depth: 0,
  })

const endEffectsOf = async (id: number) =>
  (
    (await payload.findByID({ collection: 'members', id, depth: 0 })) as {
      endEffects?: string | null
    }
  ).endEffects ?? null

describe('the member record lists what a seat’s end stops (R4.5, R10)', () => {
  it('lists the delegation a shortened grantee term stops, from its first day without authority (R4.5)', async () => {
    const s = await createSigners(payload)
    const delegation = await delegateFromHead(
      payload,
      s,
      s.users.member,
      ['chair'],
      '2024-03-01',
      '2024-12-31',
    )
    expect(await endEffectsOf(s.memberSeat.id)).toBeNull()

    await endSeat(s.memberSeat.id, '2024-06-30')

    const text = await endEffectsOf(s.memberSeat.id)
    expect(text).toMatch(
      /^Chức danh kết thúc ngày 30\/06\/2024: 1 ủy quyền không còn hiệu lực \(theo Điều 4 khoản 5 Quy chế/,
    )
    expect(text).toContain(
      'Chủ trì cuộc họp, 01/03/2024 – 31/12/2024 — hết hiệu lực từ ngày 01/07/2024 vì người được ủy quyền không còn là thành viên Tổ.',
    )
    const stored = await payload.findByID({ collection: 'delegations', id: delegation.id })
    expect((stored as { standing?: string }).standing).toBe(
      'Không còn hiệu lực từ ngày 01/07/2024: người được ủy quyền không còn là thành viên Tổ (theo Điều 4 khoản 5 Quy chế, thẩm quyền chấm dứt cùng chức danh).',
    )
  })

  it('lists the delegations a Head’s ended term stops (R4.5)', async () => {
    const s = await createSigners(payload)
    await delegateFromHead(payload, s, s.users.deputy, ['act-as-head'], '2024-01-01', '2024-12-31')
    const headSeat = await payload.find({
      collection: 'members',
      where: { and: [{ group: { equals: s.wg.id } }, { position: { equals: 'head' } }] },
      depth: 0,
    })
    await endSeat(headSeat.docs[0]!.id, '2024-09-30')
    expect(await endEffectsOf(headSeat.docs[0]!.id)).toContain(
      'hết hiệu lực từ ngày 01/10/2024 vì người ủy quyền không còn giữ chức Tổ trưởng.',
    )
  })

  it('lists the Support Group assignments tied to a Working Group seat with an end date (R10)', async () => {
    const agency = await createAgency(payload)
    const wg = await createGroup(payload)
    const sg = await createGroup(payload, { kind: 'sg', parent: wg.id })
    const member = await createUser(payload, { agency: agency.id })
    const assistant = await createUser(payload, { agency: agency.id, fullName: 'Người Giúp Việc' })
    const seat = await createMember(payload, {
      user: member.id,
      group: wg.id,
      position: 'member',
      agency: agency.id,
      from: '2024-01-01',
      to: '2024-12-31',
    })
    await createMember(payload, {
      user: assistant.id,
      group: sg.id,
      position: 'sg-member',
      agency: agency.id,
      from: '2024-02-01',
      to: '2024-12-31',
      assists: seat.id,
    })
    expect(await endEffectsOf(seat.id)).toContain(
      'Phân công giúp việc kết thúc cùng chức danh này (Điều 10 khoản 1 Quy chế): 1:\n- Người Giúp Việc — Thành viên Tổ giúp việc, 01/02/2024 – 31/12/2024',
    )
  })
})

describe('signing reads the delegation’s validity (R4.5, R2.4)', () => {
  it('refuses a KT. signature under a delegation whose grantor no longer holds the Head’s post (R4.5)', async () => {
    const s = await createSigners(payload)
    await delegateFromHead(
      payload,
      s,
      s.users.standingDeputy,
      ['sign-for-head'],
      '2024-04-01',
      '2024-12-31',
    )
    const headSeat = await payload.find({
      collection: 'members',
      where: { and: [{ group: { equals: s.wg.id } }, { position: { equals: 'head' } }] },
      depth: 0,
    })
    await endSeat(headSeat.docs[0]!.id, '2024-05-31')
    const create = (date: string) =>
      payload.create({
        collection: 'documents',
        data: {
          kind: 'notice',
          title: 'Thông báo kết quả kiểm tra',
          date: day(date),
          signer: s.users.standingDeputy.id,
          signingForm: 'KT',
        } as never,
        overrideAccess: true,
        depth: 0,
      })
    const before = await create('2024-05-31')
    expect(before.signingDelegation).not.toBeNull()
    await expectRejected(create('2024-06-03'), /^signer: Vi phạm Điều 4 khoản 5/m)
    // Recorded as issued on its own date: the delegation was in force that day.
    await expect(
      issueDocument(payload, before.id, { context: { recordedAsDated: true } }),
    ).resolves.toMatchObject({ status: 'issued' })
    // Issued today, the signature is checked today, when the delegation no longer gives authority.
    const late = await create('2024-05-30')
    await expectRejected(issueDocument(payload, late.id), /^signer: Vi phạm Điều 4 khoản 5/m)
  })
})
