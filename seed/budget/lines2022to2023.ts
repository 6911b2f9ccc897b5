import {
  type LineSeed,
  decision,
  POLICE,
  HALL,
  PRINTER,
  NEWSPAPER,
  BROADCASTER,
  SCHOOL,
  INSPECTORS,
} from './terms'

/** R13: the budget lines of 2022 and 2023. */
export const LINES_2022_2023: LineSeed[] = [
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
]
