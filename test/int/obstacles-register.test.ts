// R12.4: the register of obstacles and proposals: every one raised in a monthly report lands in
// one list with its agency, who must resolve it, by when, the decision and the day it closed.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Feedback, User } from '../../payload-types'
import { dayKeyOf } from '../../src/fields/dates'
import { createAgency, day } from '../helpers/fixtures'
import { createMeetingWorld, planMeeting } from '../helpers/meetings'
import { expectInvalid } from '../helpers/refusals'
import { createReportingAgency, setVnNow, updateReport } from '../helpers/reports'
import { completeReport, head, initReportWorld, payload, secretariat } from '../helpers/reportWorld'

let standingBody: number

beforeAll(async () => {
  await initReportWorld()
  const police = await createAgency(payload, { kind: 'department' })
  await payload.update({
    collection: 'agencies',
    id: police.id,
    data: { isStandingBody: true },
    overrideAccess: true,
  })
  standingBody = police.id
})

afterEach(() => {
  vi.useRealTimers()
})

const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

const itemsOf = async (agency: number): Promise<Feedback[]> =>
  (
    await payload.find({
      collection: 'feedback',
      where: { agency: { equals: agency } },
      sort: 'id',
      depth: 0,
      pagination: false,
    })
  ).docs

const raise = (user: User, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'feedback',
    data: {
      kind: 'obstacle',
      title: 'Thiếu thiết bị đọc căn cước gắn chip',
      content: 'Bộ phận một cửa cấp xã chưa có thiết bị đọc thẻ căn cước.',
      ...data,
    } as never,
    ...as(user),
  })

describe('the obstacles register (R12.4)', () => {
  it('files the general obstacles and each task’s obstacles of a submitted report, once each (R12.4)', async () => {
    setVnNow('2025-03-16 08:00')
    const { agency, reporter, assign } = await createReportingAgency(payload, head)
    const task = await assign({ code: 'NV-DA06-07', dueDate: day('2025-05-31') })
    const report = await completeReport(reporter)
    const taskLines = report.taskLines!.map((line) =>
      line.task === task.id ? { ...line, obstacles: 'Chưa có đường truyền.' } : line,
    )
    await updateReport(payload, reporter, report.id, {
      taskLines,
      obstacles: 'Thiếu cán bộ chuyên trách.',
      status: 'submitted',
    })
    await updateReport(payload, secretariat, report.id, {
      status: 'returned',
      reviewComment: 'Bổ sung',
    })
    await updateReport(payload, reporter, report.id, { status: 'resubmitted' })
    const items = await itemsOf(agency.id)
    expect(items.map(({ kind, title, origin }) => ({ kind, title, origin }))).toEqual([
      { kind: 'obstacle', title: 'Thiếu cán bộ chuyên trách.', origin: 'monthly-report' },
      {
        kind: 'obstacle',
        title: 'Nhiệm vụ NV-DA06-07: Chưa có đường truyền.',
        origin: 'monthly-report',
      },
    ])
  })

  it('gives a new item to the standing body, due 10 working days after it was received (R12.4)', async () => {
    // Received Friday 25/04/2025: 30/04 and 01/05 are holidays, so the 10th working day is 13/05.
    setVnNow('2025-04-25 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const item = await raise(reporter)
    expect({ resolver: item.resolver, dueOn: dayKeyOf(item.dueOn) }).toEqual({
      resolver: standingBody,
      dueOn: '2025-05-13',
    })
  })

  it('ignores a due date or resolver a reporter sends: only the standing body assigns them (R12.4)', async () => {
    setVnNow('2025-03-03 09:00')
    const { reporter, agency } = await createReportingAgency(payload, head)
    const item = await raise(reporter, { resolver: agency.id, dueOn: day('2025-03-04') })
    expect({ resolver: item.resolver, dueOn: dayKeyOf(item.dueOn) }).toEqual({
      resolver: standingBody,
      dueOn: '2025-03-17',
    })
  })

  it('lets the standing body assign another agency and a later due date (R12.4)', async () => {
    setVnNow('2025-03-03 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const other = await createAgency(payload, { kind: 'department' })
    const item = await raise(reporter)
    const updated = await payload.update({
      collection: 'feedback',
      id: item.id,
      data: { resolver: other.id, dueOn: day('2025-03-31'), status: 'under-review' },
      ...as(secretariat),
    })
    expect({ resolver: updated.resolver, dueOn: dayKeyOf(updated.dueOn) }).toEqual({
      resolver: other.id,
      dueOn: '2025-03-31',
    })
  })

  it('refuses a due date before the day received, changing nothing (R12.4)', async () => {
    setVnNow('2025-03-03 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const item = await raise(reporter)
    await expectInvalid(
      payload.update({
        collection: 'feedback',
        id: item.id,
        data: { dueOn: day('2025-02-28') },
        ...as(secretariat),
      }),
      /^dueOn: Hạn giải quyết không được trước ngày tiếp nhận \(03\/03\/2025\)\.$/m,
    )
    const stored = await payload.findByID({ collection: 'feedback', id: item.id, depth: 0 })
    expect(dayKeyOf(stored.dueOn)).toBe('2025-03-17')
  })

  it('refuses a due date that is not a date, changing nothing (R12.4)', async () => {
    setVnNow('2025-03-03 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const item = await raise(reporter)
    await expectInvalid(
      payload.update({
        collection: 'feedback',
        id: item.id,
        data: { dueOn: 'ngày mai' } as never,
        ...as(secretariat),
      }),
      /^dueOn: /m,
    )
    const stored = await payload.findByID({ collection: 'feedback', id: item.id, depth: 0 })
    expect(dayKeyOf(stored.dueOn)).toBe('2025-03-17')
  })

  it('shows how an open item stands against its due date, and how a closed one ended (R12.4)', async () => {
    setVnNow('2025-03-03 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const open = await raise(reporter)
    const late = await raise(reporter)
    setVnNow('2025-03-20 09:00')
    await payload.update({
      collection: 'feedback',
      id: late.id,
      data: { status: 'under-review' },
      ...as(secretariat),
    })
    await payload.update({
      collection: 'feedback',
      id: late.id,
      data: { status: 'answered', response: 'Đã bố trí thiết bị.' },
      ...as(secretariat),
    })
    const read = (id: number) => payload.findByID({ collection: 'feedback', id, depth: 0 })
    expect([(await read(open.id)).resolutionState, (await read(late.id)).resolutionState]).toEqual([
      'Quá hạn 3 ngày',
      'Xử lý quá hạn',
    ])
  })

  it('lists the overdue items by a query on the due date and status (R12.4)', async () => {
    setVnNow('2025-03-03 09:00')
    const { reporter, agency } = await createReportingAgency(payload, head)
    const overdue = await raise(reporter)
    setVnNow('2025-03-10 09:00')
    await raise(reporter)
    setVnNow('2025-03-19 09:00')
    const { docs } = await payload.find({
      collection: 'feedback',
      where: {
        agency: { equals: agency.id },
        status: { in: ['received', 'under-review'] },
        dueOn: { less_than: day('2025-03-19') },
      },
      depth: 0,
    })
    expect(docs.map((item) => item.id)).toEqual([overdue.id])
  })

  it('records the meeting an item was raised at when the standing body files it (R12.4)', async () => {
    setVnNow('2025-03-03 09:00')
    const world = await createMeetingWorld(payload)
    const meeting = await planMeeting(payload, world, '2025-04')
    const item = await raise(world.secretariat, {
      agency: world.members[0].agency.id,
      sourceMeeting: meeting.id,
    })
    expect({ origin: item.origin, sourceMeeting: item.sourceMeeting }).toEqual({
      origin: 'meeting',
      sourceMeeting: meeting.id,
    })
  })
})
