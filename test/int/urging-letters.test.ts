// R7.2: the Support Group urges an agency in writing (văn bản đôn đốc): drafted from its overdue
// tasks and late or missing monthly reports, issued through the register, sent to the agency
// through the outbox and counted on the agency scorecard (R3.5: the record for commendation).
import { readFileSync } from 'node:fs'
import path from 'node:path'

import JSZip from 'jszip'
import { createLocalReq, type Payload, type Where } from 'payload'
import { parse } from 'qs-esm'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Agency, Document } from '../../payload-types'
import { issueDocument } from '../../collections/Documents/issue'
import { loadDashboard, parseFilters } from '../../dashboards/queries'
import { createAgency, day, unique } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectInvalid } from '../helpers/refusals'
import { rest, tokenOf } from '../helpers/budget'
import { setVnNow } from '../helpers/reports'
import { vnAt } from '../helpers/meetings'
import { adoptCharter, createSigners, type Signers } from '../helpers/signers'

let payload: Payload
let s: Signers
let urged: Agency
let other: Agency
let calm: Agency
const tokens: Partial<Record<keyof Signers['users'], string>> = {}

const system = { overrideAccess: true, depth: 0 } as const

const assign = (agency: number, code: string, data: Record<string, unknown>) =>
  payload.create({
    collection: 'tasks',
    data: {
      code,
      title: `Nhiệm vụ ${code}`,
      source: 'provincial-plan',
      leadAgency: agency,
      assignedBy: s.users.head.id,
      assignedOn: day('2025-01-06'),
      ...data,
    } as never,
    ...system,
  })

/** A monthly report as stored once sent (or a draft, never sent). */
const report = (agency: number, period: string, submittedAt: string | null) =>
  payload.db.create({
    collection: 'reports',
    data: {
      agency,
      period,
      title: `Báo cáo tháng ${period}`,
      status: submittedAt ? 'submitted' : 'draft',
      deadline: day(`${period}-17`),
      submittedAt: submittedAt ? vnAt(submittedAt) : null,
    },
  })

const draftFor = (body: unknown, user: keyof Signers['users'] | null = 'secretary') =>
  rest('/documents/urging-draft', {
    method: 'POST',
    token: user ? tokens[user] : undefined,
    body,
  })

const messageOf = async (response: Response) =>
  ((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message

const textOf = (xml: string) => xml.replace(/<[^>]+>/g, '')

/** The letter's paragraphs' text, and the rows of its bordered tables (cells' text). */
const docxOf = async (doc: Document) => {
  const media = await payload.findByID({ collection: 'media', id: doc.file as number, depth: 0 })
  const zip = await JSZip.loadAsync(
    readFileSync(path.join(process.env.MEDIA_DIR!, media.filename!)),
  )
  const xml = await zip.file('word/document.xml')!.async('string')
  const rows = xml
    .split('<w:tr>')
    .slice(1)
    .map((row) =>
      row
        .split('</w:tr>')[0]
        .split('<w:tc>')
        .slice(1)
        .map((cell) => textOf(cell.split('</w:tc>')[0])),
    )
  return { text: textOf(xml.replace(/<w:p[ >]/g, '\n$&')), rows }
}

const issueAs = async (doc: Document) => {
  await payload.update({
    collection: 'documents',
    id: doc.id,
    data: { signer: s.users.head.id, signingForm: 'TM' },
    overrideAccess: false,
    user: s.users.secretary,
  })
  return issueDocument(payload, doc.id, { user: s.users.secretary })
}

let drafted: Document

beforeAll(async () => {
  payload = await initPayload()
  await adoptCharter(payload)
  s = await createSigners(payload)
  for (const key of ['secretary', 'admin', 'reporter', 'head'] as const) {
    tokens[key] = await tokenOf(payload, s.users[key])
  }
  urged = await createAgency(payload, {
    kind: 'department',
    contactEmail: 'vanthu.soyte@example.vn',
    validFrom: day('2024-01-01'),
  })
  other = await createAgency(payload, { kind: 'department', validFrom: day('2024-01-01') })
  calm = await createAgency(payload, { kind: 'department', validFrom: day('2025-06-01') })
  await assign(urged.id, 'NV-02', { dueDate: day('2025-05-31') })
  await assign(urged.id, 'NV-01', { dueDate: day('2025-06-10') })
  await assign(urged.id, 'NV-03', { dueDate: day('2025-06-20') }) // due on the day: not overdue
  await assign(urged.id, 'NV-04', { dueDate: day('2025-05-10'), completedOn: day('2025-05-09') })
  await assign(other.id, 'NV-09', { dueDate: day('2025-03-10') })
  // Vietnam time: 23:30 on the 17th is on time, 00:30 on the 18th is late.
  await report(urged.id, '2025-01', '2025-01-17 23:30')
  await report(urged.id, '2025-02', '2025-02-18 00:30')
  await report(urged.id, '2025-04', null)
  await report(urged.id, '2025-05', '2025-05-16 09:00')
  await report(urged.id, '2025-06', '2025-06-16 09:00')
  await report(calm.id, '2025-06', '2025-06-12 09:00')
  setVnNow('2025-06-23 09:00')
  const response = await draftFor({ agency: urged.id, asOf: '2025-06-20' })
  expect(response.status).toBe(201)
  drafted = ((await response.json()) as { doc: Document }).doc
  // One boot, signers and their seats: slow on a busy PostgreSQL.
}, 240_000)

afterEach(() => {
  vi.useRealTimers()
})

describe('drafting an urging letter (R7.2)', () => {
  it('R7.2 drafts a register draft of the new kind, addressed to the urged agency', () => {
    expect(drafted).toMatchObject({
      kind: 'urging-letter',
      status: 'draft',
      title: 'V/v đôn đốc thực hiện nhiệm vụ Đề án 06 và chế độ báo cáo',
      urgedAgency: urged.id,
      recipients: `- ${urged.name};\n- Tổ trưởng, các Tổ phó Tổ công tác (để b/c);\n- Lưu: VT, TGV.`,
    })
    expect(drafted.file).toBeTruthy()
  })

  it('R7.2 lists exactly the overdue tasks and the late or missing reports as of the day (Vietnam time)', async () => {
    const { rows } = await docxOf(drafted)
    expect(rows.filter((row) => row.length === 5)).toEqual([
      ['STT', 'Mã nhiệm vụ', 'Nội dung nhiệm vụ', 'Hạn hoàn thành', 'Số ngày quá hạn'],
      ['1', 'NV-02', 'Nhiệm vụ NV-02', '31/05/2025', '20'],
      ['2', 'NV-01', 'Nhiệm vụ NV-01', '10/06/2025', '10'],
    ])
    expect(rows.filter((row) => row.length === 4)).toEqual([
      ['STT', 'Báo cáo tháng', 'Hạn gửi', 'Tình trạng'],
      ['1', '02/2025', '17/02/2025', 'Gửi chậm (ngày 18/02/2025)'],
      ['2', '03/2025', '17/03/2025', 'Chưa gửi'],
      ['3', '04/2025', '17/04/2025', 'Chưa gửi'],
    ])
  })

  it('R7.2 writes the Decree 30 letter: addressee, summary, requests and the working day to answer by', async () => {
    const { text } = await docxOf(drafted)
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số:       /TCT',
      'V/v đôn đốc thực hiện nhiệm vụ Đề án 06 và chế độ báo cáo',
      `Kính gửi: ${urged.name}.`,
      `tổng hợp đến ngày 20/06/2025, ${urged.name} còn 2 nhiệm vụ được giao chủ trì đã quá hạn nhưng chưa hoàn thành và 3 kỳ báo cáo tháng chưa gửi hoặc gửi chậm hạn`,
      'Hoàn thiện, gửi ngay các báo cáo tháng còn thiếu',
      // Friday 20/06/2025 + 5 working days.
      'trước ngày 27/06/2025',
      'TM. TỔ CÔNG TÁC',
    ]) {
      expect(text).toContain(expected)
    }
    expect(text).not.toMatch(/R7\.2|urging/)
  })
})

const rowOf = async (agency: number, today: string, viewer = s.users.head) => {
  const data = await loadDashboard(
    await createLocalReq({ user: { ...viewer, collection: 'users' } as never }, payload),
    parseFilters({ period: today.slice(0, 7), from: `${today.slice(0, 4)}-01` }, today),
    undefined,
    today,
  )
  return data.agencies.rows.find((row) => row.agency === agency)!
}

const countBehind = async (href: string) => {
  const [target, query] = href.split('?')
  expect(target).toBe('/admin/collections/documents')
  const { where } = parse(query ?? '', { depth: 10 }) as { where?: Where }
  return (await payload.count({ collection: 'documents', where, overrideAccess: true })).totalDocs
}

describe('issuing and counting urging letters (R7.2, R3.5)', () => {
  it('R7.2 issues through the register and queues the letter to the agency with its file', async () => {
    setVnNow('2025-06-23 09:00')
    const issued = await issueAs(drafted)
    expect(issued).toMatchObject({ status: 'issued', symbol: '01/TCT', year: 2025 })
    const { docs } = await payload.find({
      collection: 'notifications',
      where: {
        relatedCollection: { equals: 'documents' },
        relatedId: { equals: String(issued.id) },
      },
      ...system,
    })
    expect(docs.map((row) => [row.recipient, row.kind])).toEqual([
      ['vanthu.soyte@example.vn', 'other'],
    ])
    expect(docs[0].subject).toBe(
      'Văn bản số 01/TCT V/v đôn đốc thực hiện nhiệm vụ Đề án 06 và chế độ báo cáo',
    )
    expect(docs[0].attachments?.map((file) => file.media)).toEqual([issued.file])
  })

  it('R7.2 R3.5 counts the year’s issued letters per agency, linked to exactly those letters', async () => {
    setVnNow('2025-06-24 09:00')
    // A second letter issued to the same agency, a draft never issued, one to another agency.
    const second = await draftFor({ agency: urged.id })
    expect(second.status).toBe(201)
    await issueAs(((await second.json()) as { doc: Document }).doc)
    expect((await draftFor({ agency: urged.id })).status).toBe(201)
    await issueAs(((await (await draftFor({ agency: other.id })).json()) as { doc: Document }).doc)
    const row = await rowOf(urged.id, '2025-06-24')
    expect([row.urgingLetters, await countBehind(row.urgingLettersHref)]).toEqual([2, 2])
    const otherRow = await rowOf(other.id, '2025-06-24')
    expect([otherRow.urgingLetters, await countBehind(otherRow.urgingLettersHref)]).toEqual([1, 1])
    // The way to draft the next one, for the standing body only.
    expect(row.urgeHref).toBeNull()
    expect((await rowOf(urged.id, '2025-06-24', s.users.secretary)).urgeHref).toBe(
      `/admin/collections/documents?urge=${urged.id}`,
    )
    expect(decodeURIComponent(row.urgingLettersHref)).toContain(
      `caption=Văn bản đôn đốc đã ban hành gửi ${urged.name} năm 2025`,
    )
  })
})

describe('refusals (R7.2)', () => {
  it('R7.2 answers 401 without a login, 403 to a reporter and to a leader without the role', async () => {
    const anonymous = await draftFor({ agency: urged.id }, null)
    expect([anonymous.status, await messageOf(anonymous)]).toEqual([401, 'Vui lòng đăng nhập.'])
    for (const user of ['reporter', 'head'] as const) {
      const response = await draftFor({ agency: urged.id }, user)
      expect([response.status, await messageOf(response)]).toEqual([
        403,
        'Bạn không có quyền thực hiện thao tác này.',
      ])
    }
  })

  it('R7.2 refuses an unknown agency, a malformed or future day, in Vietnamese', async () => {
    const before = (await payload.count({ collection: 'documents' })).totalDocs
    for (const [body, message] of [
      [{ agency: 999999 }, 'Không tìm thấy cơ quan, đơn vị cần đôn đốc.'],
      [{}, 'Không tìm thấy cơ quan, đơn vị cần đôn đốc.'],
      [{ agency: 'abc' }, 'Không tìm thấy cơ quan, đơn vị cần đôn đốc.'],
      [{ agency: urged.id, asOf: '20/06/2025' }, /^Ngày tổng hợp phải là một ngày hợp lệ/],
      [{ agency: urged.id, asOf: '2099-01-01' }, /không sau hôm nay/],
    ] as const) {
      const response = await draftFor(body, 'admin')
      expect(response.status).toBe(400)
      expect(await messageOf(response)).toMatch(message)
    }
    expect((await payload.count({ collection: 'documents' })).totalDocs).toBe(before)
  })

  it('R7.2 gives a clear message, not an empty letter, when there is nothing to urge', async () => {
    const response = await draftFor({ agency: calm.id, asOf: '2025-06-20' })
    expect([response.status, await messageOf(response)]).toEqual([
      400,
      `${calm.name} không có nhiệm vụ quá hạn và không chậm, thiếu báo cáo tháng nào tính đến ngày 20/06/2025: không có nội dung để đôn đốc.`,
    ])
  })

  it('R7.2 refuses to issue an urging letter without its urged agency', async () => {
    const letter = await payload.create({
      collection: 'documents',
      data: {
        kind: 'urging-letter',
        title: unique('V/v đôn đốc'),
        signer: s.users.head.id,
        signingForm: 'TM',
        status: 'draft',
      },
      overrideAccess: false,
      user: s.users.secretary,
      depth: 0,
    })
    await expectInvalid(
      issueDocument(payload, letter.id, { user: s.users.secretary }),
      /Vi phạm Điều 7 khoản 2: văn bản đôn đốc phải ghi rõ cơ quan được đôn đốc trước khi ban hành\./,
    )
    const stored = await payload.findByID({ collection: 'documents', id: letter.id, depth: 0 })
    expect(stored.status).toBe('draft')
  })
})
