import type { Payload } from 'payload'

import type { SessionKind } from '../hooks/rules/workingSessions'
import { vnDayStart } from '../src/lib/clock'
import type { AgencyIds, AgencyKey } from './agencies'
import type { PersonIds, PersonKey } from './people'
import { bump, required, SEED_OPTIONS, vnDay, type Tally } from './shared'

type SessionSeed = {
  date: string
  kind: SessionKind
  agency: AgencyKey
  chair: PersonKey
  subject: string
  participants: string
  content: string
  conclusions: { content: string; dueDate: string }[]
}

// R12.2: the Standing's working sessions with agencies and localities (fictional content).
const SESSIONS: SessionSeed[] = [
  {
    date: '2025-04-15',
    kind: 'periodic',
    agency: 'district:502',
    chair: 'head',
    subject: 'Nghe báo cáo tiến độ cấp căn cước và định danh điện tử mức 2 trên địa bàn thành phố',
    participants: 'Thường trực Tổ công tác; lãnh đạo UBND thành phố Tam Kỳ; Công an thành phố.',
    content:
      'Đã thu nhận 96% hồ sơ căn cước; còn chậm ở nhóm học sinh và người cao tuổi không đi lại được.',
    conclusions: [
      {
        content: 'Hoàn thành thu nhận hồ sơ căn cước cho học sinh lớp 12 trước kỳ thi tốt nghiệp',
        dueDate: '2025-05-31',
      },
      {
        content: 'Tổ chức thu nhận lưu động tại nhà cho người cao tuổi, người khuyết tật',
        dueDate: '2025-06-20',
      },
    ],
  },
  {
    date: '2025-10-08',
    kind: 'ad-hoc',
    agency: 'department:SYT',
    chair: 'head',
    subject: 'Làm việc về khám chữa bệnh bằng căn cước và kết nối sổ sức khỏe điện tử',
    participants: 'Thường trực Tổ công tác; Ban Giám đốc Sở Y tế; đại diện Bảo hiểm xã hội tỉnh.',
    content:
      'Các bệnh viện tuyến tỉnh đã tiếp đón bằng căn cước; nhiều trạm y tế xã chưa có thiết bị đọc thẻ.',
    conclusions: [
      {
        content: 'Trang bị thiết bị đọc căn cước gắn chip cho các trạm y tế xã còn thiếu',
        dueDate: '2025-12-31',
      },
    ],
  },
  {
    date: '2026-11-12',
    kind: 'periodic',
    agency: 'department:SGDDT',
    chair: 'head',
    subject:
      'Nghe báo cáo làm sạch dữ liệu học sinh, giáo viên với Cơ sở dữ liệu quốc gia về dân cư',
    participants: 'Thường trực Tổ công tác; lãnh đạo Sở Giáo dục và Đào tạo; Công an tỉnh (PC06).',
    content: 'Đã đối chiếu 92% hồ sơ học sinh; còn sai lệch ngày sinh, nơi cư trú ở một số trường.',
    conclusions: [
      {
        content: 'Hoàn thành làm sạch dữ liệu học sinh còn sai lệch với Cơ sở dữ liệu dân cư',
        dueDate: '2027-01-29',
      },
    ],
  },
]

type Context = { people: PersonIds; agencies: AgencyIds }

/** Records the missing sessions (by agency, day and subject); their conclusions become tasks. */
export const seedWorkingSessions = async (
  payload: Payload,
  ctx: Context,
  tally: Tally,
): Promise<void> => {
  for (const seed of SESSIONS) {
    const agency = required(ctx.agencies.get(seed.agency), `agency ${seed.agency}`)
    const { totalDocs } = await payload.count({
      collection: 'working-sessions',
      where: { agency: { equals: agency }, subject: { equals: seed.subject } },
      overrideAccess: true,
    })
    if (totalDocs > 0) continue
    await payload.create({
      collection: 'working-sessions',
      data: {
        date: vnDay(seed.date),
        kind: seed.kind,
        agency,
        chair: required(ctx.people.get(seed.chair), `user ${seed.chair}`),
        subject: seed.subject,
        participants: seed.participants,
        content: seed.content,
        conclusions: seed.conclusions.map((row) => ({
          content: row.content,
          dueDate: vnDay(row.dueDate),
        })),
      },
      ...SEED_OPTIONS,
      context: { ...SEED_OPTIONS.context, actingAt: vnDayStart(seed.date) },
    })
    bump(tally, 'working-sessions')
  }
}
