import type { Payload } from 'payload'

import type { FeedbackKind, FeedbackStatus } from '../hooks/rules/feedback'
import { vnDayStart } from '../src/lib/clock'
import type { FeedbackOriginContext } from '../src/lib/context'
import type { AgencyIds, AgencyKey } from './agencies'
import type { PersonIds, PersonKey } from './people'
import { bump, required, SEED_OPTIONS, type Tally } from './shared'

type FeedbackSeed = {
  kind: FeedbackKind
  agency: AgencyKey
  author: PersonKey
  title: string
  content: string
  receivedOn: string
  /** From a monthly report: the report it was written in. */
  fromReport?: string
  /** Where the standing body has taken it, on which day, with which answer. */
  status: FeedbackStatus
  reviewedOn?: string
  respondedOn?: string
  response?: string
}

/** Obstacles, proposals and an amendment proposal in every status (R6.1, R14.3). */
export const FEEDBACK: FeedbackSeed[] = [
  {
    kind: 'obstacle',
    agency: 'department:STP',
    author: 'reporter',
    title: 'Phần mềm hộ tịch chưa đồng bộ dữ liệu khai sinh với CSDL quốc gia về dân cư',
    content:
      'Từ sau ngày 01/7/2025, một số xã mới sáp nhập chưa đồng bộ được dữ liệu khai sinh lên Cơ sở dữ liệu quốc gia về dân cư do chưa được cấp lại tài khoản kết nối.',
    receivedOn: '2025-07-15',
    status: 'answered',
    reviewedOn: '2025-07-16',
    respondedOn: '2025-07-22',
    response:
      'Công an tỉnh đã đề nghị Cục C06 cấp lại tài khoản kết nối cho 35 xã; Sở Tư pháp hướng dẫn các xã đồng bộ lại dữ liệu trước ngày 31/7/2025.',
  },
  {
    kind: 'proposal',
    agency: 'department:SYT',
    author: 'healthAide',
    title: 'Đề nghị bổ sung kinh phí đầu tư đầu đọc căn cước cho trạm y tế xã',
    content:
      'Đề nghị Tổ công tác báo cáo UBND tỉnh bố trí kinh phí trang bị thiết bị đọc căn cước gắn chíp cho các trạm y tế xã để khám chữa bệnh bảo hiểm y tế.',
    receivedOn: '2025-09-18',
    fromReport: 'Báo cáo tháng 9/2025 của Sở Y tế',
    status: 'answered',
    reviewedOn: '2025-09-19',
    respondedOn: '2025-10-06',
    response:
      'Đã tổng hợp vào dự toán năm 2026 của Sở Y tế; Tổ công tác đề nghị Sở Tài chính thẩm định.',
  },
  {
    kind: 'obstacle',
    agency: 'district:502',
    author: 'tamKyAide',
    title: 'Người cao tuổi gặp khó khăn khi kích hoạt tài khoản định danh điện tử',
    content:
      'Nhiều người cao tuổi không có điện thoại thông minh nên không kích hoạt được tài khoản định danh điện tử mức độ 2.',
    receivedOn: '2025-03-17',
    status: 'answered',
    reviewedOn: '2025-03-18',
    respondedOn: '2025-03-25',
    response:
      'Công an các xã, phường tổ chức kích hoạt lưu động tại nhà; Đoàn Thanh niên hỗ trợ hướng dẫn sử dụng.',
  },
  {
    kind: 'amendment-proposal',
    agency: 'department:STP',
    author: 'reporter',
    title: 'Đề nghị sửa Quy chế: hạn gửi báo cáo tháng trước ngày 20',
    content:
      'Số liệu hộ tịch tháng được chốt ngày 15; đề nghị sửa Điều 12 khoản 3 Quy chế để các cơ quan gửi báo cáo tháng trước ngày 20 thay vì trước ngày 18.',
    receivedOn: '2026-03-05',
    status: 'forwarded-as-amendment',
    reviewedOn: '2026-03-06',
    respondedOn: '2026-03-20',
    response:
      'Cơ quan thường trực đã tổng hợp cùng ý kiến của các sở, báo cáo Tổ trưởng xem xét sửa đổi Điều 12 khoản 3 Quy chế.',
  },
  {
    kind: 'proposal',
    agency: 'department:SKHCN',
    author: 'science',
    title: 'Đề xuất dùng chung nền tảng tích hợp dữ liệu (LGSP) cho các kết nối với CSDL dân cư',
    content:
      'Đề xuất các hệ thống chuyên ngành của tỉnh kết nối Cơ sở dữ liệu quốc gia về dân cư qua nền tảng LGSP để giảm chi phí và bảo đảm an toàn thông tin.',
    receivedOn: '2026-10-12',
    status: 'under-review',
    reviewedOn: '2026-10-13',
  },
  {
    kind: 'obstacle',
    agency: 'vertical_agency:BHXH',
    author: 'insurance',
    title: 'Sai lệch thông tin giữa CSDL bảo hiểm và CSDL dân cư',
    content:
      'Khoảng 2% hồ sơ tham gia bảo hiểm y tế có ngày sinh khác với Cơ sở dữ liệu quốc gia về dân cư, cần cơ chế đối chiếu, điều chỉnh.',
    receivedOn: '2026-11-02',
    status: 'under-review',
    reviewedOn: '2026-11-04',
  },
  {
    kind: 'proposal',
    agency: 'department:STP',
    author: 'reporter',
    title: 'Đề nghị tập huấn sử dụng phiếu lý lịch tư pháp trên VNeID cho cán bộ xã',
    content:
      'Đề nghị Tổ giúp việc tổ chức tập huấn trực tuyến cho công chức tư pháp – hộ tịch các xã.',
    receivedOn: '2026-11-18',
    fromReport: 'Báo cáo tháng 10/2026 của Sở Tư pháp',
    status: 'received',
  },
  {
    kind: 'amendment-proposal',
    agency: 'department:SYT',
    author: 'health',
    title: 'Đề nghị bổ sung Quy chế về họp trực tuyến của Tổ công tác',
    content:
      'Đề nghị bổ sung quy định cho phép thành viên dự họp trực tuyến và được tính là có mặt khi biểu quyết.',
    receivedOn: '2026-11-20',
    status: 'received',
  },
]

type Context = { people: PersonIds; agencies: AgencyIds }

const onDay = (day: string, extra: Record<string, unknown> = {}) => ({
  ...SEED_OPTIONS,
  context: { ...SEED_OPTIONS.context, actingAt: vnDayStart(day), ...extra },
})

/** Creates the missing items (by title) and moves each to its status on the days it moved. */
export const seedFeedback = async (payload: Payload, ctx: Context, tally: Tally): Promise<void> => {
  const secretary = await payload.findByID({
    collection: 'users',
    id: required(ctx.people.get('secretary'), 'user secretary'),
    ...SEED_OPTIONS,
  })
  const existing = await payload.find({
    collection: 'feedback',
    where: { title: { in: FEEDBACK.map((item) => item.title) } },
    pagination: false,
    select: { title: true, status: true },
    ...SEED_OPTIONS,
  })
  const byTitle = new Map(existing.docs.map((doc) => [doc.title, doc]))
  for (const seed of FEEDBACK) {
    let item = byTitle.get(seed.title)
    if (!item) {
      const origin: FeedbackOriginContext | undefined = seed.fromReport
        ? { origin: 'monthly-report', ref: seed.fromReport, receivedOn: seed.receivedOn }
        : undefined
      item = await payload.create({
        collection: 'feedback',
        data: {
          kind: seed.kind,
          agency: required(ctx.agencies.get(seed.agency), `agency ${seed.agency}`),
          author: required(ctx.people.get(seed.author), `user ${seed.author}`),
          title: seed.title,
          content: seed.content,
          status: 'received',
        },
        ...onDay(seed.receivedOn, origin ? { feedbackOrigin: origin } : {}),
      })
      bump(tally, 'feedback')
    }
    if (item.status === 'received' && seed.reviewedOn) {
      item = await payload.update({
        collection: 'feedback',
        id: item.id,
        data: { status: 'under-review' },
        user: secretary,
        ...onDay(seed.reviewedOn),
      })
    }
    if (item.status === 'under-review' && seed.respondedOn && seed.status !== 'under-review') {
      await payload.update({
        collection: 'feedback',
        id: item.id,
        data: { status: seed.status, response: seed.response },
        user: secretary,
        ...onDay(seed.respondedOn),
      })
    }
  }
}
