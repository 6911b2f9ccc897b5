// R7.6 R7.5: the Support Group's periodic report says which ad-hoc data calls it sent in the
// period, with their dates and how the agencies answered (on time, late, not yet, accepted); the
// DOCX prints the section, or one sentence when no call was sent.
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import JSZip from 'jszip'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { saveAnswers } from '../../collections/DataCallResponses/answers'
import { issueSupportGroupReport } from '../../collections/SupportGroupReports/issue'
import type { SupportGroupReport, User } from '../../payload-types'
import type { SupportGroupFigures } from '../../src/supportGroupReport/figures'
import {
  as,
  createCallWorld,
  draftCall,
  goodAnswers,
  openCall,
  responsesOf,
  type CallWorld,
} from '../helpers/dataCalls'
import { initPayload } from '../helpers/payload'
import { setVnNow } from '../helpers/reports'
import { adoptCharter, createSigners, type Signers } from '../helpers/signers'

const COLLECTION = 'support-group-reports'
const TITLE = 'Số điểm tiếp nhận hồ sơ căn cước tại cấp xã'

let payload: Payload
let s: Signers
let world: CallWorld
let october: SupportGroupReport
let august: SupportGroupReport

const reqOf = (user: User) =>
  createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
const create = (data: Record<string, unknown>) =>
  payload.create({ collection: COLLECTION, data: data as never, ...as(s.users.secretary) })
const figuresOf = (report: SupportGroupReport) => report.figures as unknown as SupportGroupFigures

const docxText = async (report: SupportGroupReport) => {
  const media = await payload.findByID({ collection: 'media', id: report.docxFile as number })
  const zip = await JSZip.loadAsync(
    await readFile(path.join(process.env.MEDIA_DIR ?? '', media.filename ?? '')),
  )
  return zip.file('word/document.xml')!.async('string')
}

beforeAll(async () => {
  payload = await initPayload()
  await adoptCharter(payload)
  s = await createSigners(payload)
  world = await createCallWorld(payload)
  const [first, second] = world.agencies
  // October's data run from 15/09 to 14/10/2026. Sent on Thursday 01/10, due in 3 working days.
  const call = await draftCall(payload, world.secretariat, {
    title: TITLE,
    agencies: [first!.id, second!.id],
  })
  setVnNow('2026-10-01 10:00')
  await openCall(payload, world.secretariat, call.id)
  const [answered] = await responsesOf(payload, call.id)
  setVnNow('2026-10-02 09:00')
  await saveAnswers(await reqOf(world.reporters[0]!), answered!.id, goodAnswers() as never, {
    source: 'online',
    submit: true,
  })
  await payload.update({
    collection: 'data-call-responses',
    id: answered!.id,
    data: { status: 'accepted' },
    ...as(world.secretariat),
  })
  // Not in October's report: a call still in draft, and one sent after the period's data ended.
  await draftCall(payload, world.secretariat, { title: 'Dự thảo chưa gửi', agencies: [first!.id] })
  const later = await draftCall(payload, world.secretariat, {
    title: 'Yêu cầu gửi sau kỳ',
    agencies: [first!.id],
  })
  setVnNow('2026-10-20 10:00')
  await openCall(payload, world.secretariat, later.id)
  setVnNow('2026-11-20 09:00')
  october = await create({ period: '2026-10' })
  august = await create({ period: '2026-08' })
}, 300_000)

afterAll(() => {
  vi.useRealTimers()
})

describe('the data calls in the Support Group’s report (R7.6, R7.5)', () => {
  it('R7.6 R7.5 lists the call sent in the period: dates, agencies asked, on time, late, missing, accepted', () => {
    expect(figuresOf(october).dataCalls).toEqual([
      {
        title: TITLE,
        sentOn: '2026-10-01',
        dueOn: '2026-10-06',
        asked: 2,
        onTime: 1,
        late: 0,
        missing: 1,
        accepted: 1,
      },
    ])
    expect(october.content).toContain(
      `7. Yêu cầu cơ quan, đơn vị, địa phương báo cáo nhanh số liệu\nTổ giúp việc gửi 1 yêu cầu báo cáo nhanh số liệu:\n- ${TITLE} (gửi ngày 01/10/2026, hạn trả lời 06/10/2026): 2 cơ quan, đơn vị, địa phương được đề nghị; 1 trả lời đúng hạn, 0 trả lời chậm hạn, 1 chưa trả lời; đã tiếp nhận số liệu của 1 cơ quan, đơn vị.`,
    )
  })

  it('R7.6 R7.5 says in one sentence that no call was sent in a period without one', () => {
    expect(figuresOf(august).dataCalls).toEqual([])
    expect(august.content).toContain(
      '7. Yêu cầu cơ quan, đơn vị, địa phương báo cáo nhanh số liệu\nTổ giúp việc không gửi yêu cầu báo cáo nhanh số liệu trong kỳ.',
    )
  })

  it('R7.6 R7.5 prints the section in the issued DOCX, after the Standing’s sessions', async () => {
    const issued = await issueSupportGroupReport(await reqOf(s.users.secretary), october.id)
    const xml = await docxText(issued)
    const order = [
      '6. Thường trực Tổ công tác làm việc với cơ quan, đơn vị, địa phương',
      '7. Yêu cầu cơ quan, đơn vị, địa phương báo cáo nhanh số liệu',
      'Tổ giúp việc gửi 1 yêu cầu báo cáo nhanh số liệu:',
      `- ${TITLE} (gửi ngày 01/10/2026, hạn trả lời 06/10/2026): 2 cơ quan, đơn vị, địa phương được đề nghị; 1 trả lời đúng hạn, 0 trả lời chậm hạn, 1 chưa trả lời; đã tiếp nhận số liệu của 1 cơ quan, đơn vị.`,
      'II. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
    ].map((text) => xml.indexOf(text))
    expect(order.every((at) => at >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(xml).not.toContain('Yêu cầu gửi sau kỳ')
    expect(xml).not.toContain('Dự thảo chưa gửi')
  })
})
