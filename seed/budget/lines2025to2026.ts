import {
  type LineSeed,
  decision,
  POLICE,
  HALL,
  PRINTER,
  NEWSPAPER,
  SCHOOL,
  INSPECTORS,
} from './terms'

/** R13: the budget lines of 2025 and 2026. */
export const LINES_2025_2026: LineSeed[] = [
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
