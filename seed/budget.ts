import type { Payload } from 'payload'

import type { BudgetCategory } from '../hooks/rules/budget'
import type { User } from '../payload-types'
import { vnToday } from '../src/lib/clock'
import type { AgencyIds, AgencyKey } from './agencies'
import { ensurePdf } from './files'
import type { PersonIds } from './people'
import { bump, required, SEED_OPTIONS, vnDay, type Id, type Tally } from './shared'

type ExpenseSeed = {
  /** Phiếu chi number, the natural key of an expenditure: "PC-2024/002". */
  voucher: string
  date: string
  amount: number
  payee: string
  purpose: string
  /** The voucher number of the expenditure a reversing (negative) entry corrects. */
  reverses?: string
}

type LineSeed = {
  year: number
  category: BudgetCategory
  source: AgencyKey
  allocated: number
  basis: string
  note?: string
  expenses: ExpenseSeed[]
}

const decision = (number: string, date: string, year: number, subject?: string) =>
  `Quyết định số ${number}/QĐ-UBND ngày ${date} của UBND tỉnh Quảng Nam ${subject ?? `về giao dự toán kinh phí triển khai Đề án 06 năm ${year}`}`

const POLICE: AgencyKey = 'police:CA_TINH'
const HALL = 'Trung tâm Hội nghị – Triển lãm tỉnh Quảng Nam'
const PRINTER = 'Công ty TNHH In và Dịch vụ Quảng Nam'
const NEWSPAPER = 'Báo Quảng Nam'
const BROADCASTER = 'Đài Phát thanh – Truyền hình Quảng Nam'
const SCHOOL = 'Trường Chính trị tỉnh Quảng Nam'
const INSPECTORS = 'Thành viên Đoàn kiểm tra (theo bảng kê thanh toán công tác phí)'

/** R13: the groups' funds 2022–2026, every line under its allocation decision, with its spending. */
export const BUDGET_LINES: LineSeed[] = [
  {
    year: 2022,
    category: 'meetings',
    source: POLICE,
    allocated: 150_000_000,
    basis: decision('512', '25/02/2022', 2022),
    expenses: [
      {
        voucher: 'PC-2022/001',
        date: '2022-03-18',
        amount: 24_500_000,
        payee: HALL,
        purpose: 'Thuê hội trường, âm thanh, ánh sáng Hội nghị triển khai Đề án 06 toàn tỉnh',
      },
      {
        voucher: 'PC-2022/004',
        date: '2022-07-12',
        amount: 18_600_000,
        payee: PRINTER,
        purpose: 'In tài liệu Hội nghị sơ kết 6 tháng đầu năm 2022',
      },
      {
        voucher: 'PC-2022/007',
        date: '2022-12-20',
        amount: 31_200_000,
        payee: HALL,
        purpose: 'Tổ chức Hội nghị tổng kết năm 2022 của Tổ công tác',
      },
    ],
  },
  {
    year: 2022,
    category: 'training',
    source: POLICE,
    allocated: 200_000_000,
    basis: decision('512', '25/02/2022', 2022),
    expenses: [
      {
        voucher: 'PC-2022/002',
        date: '2022-04-22',
        amount: 62_000_000,
        payee: SCHOOL,
        purpose:
          'Tập huấn thu nhận hồ sơ định danh điện tử mức độ 2 cho Công an cấp xã (đợt 1, 240 học viên)',
      },
      {
        voucher: 'PC-2022/005',
        date: '2022-08-15',
        amount: 58_500_000,
        payee: SCHOOL,
        purpose:
          'Tập huấn thu nhận hồ sơ định danh điện tử mức độ 2 cho Công an cấp xã (đợt 2, 225 học viên)',
      },
    ],
  },
  {
    year: 2022,
    category: 'communication',
    source: 'department:STTTT',
    allocated: 120_000_000,
    basis: decision(
      '1385',
      '20/5/2022',
      2022,
      'về kinh phí tuyên truyền chuyển đổi số và Đề án 06 năm 2022',
    ),
    expenses: [
      {
        voucher: 'PC-2022/003',
        date: '2022-06-08',
        amount: 45_000_000,
        payee: NEWSPAPER,
        purpose: 'Chuyên mục tuyên truyền Đề án 06 trên báo in và báo điện tử (6 kỳ)',
      },
      {
        voucher: 'PC-2022/006',
        date: '2022-10-05',
        amount: 38_000_000,
        payee: BROADCASTER,
        purpose: 'Sản xuất, phát sóng 4 phóng sự về định danh điện tử VNeID',
      },
    ],
  },
  {
    year: 2023,
    category: 'meetings',
    source: POLICE,
    allocated: 180_000_000,
    basis: decision('148', '16/01/2023', 2023),
    expenses: [
      {
        voucher: 'PC-2023/001',
        date: '2023-01-30',
        amount: 27_800_000,
        payee: HALL,
        purpose: 'Hội nghị triển khai nhiệm vụ Đề án 06 năm 2023',
      },
      {
        voucher: 'PC-2023/006',
        date: '2023-07-18',
        amount: 21_400_000,
        payee: HALL,
        purpose: 'Hội nghị sơ kết 6 tháng đầu năm 2023',
      },
      {
        voucher: 'PC-2023/011',
        date: '2023-12-22',
        amount: 33_600_000,
        payee: HALL,
        purpose: 'Hội nghị tổng kết năm 2023, khen thưởng tập thể, cá nhân tiêu biểu',
      },
    ],
  },
  {
    year: 2023,
    category: 'inspection',
    source: POLICE,
    allocated: 90_000_000,
    basis: decision('148', '16/01/2023', 2023),
    expenses: [
      {
        voucher: 'PC-2023/003',
        date: '2023-05-16',
        amount: 28_750_000,
        payee: INSPECTORS,
        purpose: 'Công tác phí Đoàn kiểm tra Đề án 06 tại thành phố Hội An, thị xã Điện Bàn',
      },
      {
        voucher: 'PC-2023/008',
        date: '2023-09-20',
        amount: 31_900_000,
        payee: INSPECTORS,
        purpose: 'Công tác phí Đoàn kiểm tra Đề án 06 tại các huyện miền núi phía Tây',
      },
    ],
  },
  {
    year: 2023,
    category: 'software-data',
    source: 'department:STTTT',
    allocated: 650_000_000,
    basis: decision(
      '902',
      '12/4/2023',
      2023,
      'về nâng cấp Cổng dịch vụ công tỉnh kết nối Cơ sở dữ liệu quốc gia về dân cư',
    ),
    expenses: [
      {
        voucher: 'PC-2023/004',
        date: '2023-06-02',
        amount: 390_000_000,
        payee: 'VNPT Quảng Nam',
        purpose:
          'Nâng cấp Cổng dịch vụ công tỉnh kết nối Cơ sở dữ liệu quốc gia về dân cư (tạm ứng 60%)',
      },
      {
        voucher: 'PC-2023/009',
        date: '2023-10-30',
        amount: 245_000_000,
        payee: 'VNPT Quảng Nam',
        purpose: 'Nâng cấp Cổng dịch vụ công tỉnh: thanh toán khi nghiệm thu, bàn giao',
      },
    ],
  },
  {
    year: 2023,
    category: 'training',
    source: POLICE,
    allocated: 150_000_000,
    basis: decision('148', '16/01/2023', 2023),
    expenses: [
      {
        voucher: 'PC-2023/002',
        date: '2023-03-14',
        amount: 54_000_000,
        payee: SCHOOL,
        purpose: 'Tập huấn khai thác Cơ sở dữ liệu dân cư cho cán bộ bộ phận một cửa cấp huyện',
      },
      {
        voucher: 'PC-2023/007',
        date: '2023-08-10',
        amount: 49_500_000,
        payee: SCHOOL,
        purpose: 'Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng',
      },
    ],
  },
  {
    year: 2024,
    category: 'meetings',
    source: POLICE,
    allocated: 180_000_000,
    basis: decision('95', '12/01/2024', 2024),
    expenses: [
      {
        voucher: 'PC-2024/001',
        date: '2024-02-27',
        amount: 45_000_000,
        payee: HALL,
        purpose: 'Thuê hội trường cả ngày, Hội nghị triển khai nhiệm vụ Đề án 06 năm 2024',
      },
      {
        voucher: 'PC-2024/002',
        date: '2024-03-05',
        amount: -5_000_000,
        payee: HALL,
        purpose:
          'Điều chỉnh giảm phiếu chi PC-2024/001: hội nghị rút còn nửa ngày, đơn vị cho thuê hoàn trả theo biên bản thanh lý hợp đồng',
        reverses: 'PC-2024/001',
      },
      {
        voucher: 'PC-2024/007',
        date: '2024-07-16',
        amount: 22_300_000,
        payee: HALL,
        purpose: 'Hội nghị sơ kết 6 tháng đầu năm 2024',
      },
      {
        voucher: 'PC-2024/012',
        date: '2024-12-19',
        amount: 36_800_000,
        payee: HALL,
        purpose: 'Hội nghị tổng kết năm 2024',
      },
    ],
  },
  {
    year: 2024,
    category: 'inspection',
    source: POLICE,
    allocated: 100_000_000,
    basis: decision('95', '12/01/2024', 2024),
    expenses: [
      {
        voucher: 'PC-2024/004',
        date: '2024-05-21',
        amount: 32_400_000,
        payee: INSPECTORS,
        purpose: 'Công tác phí Đoàn kiểm tra việc thu nhận hồ sơ định danh điện tử tại 9 huyện',
      },
      {
        voucher: 'PC-2024/009',
        date: '2024-09-24',
        amount: 29_800_000,
        payee: INSPECTORS,
        purpose: 'Công tác phí Đoàn kiểm tra dịch vụ công trực tuyến thiết yếu tại cấp xã',
      },
    ],
  },
  {
    year: 2024,
    category: 'equipment',
    source: POLICE,
    allocated: 480_000_000,
    basis: decision(
      '1120',
      '08/5/2024',
      2024,
      'về mua sắm thiết bị thu nhận hồ sơ định danh điện tử cho Công an cấp xã',
    ),
    expenses: [
      {
        voucher: 'PC-2024/006',
        date: '2024-06-25',
        amount: 462_000_000,
        payee: 'Công ty TNHH Giải pháp số Miền Trung',
        purpose:
          'Mua sắm 30 bộ thiết bị thu nhận hồ sơ định danh điện tử (máy tính, đầu đọc chip căn cước) cho Công an cấp xã',
      },
    ],
  },
  {
    year: 2024,
    category: 'communication',
    source: 'department:STTTT',
    allocated: 95_000_000,
    basis: decision('1121', '08/5/2024', 2024, 'về kinh phí tuyên truyền Đề án 06 năm 2024'),
    expenses: [
      {
        voucher: 'PC-2024/005',
        date: '2024-06-11',
        amount: 41_000_000,
        payee: NEWSPAPER,
        purpose: 'Chuyên mục "Chuyển đổi số và Đề án 06" trên báo điện tử (8 kỳ)',
      },
      {
        voucher: 'PC-2024/010',
        date: '2024-10-08',
        amount: 36_500_000,
        payee: BROADCASTER,
        purpose: 'Phóng sự, tiểu phẩm tuyên truyền thanh toán không dùng tiền mặt',
      },
    ],
  },
  {
    year: 2024,
    category: 'meetings',
    source: POLICE,
    allocated: 40_000_000,
    basis: decision(
      '2871',
      '15/10/2024',
      2024,
      'về bổ sung dự toán kinh phí tổ chức sơ kết 3 năm thực hiện Đề án 06',
    ),
    note: 'Dự toán bổ sung trong năm.',
    expenses: [
      {
        voucher: 'PC-2024/011',
        date: '2024-11-14',
        amount: 38_200_000,
        payee: HALL,
        purpose: 'Hội nghị trực tuyến sơ kết 3 năm thực hiện Đề án 06 (điểm cầu tỉnh và 18 huyện)',
      },
    ],
  },
  {
    year: 2025,
    category: 'meetings',
    source: POLICE,
    allocated: 200_000_000,
    basis: decision('88', '10/01/2025', 2025),
    expenses: [
      {
        voucher: 'PC-2025/001',
        date: '2025-02-20',
        amount: 29_600_000,
        payee: HALL,
        purpose: 'Hội nghị triển khai nhiệm vụ Đề án 06 năm 2025',
      },
      {
        voucher: 'PC-2025/006',
        date: '2025-07-15',
        amount: 24_800_000,
        payee: HALL,
        purpose: 'Hội nghị sơ kết 6 tháng đầu năm 2025',
      },
      {
        voucher: 'PC-2025/010',
        date: '2025-12-18',
        amount: 41_500_000,
        payee: HALL,
        purpose: 'Hội nghị tổng kết giai đoạn 2022–2025 của Đề án 06',
      },
      {
        // R13.2: dated in the settlement period (until 31/01/2026), charged to the 2025 line.
        voucher: 'PC-2025/014',
        date: '2026-01-20',
        amount: 6_300_000,
        payee: PRINTER,
        purpose:
          'In tài liệu Hội nghị tổng kết giai đoạn 2022–2025 (thanh toán trong thời gian chỉnh lý quyết toán năm 2025)',
      },
    ],
  },
  {
    year: 2025,
    category: 'software-data',
    source: 'department:SKHCN',
    allocated: 720_000_000,
    basis: decision('655', '24/3/2025', 2025, 'về xây dựng kho dữ liệu dùng chung của tỉnh'),
    expenses: [
      {
        voucher: 'PC-2025/004',
        date: '2025-06-10',
        amount: 430_000_000,
        payee: 'Viettel Quảng Nam',
        purpose:
          'Xây dựng kho dữ liệu dùng chung, đồng bộ dữ liệu dân cư với các cơ sở dữ liệu chuyên ngành (đợt 1)',
      },
      {
        voucher: 'PC-2025/008',
        date: '2025-10-22',
        amount: 268_000_000,
        payee: 'Viettel Quảng Nam',
        purpose: 'Xây dựng kho dữ liệu dùng chung: thanh toán khi nghiệm thu (đợt 2)',
      },
    ],
  },
  {
    year: 2025,
    category: 'training',
    source: POLICE,
    allocated: 160_000_000,
    basis: decision('88', '10/01/2025', 2025),
    expenses: [
      {
        voucher: 'PC-2025/002',
        date: '2025-03-18',
        amount: 57_000_000,
        payee: SCHOOL,
        purpose: 'Tập huấn hướng dẫn người dân sử dụng VNeID cho Tổ công nghệ số cộng đồng',
      },
      {
        voucher: 'PC-2025/007',
        date: '2025-08-12',
        amount: 61_500_000,
        payee: SCHOOL,
        purpose: 'Tập huấn vận hành kho dữ liệu dùng chung cho cán bộ các sở, ngành',
      },
    ],
  },
  {
    year: 2025,
    category: 'inspection',
    source: POLICE,
    allocated: 110_000_000,
    basis: decision('88', '10/01/2025', 2025),
    expenses: [
      {
        voucher: 'PC-2025/003',
        date: '2025-05-27',
        amount: 34_200_000,
        payee: INSPECTORS,
        purpose: 'Công tác phí Đoàn kiểm tra làm sạch dữ liệu hộ tịch, đất đai tại 6 huyện',
      },
      {
        voucher: 'PC-2025/009',
        date: '2025-09-23',
        amount: 38_600_000,
        payee: INSPECTORS,
        purpose: 'Công tác phí Đoàn kiểm tra dịch vụ công liên thông cấp xã',
      },
    ],
  },
  {
    year: 2026,
    category: 'meetings',
    source: POLICE,
    allocated: 210_000_000,
    basis: decision('102', '14/01/2026', 2026),
    expenses: [
      {
        voucher: 'PC-2026/001',
        date: '2026-02-10',
        amount: 31_500_000,
        payee: HALL,
        purpose: 'Hội nghị triển khai nhiệm vụ Đề án 06 năm 2026',
      },
      {
        voucher: 'PC-2026/004',
        date: '2026-04-16',
        amount: 12_800_000,
        payee: PRINTER,
        purpose: 'In tài liệu các cuộc họp thường kỳ quý I/2026',
      },
    ],
  },
  {
    year: 2026,
    category: 'equipment',
    source: POLICE,
    allocated: 350_000_000,
    basis: decision('102', '14/01/2026', 2026),
    expenses: [
      {
        voucher: 'PC-2026/003',
        date: '2026-03-26',
        amount: 186_000_000,
        payee: 'Công ty TNHH Giải pháp số Miền Trung',
        purpose:
          'Mua sắm 12 ki-ốt tra cứu thủ tục hành chính, hỗ trợ kích hoạt VNeID tại bộ phận một cửa cấp xã',
      },
    ],
  },
  {
    year: 2026,
    category: 'communication',
    source: 'provincial_office:VP_UBND',
    allocated: 80_000_000,
    basis: decision('102', '14/01/2026', 2026),
    expenses: [
      {
        voucher: 'PC-2026/002',
        date: '2026-03-05',
        amount: 27_000_000,
        payee: NEWSPAPER,
        purpose: 'Chuyên trang tuyên truyền kết quả 4 năm thực hiện Đề án 06',
      },
    ],
  },
]

type Context = { people: PersonIds; agencies: AgencyIds }

const lineKey = (year: number, basis: string, category: string) => `${year}|${basis}|${category}`

/** The scanned voucher of a payment (ASCII text: the PDF uses a standard font). */
const voucherPdf = (expense: ExpenseSeed, agency: Id) => {
  const [day, month, year] = expense.date.split('-').reverse()
  return {
    title: `Phiếu chi số ${expense.voucher} ngày ${day}/${month}/${year}`,
    filename: `${expense.voucher.replace('/', '-').toLowerCase()}.pdf`,
    lines: [
      'CONG AN TINH QUANG NAM (demo)',
      `PHIEU CHI So ${expense.voucher}, ngay ${day}/${month}/${year}`,
      `So tien: ${expense.amount} dong`,
      'Kinh phi hoat dong To cong tac De an 06',
      'Chung tu gia lap, chi dung cho du lieu mau.',
    ],
    agency,
  }
}

/**
 * R13: budget lines of every fiscal year 2022–2026 with their spending (one reversing entry in
 * 2024), recorded as the demo finance officer and approved by the police director; the years
 * before the current one are then closed. Lines are found by year, decision and category,
 * expenditures by voucher number, closed years by year.
 */
export const seedBudget = async (payload: Payload, ctx: Context, tally: Tally): Promise<void> => {
  const finance = await payload.findByID({
    collection: 'users',
    id: required(ctx.people.get('finance'), 'user finance'),
    depth: 0,
    overrideAccess: true,
  })
  const approver = required(ctx.people.get('standingDeputy'), 'user standingDeputy')
  const police = required(ctx.agencies.get(POLICE), `agency ${POLICE}`)
  const asFinance = { ...SEED_OPTIONS, user: finance }

  const lines = await payload.find({
    collection: 'budget-lines',
    pagination: false,
    select: { fiscalYear: true, legalBasis: true, category: true },
    ...SEED_OPTIONS,
  })
  const lineIds = new Map(
    lines.docs.map((doc) => [lineKey(doc.fiscalYear, doc.legalBasis, doc.category), doc.id]),
  )
  const expenses = await payload.find({
    collection: 'expenditures',
    where: {
      voucherNumber: {
        in: BUDGET_LINES.flatMap((line) => line.expenses.map((expense) => expense.voucher)),
      },
    },
    pagination: false,
    select: { voucherNumber: true },
    ...SEED_OPTIONS,
  })
  const expenseIds = new Map(expenses.docs.map((doc) => [doc.voucherNumber ?? '', doc.id]))

  for (const seed of BUDGET_LINES) {
    const key = lineKey(seed.year, seed.basis, seed.category)
    let lineId = lineIds.get(key)
    if (lineId === undefined) {
      const line = await payload.create({
        collection: 'budget-lines',
        data: {
          fiscalYear: seed.year,
          category: seed.category,
          sourceAgency: required(ctx.agencies.get(seed.source), `agency ${seed.source}`),
          allocatedAmount: seed.allocated,
          legalBasis: seed.basis,
          note: seed.note,
        },
        ...asFinance,
      })
      lineId = line.id
      lineIds.set(key, lineId)
      bump(tally, 'budget-lines')
    }
    for (const expense of seed.expenses) {
      if (expenseIds.has(expense.voucher)) continue
      const voucher = await ensurePdf(payload, voucherPdf(expense, police), tally)
      const doc = await payload.create({
        collection: 'expenditures',
        data: {
          line: lineId,
          date: vnDay(expense.date),
          amount: expense.amount,
          payee: expense.payee,
          purpose: expense.purpose,
          voucherNumber: expense.voucher,
          voucher,
          approvedBy: approver,
          reverses: expense.reverses
            ? required(expenseIds.get(expense.reverses), `expenditure ${expense.reverses}`)
            : undefined,
        },
        ...asFinance,
      })
      expenseIds.set(expense.voucher, doc.id)
      bump(tally, 'expenditures')
    }
  }
  await closeEndedYears(payload, finance)
}

/** Closes the seeded fiscal years before the current one that are not closed yet. */
const closeEndedYears = async (payload: Payload, finance: User): Promise<void> => {
  const currentYear = Number(vnToday().slice(0, 4))
  const settings = await payload.findGlobal({ slug: 'budget-settings', ...SEED_OPTIONS })
  const closed = (settings.closedYears ?? []).map((row) => ({ year: row.year, basis: row.basis }))
  const toClose = [...new Set(BUDGET_LINES.map((line) => line.year))].filter(
    (year) => year < currentYear && !closed.some((row) => row.year === year),
  )
  if (toClose.length === 0) return
  await payload.updateGlobal({
    slug: 'budget-settings',
    data: {
      closedYears: [
        ...closed,
        ...toClose.map((year) => ({
          year,
          basis: `Báo cáo quyết toán kinh phí hoạt động năm ${year} của Tổ công tác Đề án 06`,
        })),
      ],
    },
    ...SEED_OPTIONS,
    user: finance,
  })
}
