// R7.6: the Support Group's periodic report to the Working Group: generated from the period's
// data (the dashboard's figures), issued through the register with the Support Group's number,
// signed "TM. TỔ GIÚP VIỆC" by its Head, as a Decree 30 DOCX, then frozen.
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import JSZip from 'jszip'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { issueSupportGroupReport } from '../../collections/SupportGroupReports/issue'
import { loadDashboard, parseFilters } from '../../dashboards/queries'
import { rebuildRollups } from '../../src/rollups/rebuild'
import type { DashboardData } from '../../dashboards/types'
import type { SupportGroupReport, User } from '../../payload-types'
import type { SupportGroupFigures } from '../../src/supportGroupReport/figures'
import { day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectForbidden, expectInvalid } from '../helpers/refusals'
import { createReport, createReportingAgency, setVnNow, updateReport } from '../helpers/reports'
import { adoptCharter, createSigners, type Signers } from '../helpers/signers'

const COLLECTION = 'support-group-reports'

let payload: Payload
let s: Signers
let dashboard: DashboardData
let october: SupportGroupReport

const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const
const requestOf = (user: User) =>
  createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
const create = (data: Record<string, unknown>, user: User = s.users.secretary) =>
  payload.create({ collection: COLLECTION, data: data as never, ...as(user) })
const issue = async (id: number, user: User = s.users.secretary) =>
  issueSupportGroupReport(await requestOf(user), id)
const figuresOf = (report: SupportGroupReport) => report.figures as unknown as SupportGroupFigures
const reportsCount = async () => (await payload.count({ collection: COLLECTION })).totalDocs
const documentsCount = async () => (await payload.count({ collection: 'documents' })).totalDocs

/** A meeting as its lifecycle leaves it, written straight through the adapter (fixture data). */
const heldMeeting = (group: number, start: string, conclusions: string | null) =>
  payload.db.create({
    collection: 'meetings',
    data: {
      group,
      kind: conclusions ? 'regular' : 'sg',
      start: day(start),
      status: conclusions ? 'conclusions-issued' : 'held',
      invitedMembers: [s.memberSeat.id],
      attendance: [
        { id: randomBytes(12).toString('hex'), member: s.memberSeat.id, presence: 'present' },
      ],
      conclusions: conclusions ? { number: conclusions, issuedAt: day(start) } : {},
    },
  })

beforeAll(async () => {
  payload = await initPayload()
  await adoptCharter(payload)
  s = await createSigners(payload)
  await payload.update({
    collection: 'agencies',
    id: s.agencies.committee.id,
    data: { name: 'Ủy ban nhân dân tỉnh Quảng Nam' },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'working-groups',
    id: s.sg.id,
    data: { name: 'Tổ giúp việc Tổ công tác Đề án 06 tỉnh Quảng Nam' },
    overrideAccess: true,
  })
  const a = await createReportingAgency(payload, s.users.head)
  const b = await createReportingAgency(payload, s.users.head)
  await a.assign({ dueDate: day('2026-09-30'), completedOn: day('2026-09-20') })
  await a.assign({ assignedOn: day('2026-09-20'), dueDate: day('2026-10-01') })
  await b.assign({ dueDate: day('2026-10-10'), completedOn: day('2026-10-20') })
  await heldMeeting(s.wg.id, '2026-10-05', '12/TB-TCT')
  await heldMeeting(s.sg.id, '2026-09-28', null)
  await payload.db.create({
    collection: 'feedback',
    data: {
      kind: 'obstacle',
      agency: a.agency.id,
      title: 'Thiếu thiết bị đọc căn cước',
      content: 'Các xã chưa có thiết bị đọc thẻ.',
      status: 'received',
      receivedOn: day('2026-09-20'),
      dueOn: day('2026-10-03'),
    },
  })
  setVnNow('2026-10-15 09:00')
  const report = await createReport(payload, a.reporter, { agency: a.agency.id, period: '2026-10' })
  const taskLines = (report.taskLines ?? []).map((line) => ({
    ...line,
    overdueReason: line.status === 'open-overdue' ? 'Chờ kinh phí.' : null,
  }))
  await updateReport(payload, a.reporter, report.id, { taskLines, status: 'submitted' })
  setVnNow('2026-11-20 09:00')
  await rebuildRollups(payload)
  dashboard = await loadDashboard(
    await requestOf(s.users.secretary),
    parseFilters({ period: '2026-10', from: '2026-10' }, '2026-11-20'),
    undefined,
    '2026-11-20',
  )
  october = await create({ period: '2026-10', nextSteps: 'Đôn đốc nhiệm vụ quá hạn.' })
  // A whole world on a busy machine: the PostgreSQL boot alone can take a minute.
}, 300_000)

afterAll(() => {
  vi.useRealTimers()
})

describe('the report generated from the period’s data (R7.6)', () => {
  it('R7.6 counts tasks as the dashboard does for the same month', () => {
    const { tasks } = dashboard.headline
    const mine = figuresOf(october).tasks
    expect({
      total: mine.total,
      completed: mine.completed,
      onTimeRate: mine.onTimeRate,
      overdue: mine.overdue,
      day: mine.day,
    }).toEqual({
      total: tasks.total.value,
      completed: tasks.completed.value,
      onTimeRate: tasks.onTimeRate,
      overdue: tasks.openOverdue.value,
      day: '2026-10-14',
    })
    expect([mine.total, mine.assignedInPeriod]).toEqual([3, 1])
  })

  it('R7.6 counts the monthly reports as the dashboard does for the same month', () => {
    const { reports } = dashboard.headline
    expect(figuresOf(october).reports).toEqual([
      {
        period: '2026-10',
        expected: reports.expected,
        onTime: reports.onTime.value,
        late: reports.late.value,
        missing: reports.missing.value,
      },
    ])
    expect(reports.onTime.value).toBe(1)
  })

  it('R7.6 lists the meetings of both groups, the obstacles register and the sessions', () => {
    const figures = figuresOf(october)
    expect([figures.meetings, figures.feedback]).toEqual([
      [
        { group: 'sg', day: '2026-09-28', kind: 'sg', invited: 1, attended: 1, conclusions: null },
        {
          group: 'wg',
          day: '2026-10-05',
          kind: 'regular',
          invited: 1,
          attended: 1,
          conclusions: '12/TB-TCT',
        },
      ],
      { received: 1, resolved: 0, overdue: 1 },
    ])
    expect(october.content).toContain(
      'Họp thường kỳ ngày 05/10/2026: 1/1 thành viên dự họp; đã ban hành Thông báo kết luận số 12/TB-TCT',
    )
  })

  it('R7.6 takes a quarter when the charter settings say so, its three months’ reports', async () => {
    await payload.updateGlobal({
      slug: 'charter-settings',
      data: { supportGroupReportCadence: 'quarter' },
      overrideAccess: true,
    })
    try {
      await expectInvalid(create({ period: '2026-09' }), /^period: Tổ giúp việc báo cáo hằng quý/m)
      const q3 = await create({})
      expect([q3.period, q3.cadence, q3.title, figuresOf(q3).reports.map((m) => m.period)]).toEqual(
        [
          '2026-Q3',
          'quarter',
          'Kết quả hoạt động của Tổ công tác và Tổ giúp việc quý III/2026',
          ['2026-07', '2026-08', '2026-09'],
        ],
      )
    } finally {
      await payload.updateGlobal({
        slug: 'charter-settings',
        data: { supportGroupReportCadence: 'month' },
        overrideAccess: true,
      })
    }
  })
})

describe('bad input (R7.6)', () => {
  it('R7.6 refuses a period not yet ended, storing nothing', async () => {
    const before = await reportsCount()
    await expectInvalid(
      create({ period: '2026-12' }),
      /^period: Vi phạm Điều 7 khoản 6: kỳ báo cáo tháng 12\/2026 chưa kết thúc/m,
    )
    expect(await reportsCount()).toBe(before)
  })

  it('R7.6 refuses a second report for the same period', async () => {
    await expectInvalid(
      create({ period: '2026-10' }),
      /^period: Vi phạm Điều 7 khoản 6: báo cáo định kỳ của Tổ giúp việc tháng 10\/2026 đã được lập/m,
    )
  })

  it('R7.6 refuses a period of the wrong type', async () => {
    await expectInvalid(create({ period: 'tháng 9' }), /^period: Tổ giúp việc báo cáo hằng tháng/m)
  })

  it('R7.6 lets neither a reporter nor an anonymous caller prepare a report', async () => {
    await expectForbidden(create({ period: '2026-08' }, s.users.reporter))
    await expectForbidden(
      payload.create({
        collection: COLLECTION,
        data: { period: '2026-08', status: 'draft' },
        overrideAccess: false,
      }),
    )
  })

  it('R7.6 lets neither a leader nor an anonymous caller issue a report', async () => {
    await expectForbidden(issue(october.id, s.users.head))
    await expectForbidden(issueSupportGroupReport(await createLocalReq({}, payload), october.id))
  })

  it('R7.6 R2.4 refuses an issue signed by someone who is not the Support Group Head that day', async () => {
    const august = await create({ period: '2026-08', signer: s.users.deputy.id })
    const documents = await documentsCount()
    await expectInvalid(issue(august.id), /^signer: Vi phạm Điều 2 khoản 4: /m)
    expect([await documentsCount(), (await stored(august.id)).status]).toEqual([documents, 'draft'])
  })
})

const stored = (id: number) => payload.findByID({ collection: COLLECTION, id, depth: 0 })

describe('the issue through the register (R7.6, R2.4)', () => {
  let issued: SupportGroupReport

  beforeAll(async () => {
    const september = await create({ period: '2026-09' })
    const first = await issue(september.id)
    const documents = await documentsCount()
    issued = await issue(october.id)
    const entry = await payload.findByID({
      collection: 'documents',
      id: issued.document as number,
      depth: 0,
    })
    const previous = await payload.findByID({
      collection: 'documents',
      id: first.document as number,
      depth: 0,
    })
    expect([await documentsCount(), entry.number, entry.group, entry.signer]).toEqual([
      documents + 1,
      (previous.number ?? 0) + 1,
      s.sg.id,
      s.users.sgHead.id,
    ])
  }, 180_000)

  it('R7.6 creates one register record with the next number, signed by the SG Head', () => {
    expect([issued.status, issued.signer, issued.symbol]).toEqual([
      'issued',
      s.users.sgHead.id,
      expect.stringMatching(/^\d+\/BC-/),
    ])
  })

  it('R7.6 writes the DOCX in the Decree 30 layout, signed TM. TỔ GIÚP VIỆC by its Head', async () => {
    const media = await payload.findByID({ collection: 'media', id: issued.docxFile as number })
    const zip = await JSZip.loadAsync(
      await readFile(path.join(process.env.MEDIA_DIR ?? '', media.filename ?? '')),
    )
    const xml = await zip.file('word/document.xml')!.async('string')
    for (const text of [
      'UBND TỈNH QUẢNG NAM',
      'TỔ GIÚP VIỆC TỔ CÔNG TÁC ĐỀ ÁN 06',
      `Số: ${issued.symbol}`,
      'Quảng Nam, ngày 20 tháng 11 năm 2026',
      'Kết quả hoạt động của Tổ công tác và Tổ giúp việc tháng 10/2026',
      '(Số liệu từ ngày 15/09/2026 đến ngày 14/10/2026)',
      'I. KẾT QUẢ HOẠT ĐỘNG',
      '1. Hoạt động của Tổ công tác',
      '3. Tình hình thực hiện nhiệm vụ được giao',
      'II. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
      'Đôn đốc nhiệm vụ quá hạn.',
      'III. ĐỀ XUẤT, KIẾN NGHỊ',
      'Nơi nhận:',
      'TM. TỔ GIÚP VIỆC',
      'TỔ TRƯỞNG',
      s.users.sgHead.fullName,
    ]) {
      expect(xml, text).toContain(text)
    }
  })

  it('R7.6 freezes the issued report: no edit, no delete, no second issue', async () => {
    const documents = await documentsCount()
    await expectInvalid(
      payload.update({
        collection: COLLECTION,
        id: issued.id,
        data: { proposals: 'Sửa' },
        ...as(s.users.secretary),
      }),
      /^status: Vi phạm Điều 7 khoản 6: báo cáo đã ban hành không được sửa hoặc xóa\./m,
    )
    await expectInvalid(issue(issued.id), /Vi phạm Điều 7 khoản 6/)
    await expect(
      payload.delete({ collection: COLLECTION, id: issued.id, ...as(s.users.secretary) }),
    ).rejects.toThrow(/không được sửa hoặc xóa/)
    expect([await documentsCount(), (await stored(issued.id)).proposals]).toEqual([documents, null])
  })
})
