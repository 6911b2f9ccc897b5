// R12.1: members sit in the Working Group concurrently with a substantive post at their home
// agency; a seat that outlives the post is flagged for review.
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { User } from '../../payload-types'
import { createAgency, createGroup, createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectInvalid } from '../helpers/refusals'
import { setVnNow } from '../helpers/reports'

let payload: Payload
let secretariat: User

beforeAll(async () => {
  payload = await initPayload()
  secretariat = await createUser(payload, { roles: ['secretariat'] })
})

afterEach(() => {
  vi.useRealTimers()
})

const seat = async (data: Record<string, unknown>) => {
  const agency = await createAgency(payload)
  const group = await createGroup(payload)
  const user = await createUser(payload, { agency: agency.id, roles: ['viewer'] })
  return payload.create({
    collection: 'members',
    data: {
      user: user.id,
      group: group.id,
      position: 'member',
      agency: agency.id,
      from: day('2024-01-01'),
      postTitle: 'Giám đốc Sở Thông tin và Truyền thông',
      postFrom: day('2020-03-01'),
      ...data,
    } as never,
    overrideAccess: false,
    user: secretariat,
    depth: 0,
  })
}

describe('concurrent posts (R12.1)', () => {
  it('flags an open seat whose holder left the home post (R12.1)', async () => {
    setVnNow('2025-04-10 09:00')
    const member = await seat({ postTo: day('2025-02-28') })
    expect(member.postReview).toBe('Cần rà soát: chức vụ tại cơ quan đã thôi từ 28/02/2025')
  })

  it('does not flag a seat that ended with the post (R12.1)', async () => {
    setVnNow('2025-04-10 09:00')
    const member = await seat({ postTo: day('2025-02-28'), to: day('2025-02-28') })
    expect(member.postReview ?? null).toBeNull()
  })

  it('does not flag a post that ends later (R12.1)', async () => {
    setVnNow('2025-04-10 09:00')
    const member = await seat({ postTo: day('2025-06-30') })
    expect(member.postReview ?? null).toBeNull()
  })

  it('keeps the title of the post with the seat (R12.1)', async () => {
    const member = await seat({})
    const stored = await payload.findByID({ collection: 'members', id: member.id, depth: 0 })
    expect(stored.postTitle).toBe('Giám đốc Sở Thông tin và Truyền thông')
  })

  it('names the holder’s job title as the post when none is given (R12.1)', async () => {
    const agency = await createAgency(payload)
    const group = await createGroup(payload)
    const user = await createUser(payload, {
      agency: agency.id,
      roles: ['viewer'],
      jobTitle: 'Giám đốc Sở Y tế',
    })
    const member = await payload.create({
      collection: 'members',
      data: {
        user: user.id,
        group: group.id,
        position: 'member',
        agency: agency.id,
        from: day('2024-01-01'),
      },
      overrideAccess: false,
      user: secretariat,
      depth: 0,
    })
    expect(member.postTitle).toBe('Giám đốc Sở Y tế')
  })

  it('refuses a post that ends before it starts, storing nothing (R12.1)', async () => {
    const before = (await payload.count({ collection: 'members' })).totalDocs
    await expectInvalid(
      seat({ postTo: day('2019-12-31') }),
      /^postTo: Ngày kết thúc \(31\/12\/2019\) phải sau hoặc bằng ngày bắt đầu \(01\/03\/2020\)\.$/m,
    )
    expect((await payload.count({ collection: 'members' })).totalDocs).toBe(before)
  })

  it('refuses a post end that is not a date, storing nothing (R12.1)', async () => {
    const before = (await payload.count({ collection: 'members' })).totalDocs
    await expectInvalid(seat({ postTo: 'cuối năm' }), /^postTo: /m)
    expect((await payload.count({ collection: 'members' })).totalDocs).toBe(before)
  })

  it('refuses a post title over 160 characters, storing nothing (R12.1)', async () => {
    const before = (await payload.count({ collection: 'members' })).totalDocs
    await expectInvalid(seat({ postTitle: 'G'.repeat(161) }), /^postTitle: /m)
    expect((await payload.count({ collection: 'members' })).totalDocs).toBe(before)
  })
})
