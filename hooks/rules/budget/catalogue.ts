import { type Bilingual } from '../verdict'

// R13.1 / R13.2: the groups' funds come from the state budget; the provincial police keep the
// books, and spending follows the State Budget Law (Luật Ngân sách nhà nước): every expense
// belongs to an approved budget line of its fiscal year (the calendar year) and never exceeds
// what is left on it. Amounts are whole đồng.

/** Fiscal years a budget line may be for: from the start of Đề án 06. */
export const FISCAL_YEARS = { min: 2022, max: 2100 } as const

/** The largest amount accepted (10^15 đồng): sums stay exact in a JavaScript number. */
export const MAX_AMOUNT = 1_000_000_000_000_000

export const BUDGET_CATEGORIES = [
  'equipment',
  'software-data',
  'training',
  'communication',
  'inspection',
  'meetings',
  'other',
] as const
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number]

// Headings as the province's cost estimates (dự toán) word them.
export const CATEGORY_LABELS: Record<BudgetCategory, Bilingual> = {
  equipment: { vi: 'Mua sắm trang thiết bị', en: 'Equipment' },
  'software-data': { vi: 'Phần mềm, cơ sở dữ liệu', en: 'Software and data' },
  training: { vi: 'Đào tạo, tập huấn', en: 'Training' },
  communication: { vi: 'Thông tin, tuyên truyền', en: 'Communication and outreach' },
  inspection: { vi: 'Kiểm tra, đôn đốc', en: 'Inspection' },
  meetings: { vi: 'Hội nghị, hội thảo, họp', en: 'Meetings and conferences' },
  other: { vi: 'Chi khác', en: 'Other' },
}

export const LINE_STATUSES = ['open', 'closed'] as const
export type LineStatus = (typeof LINE_STATUSES)[number]

export const LINE_STATUS_LABELS: Record<LineStatus, Bilingual> = {
  open: { vi: 'Đang thực hiện', en: 'Open' },
  closed: { vi: 'Đã khóa sổ', en: 'Closed' },
}
