import type { Payload } from 'payload'

import { issueDocument } from '../collections/Documents/issue'
import type { DocumentKind } from '../hooks/rules/documentRegister'
import type { SigningForm } from '../hooks/rules/signing'
import { defaultCalendar } from '../src/lib/calendar'
import { GROUPS } from './groups'
import type { PersonIds, PersonKey } from './people'
import { bump, required, SEED_OPTIONS, vnDay, type Tally } from './shared'

type DocumentSeed = {
  /** R2.4: the Support Group's own documents; the Working Group's otherwise. */
  group?: 'sg'
  kind: DocumentKind
  date: string
  title: string
  signer: PersonKey
  form: SigningForm
  recipients: string[]
}

const MEMBERS = '- Các thành viên Tổ công tác;'
const FILED = '- Lưu: VT, PC06.'
const UP = ['- Văn phòng Chính phủ;', '- Bộ Công an (C06);', '- TT Tỉnh ủy, HĐND tỉnh;']
const pad = (n: number) => String(n).padStart(2, '0')
const onWorkingDay = (day: string) =>
  defaultCalendar.isWorkingDay(day) ? day : defaultCalendar.addWorkingDays(day, 1)

/**
 * 2025, month by month: the SG Head invites to the regular meeting by order of the Head (TL.,
 * R2.4) and, after the quarterly meetings, a Deputy signs the conclusion notice for the Head (KT.);
 * the monthly reports are registered when the aggregate reports are issued (seed/aggregates.ts); the Head signs the programme and a decision on behalf of the
 * group (TM.); the office's Deputy signs official letters. In 2026 the Standing Deputy signs for
 * the Head under the written delegation 15/GUQ-TCT (R4.5).
 */
const monthly = (month: number): DocumentSeed[] => {
  const mm = pad(month)
  const meeting = `Giấy mời họp Tổ công tác triển khai Đề án 06 tháng ${month}/2025`
  const docs: DocumentSeed[] = [
    {
      kind: 'invitation',
      date: `2025-${mm}-02`,
      title: meeting,
      signer: 'sgHead',
      form: 'TL',
      recipients: [MEMBERS, '- Tổ giúp việc;', FILED],
    },
  ]
  if ([1, 3, 6, 9, 12].includes(month)) {
    docs.push({
      kind: 'conclusion-notice',
      date: `2025-${mm}-09`,
      title: `Thông báo kết luận của Tổ trưởng Tổ công tác tại cuộc họp tháng ${month}/2025`,
      signer: 'deputy',
      form: 'KT',
      recipients: [MEMBERS, '- Các sở, ban, ngành, địa phương;', FILED],
    })
  }
  return docs
}

export const DOCUMENTS: DocumentSeed[] = (
  [
    {
      kind: 'programme',
      date: '2025-01-13',
      title: 'Chương trình công tác năm 2025 của Tổ công tác triển khai Đề án 06 tỉnh',
      signer: 'head',
      form: 'TM',
      recipients: [...UP, MEMBERS, FILED],
    },
    {
      kind: 'decision',
      date: '2025-07-03',
      title: 'Quyết định kiện toàn Tổ giúp việc Tổ công tác triển khai Đề án 06 tỉnh',
      signer: 'head',
      form: 'TM',
      recipients: ['- Như Điều 3;', '- Bộ Công an (C06);', FILED],
    },
    {
      kind: 'official-letter',
      date: '2025-04-14',
      title: 'V/v đôn đốc làm sạch dữ liệu hộ tịch trước khi sắp xếp đơn vị hành chính cấp xã',
      signer: 'officeDeputy',
      form: 'KT',
      recipients: ['- Sở Tư pháp;', '- UBND các huyện, thị xã, thành phố;', FILED],
    },
    {
      // R4.2: the Head on leave (04–08/08/2025): the Standing Deputy signs KT. by position.
      kind: 'official-letter',
      date: '2025-08-06',
      title: 'V/v đôn đốc hoàn thành chỉ tiêu kích hoạt định danh điện tử mức 2 quý III/2025',
      signer: 'standingDeputy',
      form: 'KT',
      recipients: ['- Các sở, ban, ngành;', '- UBND các xã, phường;', FILED],
    },
    {
      // R2.4: the Support Group's own plan, signed by its Head "TM. TỔ GIÚP VIỆC".
      group: 'sg',
      kind: 'plan',
      date: '2025-01-20',
      title: 'Kế hoạch công tác năm 2025 của Tổ giúp việc Tổ công tác Đề án 06 tỉnh',
      signer: 'sgHead',
      form: 'TM',
      recipients: ['- Thường trực Tổ công tác (để b/c);', '- Thành viên Tổ giúp việc;', FILED],
    },
    {
      group: 'sg',
      kind: 'report',
      date: '2025-07-07',
      title: 'Báo cáo kết quả hoạt động 6 tháng đầu năm 2025 của Tổ giúp việc',
      signer: 'sgHead',
      form: 'TM',
      recipients: ['- Tổ trưởng, Thường trực Tổ công tác (để b/c);', FILED],
    },
    {
      kind: 'official-letter',
      date: '2025-10-21',
      title: 'V/v cung cấp số liệu phục vụ sơ kết 3 năm triển khai Đề án 06',
      signer: 'officeDeputy',
      form: 'KT',
      recipients: ['- Các sở, ban, ngành;', '- UBND các xã, phường;', FILED],
    },
    ...Array.from({ length: 12 }, (_, index) => monthly(index + 1)).flat(),
    {
      kind: 'conclusion-notice',
      date: '2026-03-10',
      title: 'Thông báo kết luận của Tổ trưởng Tổ công tác tại cuộc họp tháng 3/2026',
      signer: 'standingDeputy',
      form: 'KT',
      recipients: [MEMBERS, FILED],
    },
  ] satisfies DocumentSeed[]
)
  // Documents bear working days (Saturdays, Sundays and holidays move to the next working day).
  .map((doc) => ({ ...doc, date: onWorkingDay(doc.date) }))
  .sort((a, b) => (a.date === b.date ? a.kind.localeCompare(b.kind) : a.date < b.date ? -1 : 1))

type Context = { people: PersonIds }

/**
 * Registers the missing documents (by title) in date order and issues them as the secretariat
 * would, so their numbers run 01, 02… per kind and year; a draft left by an interrupted run is
 * issued on the next one.
 */
export const seedDocuments = async (
  payload: Payload,
  ctx: Context,
  tally: Tally,
): Promise<void> => {
  const secretary = await payload.findByID({
    collection: 'users',
    id: required(ctx.people.get('secretary'), 'user secretary'),
    ...SEED_OPTIONS,
  })
  const existing = await payload.find({
    collection: 'documents',
    where: { title: { in: DOCUMENTS.map((doc) => doc.title) } },
    pagination: false,
    select: { title: true, status: true },
    ...SEED_OPTIONS,
  })
  const byTitle = new Map(existing.docs.map((doc) => [doc.title, doc]))
  const supportGroup = await payload.find({
    collection: 'working-groups',
    where: { name: { equals: GROUPS.sg.name } },
    limit: 1,
    ...SEED_OPTIONS,
  })
  for (const seed of DOCUMENTS) {
    let doc = byTitle.get(seed.title)
    if (doc?.status === 'issued') continue
    if (!doc) {
      doc = await payload.create({
        collection: 'documents',
        data: {
          group: seed.group === 'sg' ? supportGroup.docs[0]?.id : undefined,
          kind: seed.kind,
          date: vnDay(seed.date),
          title: seed.title,
          signer: required(ctx.people.get(seed.signer), `user ${seed.signer}`),
          signingForm: seed.form,
          recipients: seed.recipients.join('\n'),
          status: 'draft',
        },
        ...SEED_OPTIONS,
      })
    }
    await issueDocument(payload, doc.id, { user: secretary, context: SEED_OPTIONS.context })
    bump(tally, 'documents')
  }
}
