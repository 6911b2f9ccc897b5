// R6.3: a Working Group member nominates staff of his agency to the Support Group; R8–R10: the
// SG Head in office decides, once; accepting creates the SG seat through the members' own rules.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Agency, Member, SgNomination, User, WorkingGroup } from '../../payload-types'
import { dayKeyOf } from '../../src/fields/dates'
import { vnToday } from '../../src/lib/clock'
import {
  createAgency,
  createGroup,
  createGroupWithHead,
  createMember,
  createUser,
  day,
} from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectForbidden, expectInvalid } from '../helpers/refusals'

let payload: Payload
let wg: WorkingGroup
let sg: WorkingGroup
let health: Agency
let director: User
let directorSeat: Member
let sgHead: User
let secretariat: User
let head: User

beforeAll(async () => {
  payload = await initPayload()
  const world = await createGroupWithHead(payload)
  wg = world.group
  head = world.head
  sg = await createGroup(payload, { kind: 'sg', parent: wg.id })
  health = await createAgency(payload, { name: 'Sở Y tế (đề cử)' })
  director = await createUser(payload, { agency: health.id, roles: ['leader'] })
  directorSeat = await createMember(payload, {
    user: director.id,
    group: wg.id,
    position: 'member',
    agency: health.id,
    from: '2022-01-01',
  })
  sgHead = await createUser(payload, { agency: world.agency.id, roles: ['reporter'] })
  await createMember(payload, {
    user: sgHead.id,
    group: sg.id,
    position: 'sg-head',
    agency: world.agency.id,
    from: '2022-01-01',
  })
  secretariat = await createUser(payload, { roles: ['secretariat'], agency: world.agency.id })
})

const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const
const staff = (agency = health.id) => createUser(payload, { agency, fullName: 'Hồ Thị Uyên' })

const nominate = async (data: Record<string, unknown> = {}, user: User = director) =>
  payload.create({
    collection: 'sg-nominations',
    data: {
      proposer: director.id,
      nominee: (await staff()).id,
      from: day('2025-01-01'),
      note: 'Cán bộ phụ trách chuyển đổi số',
      ...data,
    } as never,
    ...as(user),
  })

const decide = (id: number, data: Record<string, unknown>, user: User = sgHead) =>
  payload.update({ collection: 'sg-nominations', id, data: data as never, ...as(user) })

const count = async (collection: 'sg-nominations' | 'members') =>
  (await payload.count({ collection })).totalDocs

describe('nominating staff to the Support Group (R6.3)', () => {
  it('R6.3 records a member’s nomination of his agency’s staff, assisting him by default', async () => {
    const nomination = await nominate()
    expect({
      status: nomination.status,
      agency: nomination.agency,
      assists: nomination.assists,
      proposerSeat: nomination.proposerSeat,
      proposedOn: dayKeyOf(nomination.proposedOn),
    }).toEqual({
      status: 'pending',
      agency: health.id,
      assists: directorSeat.id,
      proposerSeat: directorSeat.id,
      proposedOn: vnToday(),
    })
  })

  it('R6.3 R8–R10 creates the SG seat when the SG Head accepts, assisting the member', async () => {
    const nomination = await nominate()
    const decided = (await decide(nomination.id, { status: 'accepted' })) as SgNomination
    const seat = await payload.findByID({ collection: 'members', id: decided.seat as number })
    expect({
      decidedBy: decided.decidedBy,
      decidedOn: dayKeyOf(decided.decidedOn),
      user: (seat.user as User).id,
      group: (seat.group as WorkingGroup).id,
      position: seat.position,
      agency: (seat.agency as Agency).id,
      assists: (seat.assists as Member).id,
      from: dayKeyOf(seat.from),
    }).toEqual({
      decidedBy: sgHead.id,
      decidedOn: vnToday(),
      user: nomination.nominee,
      group: sg.id,
      position: 'sg-member',
      agency: health.id,
      assists: directorSeat.id,
      from: vnToday(),
    })
  })

  it('R6.3 records a decline with its reason, creating no seat', async () => {
    const nomination = await nominate()
    const before = await count('members')
    const decided = await decide(nomination.id, {
      status: 'declined',
      declineReason: 'Đề nghị cử cán bộ cấp phòng.',
    })
    expect([decided.status, decided.seat ?? null, await count('members')]).toEqual([
      'declined',
      null,
      before,
    ])
  })

  it('R6.3 keeps what was proposed when the SG Head decides', async () => {
    const nomination = await nominate()
    const decided = await decide(nomination.id, {
      status: 'declined',
      declineReason: 'Chưa phù hợp.',
      note: 'Sửa bởi Tổ trưởng Tổ giúp việc',
      from: day('2030-01-01'),
    })
    expect([decided.status, decided.note, dayKeyOf(decided.from)]).toEqual([
      'declined',
      'Cán bộ phụ trách chuyển đổi số',
      '2025-01-01',
    ])
  })

  it('R6.3 refuses a proposer who holds no Working Group seat, storing nothing', async () => {
    const before = await count('sg-nominations')
    const clerk = await staff()
    await expectInvalid(
      nominate({ proposer: clerk.id }, secretariat),
      /^proposer: Người đề cử phải là thành viên Tổ công tác đang giữ chức danh vào ngày \d\d\/\d\d\/\d{4}\.$/m,
    )
    expect(await count('sg-nominations')).toBe(before)
  })

  it('R6.3 refuses a member proposing in another member’s name', async () => {
    await expectInvalid(
      nominate({ proposer: head.id }),
      /^proposer: Thành viên Tổ công tác chỉ đề cử nhân danh chính mình; Cơ quan thường trực ghi nhận đề cử thay cho thành viên\.$/m,
    )
  })

  it('R6.3 refuses a nominee of another agency, naming both agencies', async () => {
    const other = await createAgency(payload, { name: 'Sở Tư pháp (đề cử)' })
    const outsider = await staff(other.id)
    await expectInvalid(
      nominate({ nominee: outsider.id }),
      /^nominee: Người được đề cử phải là cán bộ của cơ quan người đề cử \(Sở Y tế \(đề cử\)\), không phải Sở Tư pháp \(đề cử\)\.$/m,
    )
  })

  it('R6.3 refuses a nominee who already holds a Support Group seat', async () => {
    const aide = await staff()
    await createMember(payload, {
      user: aide.id,
      group: sg.id,
      position: 'sg-member',
      agency: health.id,
      assists: directorSeat.id,
      from: '2023-01-01',
    })
    await expectInvalid(
      nominate({ nominee: aide.id }),
      /^nominee: Người được đề cử đã giữ chức danh trong Tổ giúp việc từ ngày 01\/01\/2023\.$/m,
    )
  })

  it('R8–R10 refuses a decision by someone who is not the SG Head that day, creating no seat', async () => {
    const nomination = await nominate()
    const before = await count('members')
    await expectInvalid(
      decide(nomination.id, { status: 'accepted' }, director),
      /^decidedBy: Chỉ Tổ trưởng Tổ giúp việc đương nhiệm vào ngày \d\d\/\d\d\/\d{4} mới chấp thuận hoặc không chấp thuận đề cử\.$/m,
    )
    await expectInvalid(
      decide(nomination.id, { status: 'accepted', decidedBy: director.id }, secretariat),
      /^decidedBy: Chỉ Tổ trưởng Tổ giúp việc/m,
    )
    const stored = await payload.findByID({ collection: 'sg-nominations', id: nomination.id })
    expect([stored.status, await count('members')]).toEqual(['pending', before])
  })

  it('R6.3 refuses deciding twice', async () => {
    const nomination = await nominate()
    await decide(nomination.id, { status: 'declined', declineReason: 'Chưa phù hợp.' })
    await expectInvalid(
      decide(nomination.id, { status: 'accepted' }),
      /^status: Đề cử này đã được quyết định \(không chấp thuận\); không sửa hoặc quyết định lại\.$/m,
    )
  })

  it('R6.3 refuses a decline without a reason, and accepting someone without an account', async () => {
    const pending = await nominate()
    await expectInvalid(
      decide(pending.id, { status: 'declined' }),
      /^declineReason: Ghi lý do không chấp thuận đề cử\.$/m,
    )
    const noAccount = await nominate({
      nominee: null,
      nomineeName: 'Trần Thị Bích',
      nomineeJobTitle: 'Chuyên viên',
      nomineeEmail: 'bich@test.vn',
    })
    await expectInvalid(
      decide(noAccount.id, { status: 'accepted' }),
      /^nominee: Người được đề cử chưa có tài khoản\. Đề nghị Cơ quan thường trực tạo tài khoản \(bich@test\.vn\)/m,
    )
  })

  it('R6.3 R10 rolls the decision back when the members’ rules refuse the seat', async () => {
    const other = await createAgency(payload)
    const otherMember = await createUser(payload, { agency: other.id })
    const otherSeat = await createMember(payload, {
      user: otherMember.id,
      group: wg.id,
      position: 'member',
      agency: other.id,
      from: '2022-01-01',
    })
    const nomination = await nominate({ assists: otherSeat.id })
    const before = await count('members')
    await expectInvalid(
      decide(nomination.id, { status: 'accepted' }),
      /Vi phạm Điều 10 khoản 1: thành viên Tổ giúp việc chỉ giúp việc cho thành viên Tổ công tác tại cơ quan mình/,
    )
    const stored = await payload.findByID({ collection: 'sg-nominations', id: nomination.id })
    expect([stored.status, await count('members')]).toEqual(['pending', before])
  })

  it('R6.3 refuses missing and malformed input with the fields’ messages', async () => {
    await expectInvalid(nominate({ from: 'thứ hai' }), /^from: /m)
    await expectInvalid(nominate({ from: null }), /^from: /m)
    await expectInvalid(
      nominate({ nominee: null }),
      /^nominee: Chọn tài khoản của người được đề cử, hoặc ghi họ tên và thư điện tử/m,
    )
    await expectInvalid(nominate({ nominee: 'ai đó' }), /^nominee: /m)
  })

  it('R6.3 refuses a viewer account, and shows a reporter his own agency’s nominations only', async () => {
    await expectForbidden(nominate({}, await staff()))
    const other = await createAgency(payload)
    const reporter = await createUser(payload, { roles: ['reporter'], agency: other.id })
    await nominate()
    const { totalDocs } = await payload.count({ collection: 'sg-nominations', ...as(reporter) })
    expect(totalDocs).toBe(0)
  })
})
