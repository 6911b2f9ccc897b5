import {
  type LineSeed,
  decision,
  POLICE,
  HALL,
  PRINTER,
  NEWSPAPER,
  BROADCASTER,
  INSPECTORS,
} from './terms'

/** R13: the budget lines of 2024 (one reversing entry). */
export const LINES_2024: LineSeed[] = [
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
]
