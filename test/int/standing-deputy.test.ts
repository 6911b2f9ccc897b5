// The Standing Deputy stands in (R4.1–4.4, Art. 4.2): when the Head is recorded absent for a meeting, or
// on leave for a period, the Standing Deputy chairs and signs "KT." by position; otherwise a written
// delegation is still required (R4.5, R3.4).
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { expectRejected } from '../helpers/errors'
import { day } from '../helpers/fixtures'
import { createMeetingWorld, freshMonth, planMeeting } from '../helpers/meetings'
import { initPayload } from '../helpers/payload'
import { adoptCharter, createSigners } from '../helpers/signers'

let payload: Payload

beforeAll(async () => {
  payload = await initPayload()
  await adoptCharter(payload)
})

describe('the Standing Deputy chairs for an absent Head (R4.1–4.4)', () => {
  it('refuses the Standing Deputy as chair without a delegation while the Head is present (R3.4)', async () => {
    const world = await createMeetingWorld(payload)
    await expectRejected(
      planMeeting(payload, world, freshMonth(), { chair: world.deputy.id }),
      /^chair: Vi phạm Điều 3 khoản 4/m,
    )
  })

  it('accepts the Standing Deputy as chair by position when the Head is recorded absent (R4.1–4.4)', async () => {
    const world = await createMeetingWorld(payload)
    const meeting = await planMeeting(payload, world, freshMonth(), {
      chair: world.deputy.id,
      headAbsent: true,
    })
    expect(meeting).toMatchObject({ chair: world.deputy.id, headAbsent: true })
  })
})

describe('the Standing Deputy signs "KT." while the Head is on leave (R4.1–4.4)', () => {
  it('signs on a day of the Head’s recorded leave and not the day after it (R4.1–4.4, R4.5)', async () => {
    const s = await createSigners(payload)
    const headSeat = await payload.find({
      collection: 'members',
      where: { and: [{ group: { equals: s.wg.id } }, { position: { equals: 'head' } }] },
      depth: 0,
    })
    await payload.update({
      collection: 'members',
      id: headSeat.docs[0]!.id,
      data: { leave: [{ from: day('2024-08-05'), to: day('2024-08-09'), reason: 'Nghỉ phép' }] },
      overrideAccess: true,
    })
    const notice = (date: string) =>
      payload.create({
        collection: 'documents',
        data: {
          kind: 'notice',
          title: 'Thông báo lịch làm việc',
          date: day(date),
          signer: s.users.standingDeputy.id,
          signingForm: 'KT',
        } as never,
        overrideAccess: true,
        depth: 0,
      })
    const during = await notice('2024-08-09')
    expect(during.signatureBlock).toBe('KT. TỔ TRƯỞNG\nTỔ PHÓ THƯỜNG TRỰC')
    expect(during.signingDelegation).toBeNull()
    await expectRejected(notice('2024-08-12'), /^signer: Vi phạm Điều 4 khoản 5/m)
  })
})
