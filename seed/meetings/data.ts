import { type MeetingKind } from '../../hooks/rules/meetings'
import type { AgencyIds, AgencyKey } from '../agencies'
import type { GroupIds } from '../groups'
import type { PersonIds } from '../people'

export type Context = { people: PersonIds; groups: GroupIds; agencies: AgencyIds }

export type Plan = {
  kind: MeetingKind
  servesMonth: string
  day: string
  hour: string
  calledOn?: string
}

export const FIRST_MONTH = '2022-07'
export const LATE_NOTICE_MONTHS = new Set(['2023-04', '2025-09'])
export const ON_THE_12TH = '2023-10'
export const ABSENCE_WITHOUT_CONSENT = '2024-05'
/** R4.2: the Head is away (recorded on leave, seed/members.ts); the Standing Deputy chairs. */
export const HEAD_ABSENT_MONTH = '2025-08'
/** R11.1b: the year-end review of 2024 was held in January 2025 (it reviews 2024). */
export const YEAR_END_IN_JANUARY = 2024

export const AGENDA: { title: string; presenter: (day: string) => AgencyKey }[] = [
  { title: 'Tiến độ làm sạch dữ liệu dân cư, hộ tịch', presenter: () => 'department:STP' },
  {
    title: 'Tình hình kích hoạt tài khoản định danh điện tử mức 2',
    presenter: () => 'police:CA_TINH',
  },
  {
    title: 'Triển khai sổ sức khỏe điện tử, khám chữa bệnh bằng thẻ căn cước',
    presenter: () => 'department:SYT',
  },
  {
    title: 'Xác thực thông tin người tham gia bảo hiểm với Cơ sở dữ liệu quốc gia về dân cư',
    presenter: () => 'vertical_agency:BHXH',
  },
  {
    title: 'Dịch vụ công trực tuyến toàn trình và số hóa hồ sơ thủ tục hành chính',
    presenter: () => 'provincial_office:VP_UBND',
  },
  { title: 'Thanh toán không dùng tiền mặt trong trường học', presenter: () => 'department:SGDDT' },
  {
    title: 'Hạ tầng và an toàn thông tin các hệ thống kết nối, chia sẻ dữ liệu',
    presenter: (day) => (day < '2025-03-01' ? 'department:STTTT' : 'department:SKHCN'),
  },
]

export const TASKS: { content: string; lead: (day: string) => AgencyKey }[] = [
  {
    content:
      'Hoàn thành làm sạch dữ liệu hộ tịch, bảo đảm khớp đúng với Cơ sở dữ liệu quốc gia về dân cư',
    lead: () => 'department:STP',
  },
  {
    content: 'Đẩy mạnh kích hoạt tài khoản định danh điện tử mức 2 cho người dân trên địa bàn',
    lead: () => 'police:CA_TINH',
  },
  {
    content: 'Triển khai sổ sức khỏe điện tử tại các cơ sở khám bệnh, chữa bệnh công lập',
    lead: () => 'department:SYT',
  },
  {
    content: 'Rà soát, xác thực thông tin người tham gia bảo hiểm xã hội, bảo hiểm y tế',
    lead: () => 'vertical_agency:BHXH',
  },
  {
    content: 'Nâng tỷ lệ hồ sơ trực tuyến toàn trình trên Cổng dịch vụ công của tỉnh',
    lead: () => 'provincial_office:VP_UBND',
  },
  {
    content: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn tồn đọng',
    lead: () => 'provincial_office:VP_UBND',
  },
  {
    content: 'Triển khai thu học phí không dùng tiền mặt tại các trường công lập',
    lead: () => 'department:SGDDT',
  },
  {
    content:
      'Rà soát, bảo đảm an toàn thông tin các hệ thống kết nối Cơ sở dữ liệu quốc gia về dân cư',
    lead: (day) => (day < '2025-03-01' ? 'department:STTTT' : 'department:SKHCN'),
  },
]

export const ABSENCE_REASONS = [
  'Đi công tác tại Hà Nội theo triệu tập của Bộ',
  'Dự hội nghị của Ủy ban nhân dân tỉnh cùng thời gian',
  'Nghỉ ốm, đã báo cáo Thường trực Tổ công tác',
  'Tiếp đoàn công tác của Trung ương',
]

export const LOCATION = 'Hội trường Công an tỉnh Quảng Nam, 02 Trần Hưng Đạo, Tam Kỳ'
export const ONLINE = 'https://hop.quangnam.example.gov.vn/to-cong-tac-06'
