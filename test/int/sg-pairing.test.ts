import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  createAgency,
  createGroup,
  createGroupWithHead,
  createMember,
  createUser,
  day,
} from '../helpers/fixtures'
import { expectRejected } from '../helpers/errors'
import { initPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await initPayload()
})

const system = { overrideAccess: true, depth: 0 } as const

/** A WG with a Head, its SG, and one WG member of another agency (open term from 2022). */
const setUp = async () => {
  const base = await createGroupWithHead(payload)
  const sg = await createGroup(payload, { kind: 'sg', parent: base.group.id })
  const health = await createAgency(payload, { name: 'Sở Y tế (thử nghiệm)' })
  const director = await createUser(payload, { agency: health.id, fullName: 'Huỳnh Thị Mai' })
  const directorSeat = await createMember(payload, {
    user: director.id,
    group: base.group.id,
    position: 'member',
    agency: health.id,
    from: '2022-01-01',
  })
  return { ...base, sg, health, director, directorSeat }
}

const aide = async (
  ctx: Awaited<ReturnType<typeof setUp>>,
  fullName: string,
  agency: number,
  assists: number,
  term: { from: string; to?: string } = { from: '2023-01-01' },
) => {
  const person = await createUser(payload, { agency, fullName })
  return createMember(payload, {
    user: person.id,
    group: ctx.sg.id,
    position: 'sg-member',
    agency,
    assists,
    ...term,
  })
}

describe('R10 (Art. 10.1): Support Group pairing through the Local API', () => {
  it('accepts an SG member assisting the WG member of the same agency (R10)', async () => {
    const ctx = await setUp()
    const seat = await aide(ctx, 'Hồ Thị Uyên', ctx.health.id, ctx.directorSeat.id)
    expect(seat.assists).toBe(ctx.directorSeat.id)
  })

  it('rejects an SG member assisting a WG member of another agency, naming both agencies (R10)', async () => {
    const ctx = await setUp()
    const messages = await expectRejected(
      aide(ctx, 'Võ Minh Tuấn', ctx.agency.id, ctx.directorSeat.id),
      /Vi phạm Điều 10 khoản 1: .*tại cơ quan mình đang công tác.*Sở Y tế \(thử nghiệm\)/,
    )
    expect(messages.join('\n')).toContain('Huỳnh Thị Mai')
    const stored = await payload.count({
      collection: 'members',
      where: { group: { equals: ctx.sg.id } },
    })
    expect(stored.totalDocs).toBe(0)
  })

  it('rejects changing an SG member’s agency away from the assisted member’s (R10)', async () => {
    const ctx = await setUp()
    const seat = await aide(ctx, 'Hồ Thị Uyên', ctx.health.id, ctx.directorSeat.id)
    await expectRejected(
      payload.update({
        collection: 'members',
        id: seat.id,
        data: { agency: ctx.agency.id },
        ...system,
      }),
      /Vi phạm Điều 10 khoản 1/,
    )
  })

  it('refuses changing the assisted WG seat’s agency, listing the SG members by name (R10)', async () => {
    const ctx = await setUp()
    await aide(ctx, 'Hồ Thị Uyên', ctx.health.id, ctx.directorSeat.id)
    const messages = await expectRejected(
      payload.update({
        collection: 'members',
        id: ctx.directorSeat.id,
        data: { agency: ctx.agency.id },
        ...system,
      }),
      /Vi phạm Điều 10 khoản 1: thay đổi này làm phân công giúp việc của 1 thành viên Tổ giúp việc không còn hợp lệ: Hồ Thị Uyên \(01\/01\/2023 – …\)/,
    )
    expect(messages.join('\n')).not.toMatch(/assists|\bid\b/)
    const after = await payload.findByID({
      collection: 'members',
      id: ctx.directorSeat.id,
      ...system,
    })
    expect(after.agency).toBe(ctx.health.id)
  })

  it('refuses shortening the assisted WG term below the SG term, naming only those affected (R10)', async () => {
    const ctx = await setUp()
    await aide(ctx, 'Hồ Thị Uyên', ctx.health.id, ctx.directorSeat.id, {
      from: '2023-01-01',
      to: '2024-12-31',
    })
    await aide(ctx, 'Trần Văn Bình', ctx.health.id, ctx.directorSeat.id, {
      from: '2023-01-01',
      to: '2023-06-30',
    })
    const messages = await expectRejected(
      payload.update({
        collection: 'members',
        id: ctx.directorSeat.id,
        data: { to: day('2024-06-30') },
        ...system,
      }),
      /Điều 10 khoản 1.*Hồ Thị Uyên \(01\/01\/2023 – 31\/12\/2024\)/,
    )
    expect(messages.join('\n')).not.toContain('Trần Văn Bình')
  })

  it('accepts a WG seat change that keeps every pairing, and ending the SG seat first (R10)', async () => {
    const ctx = await setUp()
    const seat = await aide(ctx, 'Hồ Thị Uyên', ctx.health.id, ctx.directorSeat.id)
    await payload.update({
      collection: 'members',
      id: seat.id,
      data: { to: day('2025-02-28') },
      ...system,
    })
    const updated = await payload.update({
      collection: 'members',
      id: ctx.directorSeat.id,
      data: { to: day('2025-02-28') },
      ...system,
    })
    expect(updated.to).toBe(day('2025-02-28'))
  })

  it('refuses deleting a WG seat someone assists (R10)', async () => {
    const ctx = await setUp()
    await aide(ctx, 'Hồ Thị Uyên', ctx.health.id, ctx.directorSeat.id)
    await expectRejected(
      payload.delete({ collection: 'members', id: ctx.directorSeat.id, ...system }),
      /Vi phạm Điều 10 khoản 1: không thể xóa .*Hồ Thị Uyên/,
    )
  })

  it('lists on the Support Group the WG members nobody assists today (R10)', async () => {
    const ctx = await setUp()
    await aide(ctx, 'Hồ Thị Uyên', ctx.health.id, ctx.directorSeat.id)
    const secretariat = await createUser(payload, {
      agency: ctx.agency.id,
      roles: ['secretariat'],
    })
    const group = await payload.findByID({
      collection: 'working-groups',
      id: ctx.sg.id,
      depth: 0,
      overrideAccess: false,
      user: secretariat,
    })
    const text = group.unassistedMembers ?? ''
    expect(text).toMatch(
      /^Thành viên Tổ công tác chưa có người giúp việc \(ngày \d\d\/\d\d\/\d{4}\): 2/,
    )
    expect(text).toContain(`${ctx.head.fullName} — Tổ trưởng`)
    expect(text).toContain(`${ctx.deputy.fullName} — Tổ phó Thường trực`)
    expect(text).not.toContain('Huỳnh Thị Mai')
    const wg = await payload.findByID({
      collection: 'working-groups',
      id: ctx.group.id,
      depth: 0,
      overrideAccess: false,
      user: secretariat,
    })
    expect(wg.unassistedMembers ?? null).toBeNull()
  })

  it('keeps the computed list out of the audit log’s changed fields (R10)', async () => {
    const ctx = await setUp()
    await payload.update({
      collection: 'working-groups',
      id: ctx.sg.id,
      data: { name: 'Tổ giúp việc (đổi tên)' },
      ...system,
    })
    const log = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { collectionSlug: { equals: 'working-groups' } },
          { documentId: { equals: String(ctx.sg.id) } },
          { operation: { equals: 'update' } },
        ],
      },
      ...system,
    })
    expect(log.docs.map((entry) => entry.changedFields)).toEqual([['name']])
  })
})
