import { ROLE_LABELS, SYSTEM_ROLES } from '../../access/roles'
import { POSITION_LABELS, POSITIONS } from '../../../hooks/rules/positions'
import type { ColumnOption, ImportListSlug, ImportSpec } from '../lists'

// The columns of each list's template, headed as officials call them. The allowed values of the
// collections' own select fields are handed in (src/ does not import collections/).

export type SpecOptions = {
  agencyKinds: readonly ColumnOption[]
  indicatorGroups: readonly ColumnOption[]
  indicatorAggregations: readonly ColumnOption[]
}

export const GROUP_KINDS: ColumnOption[] = [
  { value: 'wg', label: { vi: 'Tổ công tác', en: 'Working Group' } },
  { value: 'sg', label: { vi: 'Tổ giúp việc', en: 'Support Group' } },
]

const ROLE_OPTIONS: ColumnOption[] = SYSTEM_ROLES.map((value) => ({
  value,
  label: ROLE_LABELS[value],
}))
const POSITION_OPTIONS: ColumnOption[] = POSITIONS.map((value) => ({
  value,
  label: POSITION_LABELS[value],
}))

const agencyCode = (key: string, header: string, help: string, required = false) =>
  ({ key, header, help, type: 'text', required, maxLength: 40, example: 'CA' }) as const

export const importSpecs = (options: SpecOptions): Record<ImportListSlug, ImportSpec> => ({
  agencies: {
    slug: 'agencies',
    sheet: 'Cơ quan, đơn vị',
    keyColumns: ['code'],
    columns: [
      {
        key: 'code',
        header: 'Mã cơ quan',
        help: 'Mã viết tắt, không trùng.',
        type: 'text',
        required: true,
        maxLength: 40,
        example: 'STTTT',
      },
      {
        key: 'name',
        header: 'Tên cơ quan',
        help: 'Tên đầy đủ.',
        type: 'text',
        required: true,
        maxLength: 200,
        example: 'Sở Thông tin và Truyền thông',
      },
      {
        key: 'kind',
        header: 'Loại cơ quan',
        help: 'Loại cơ quan, đơn vị.',
        type: 'select',
        required: true,
        options: options.agencyKinds,
        example: options.agencyKinds.find((kind) => kind.value === 'department')?.label.vi ?? '',
      },
      {
        ...agencyCode(
          'parentCode',
          'Mã cơ quan cấp trên',
          'Mã của cơ quan cấp trên (đã có hoặc ở dòng khác của tệp); để trống nếu không có.',
        ),
        example: '',
      },
      {
        key: 'adminUnitCode',
        header: 'Mã đơn vị hành chính',
        help: 'Mã đơn vị hành chính (cấp huyện, xã).',
        type: 'text',
        maxLength: 10,
        example: '',
      },
      {
        key: 'contactEmail',
        header: 'Email nhận văn bản',
        help: 'Hộp thư nhận văn bản của cơ quan.',
        type: 'email',
        example: 'stttt@tinh.gov.vn',
      },
      {
        key: 'validFrom',
        header: 'Hiệu lực từ ngày',
        help: 'Ngày cơ quan bắt đầu hoạt động (nếu cần ghi).',
        type: 'date',
        example: '01/01/2025',
      },
    ],
  },
  users: {
    slug: 'users',
    sheet: 'Người dùng',
    keyColumns: ['email'],
    columns: [
      {
        key: 'email',
        header: 'Email',
        help: 'Email đăng nhập, không trùng. Tài khoản mới chưa có mật khẩu: người dùng bấm “Quên mật khẩu?” ở trang đăng nhập để tự đặt.',
        type: 'email',
        required: true,
        example: 'nguyenvana@tinh.gov.vn',
      },
      {
        key: 'fullName',
        header: 'Họ và tên',
        help: 'Họ và tên đầy đủ.',
        type: 'text',
        required: true,
        maxLength: 120,
        example: 'Nguyễn Văn A',
      },
      agencyCode(
        'agencyCode',
        'Mã cơ quan công tác',
        'Mã của cơ quan (đã có hoặc nhập trước ở danh sách cơ quan).',
        true,
      ),
      {
        key: 'jobTitle',
        header: 'Chức vụ',
        help: 'Chức vụ tại cơ quan.',
        type: 'text',
        maxLength: 160,
        example: 'Phó Giám đốc',
      },
      {
        key: 'phone',
        header: 'Số điện thoại',
        help: 'Số điện thoại liên hệ.',
        type: 'text',
        maxLength: 20,
        example: '0912345678',
      },
      {
        key: 'roles',
        header: 'Vai trò',
        help: 'Vai trò trong phần mềm.',
        type: 'multi',
        required: true,
        options: ROLE_OPTIONS,
        example: ROLE_LABELS.reporter.vi,
      },
    ],
  },
  members: {
    slug: 'members',
    sheet: 'Thành viên',
    keyColumns: ['email', 'groupKind', 'position', 'from'],
    columns: [
      {
        key: 'email',
        header: 'Email người dùng',
        help: 'Email của người dùng đã có (nhập trước ở danh sách người dùng).',
        type: 'email',
        required: true,
        example: 'nguyenvana@tinh.gov.vn',
      },
      {
        key: 'groupKind',
        header: 'Tổ',
        help: 'Tổ công tác hoặc Tổ giúp việc hiện hành của tỉnh.',
        type: 'select',
        required: true,
        options: GROUP_KINDS,
        example: 'Tổ công tác',
      },
      {
        key: 'position',
        header: 'Chức danh',
        help: 'Chức danh trong Tổ.',
        type: 'select',
        required: true,
        options: POSITION_OPTIONS,
        example: POSITION_LABELS.member.vi,
      },
      agencyCode(
        'agencyCode',
        'Mã cơ quan đại diện',
        'Mã của cơ quan mà thành viên đại diện.',
        true,
      ),
      {
        key: 'from',
        header: 'Từ ngày',
        help: 'Ngày bắt đầu giữ chức danh (theo quyết định).',
        type: 'date',
        required: true,
        example: '01/01/2025',
      },
      {
        key: 'to',
        header: 'Đến ngày',
        help: 'Ngày thôi giữ chức danh; để trống nếu đang giữ.',
        type: 'date',
        example: '',
      },
      {
        key: 'postTitle',
        header: 'Chức vụ tại cơ quan',
        help: 'Chức vụ kiêm nhiệm tại cơ quan mình.',
        type: 'text',
        maxLength: 160,
        example: 'Phó Giám đốc Sở',
      },
      {
        key: 'appointingDecision',
        header: 'Quyết định phân công',
        help: 'Số, ký hiệu quyết định.',
        type: 'text',
        maxLength: 80,
        example: '15/QĐ-TCT',
      },
    ],
  },
  indicators: {
    slug: 'indicators',
    sheet: 'Chỉ tiêu',
    keyColumns: ['code'],
    columns: [
      {
        key: 'code',
        header: 'Mã chỉ tiêu',
        help: 'Chữ in hoa không dấu, chữ số, dấu gạch dưới; không trùng.',
        type: 'text',
        required: true,
        maxLength: 60,
        example: 'DVC_TRUC_TUYEN',
      },
      {
        key: 'nameVi',
        header: 'Tên chỉ tiêu',
        help: 'Tên chỉ tiêu.',
        type: 'text',
        required: true,
        maxLength: 300,
        example: 'Số hồ sơ dịch vụ công trực tuyến',
      },
      {
        key: 'unit',
        header: 'Đơn vị tính',
        help: 'Ghi “%” cho tỷ lệ phần trăm.',
        type: 'text',
        required: true,
        maxLength: 40,
        example: 'hồ sơ',
      },
      {
        key: 'group',
        header: 'Nhóm tiện ích',
        help: 'Nhóm của Đề án 06.',
        type: 'select',
        required: true,
        options: options.indicatorGroups,
        example: options.indicatorGroups[0]?.label.vi ?? '',
      },
      {
        key: 'aggregation',
        header: 'Cách tổng hợp',
        help: 'Cách cộng số liệu các đơn vị.',
        type: 'select',
        options: options.indicatorAggregations,
        example: options.indicatorAggregations[0]?.label.vi ?? '',
      },
      {
        key: 'cumulative',
        header: 'Số lũy kế',
        help: 'Số lũy kế (không giảm).',
        type: 'yesNo',
        example: 'Không',
      },
      {
        key: 'wholeNumber',
        header: 'Chỉ nhận số nguyên',
        help: 'Chỉ nhận số nguyên.',
        type: 'yesNo',
        example: 'Có',
      },
      agencyCode('ownerCode', 'Mã cơ quan chủ trì', 'Mã của cơ quan chủ trì chỉ tiêu.'),
      {
        key: 'order',
        header: 'Thứ tự hiển thị',
        help: 'Thứ tự trong danh sách.',
        type: 'integer',
        example: 1,
      },
    ],
  },
  targets: {
    slug: 'targets',
    sheet: 'Chỉ tiêu kế hoạch',
    keyColumns: ['indicatorCode', 'year', 'agencyCode'],
    columns: [
      {
        key: 'indicatorCode',
        header: 'Mã chỉ tiêu',
        help: 'Mã của chỉ tiêu đã có.',
        type: 'text',
        required: true,
        maxLength: 60,
        example: 'DVC_TRUC_TUYEN',
      },
      {
        key: 'year',
        header: 'Năm',
        help: 'Năm kế hoạch.',
        type: 'integer',
        required: true,
        example: 2026,
      },
      {
        ...agencyCode('agencyCode', 'Mã cơ quan, địa phương', 'Để trống: chỉ tiêu của toàn tỉnh.'),
        example: '',
      },
      {
        key: 'value',
        header: 'Giá trị kế hoạch',
        help: 'Giá trị phải đạt trong năm.',
        type: 'number',
        required: true,
        example: '1.234,5',
      },
      {
        key: 'note',
        header: 'Ghi chú',
        help: 'Ghi chú.',
        type: 'text',
        maxLength: 1000,
        example: '',
      },
    ],
  },
})
