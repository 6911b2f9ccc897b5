// The dashboard's words, Vietnamese first; `say` picks the admin language.
import { l, type AdminLanguage } from '../../src/i18n/label'
import type { Label } from '../types'

export const say = (label: Label, language: AdminLanguage): string => label[language]

export const TEXT = {
  title: l('Bảng điều hành Đề án 06', 'Project 06 dashboard'),
  scopedTo: l('Số liệu của cơ quan', 'Figures of agency'),
  province: l('Toàn tỉnh', 'Whole province'),
  collections: l('Danh mục dữ liệu', 'Collections'),
  noData: l('Chưa có số liệu.', 'No data yet.'),
  // Filters
  filters: l('Bộ lọc', 'Filters'),
  period: l('Tháng', 'Month'),
  from: l('Từ tháng', 'From month'),
  agencyKind: l('Loại cơ quan', 'Agency kind'),
  district: l('Huyện, thị xã, thành phố', 'District'),
  indicator: l('Chỉ tiêu', 'Indicator'),
  all: l('Tất cả', 'All'),
  print: l('In', 'Print'),
  reset: l('Mặc định', 'Defaults'),
  // Widget actions
  csv: l('Tải CSV', 'Download CSV'),
  png: l('Tải PNG', 'Download PNG'),
  // Widget titles
  headline: l('Số liệu chính tháng', 'Headline figures for'),
  trend: l('Diễn biến chỉ tiêu so với mục tiêu', 'Indicator trend against target'),
  comparison: l('So sánh và xếp hạng', 'Comparison and ranking'),
  tasksByAgency: l('Tình hình nhiệm vụ theo cơ quan', 'Task status by agency'),
  overdue: l('Nhiệm vụ quá hạn', 'Overdue tasks'),
  heatmap: l('Tình hình gửi báo cáo theo tháng', 'Reporting timeliness by month'),
  compliance: l('Việc thực hiện Quy chế theo tháng', 'Charter compliance by month'),
  agencies: l('Đánh giá cơ quan năm', 'Agency scorecard for the year'),
  budget: l('Thực hiện kinh phí', 'Budget execution'),
  attendance: l('Dự họp theo cơ quan', 'Meeting attendance by agency'),
  accountability: l('Trách nhiệm của thành viên', 'Accountability of members'),
  // Headline
  tasksCompleted: l('Nhiệm vụ hoàn thành', 'Tasks completed'),
  onTimeRate: l('Tỷ lệ đúng hạn', 'On-time rate'),
  openOverdue: l('Quá hạn chưa hoàn thành', 'Open overdue'),
  reportsReceived: l('Báo cáo đã nhận', 'Reports received'),
  onTime: l('Đúng hạn', 'On time'),
  late: l('Muộn', 'Late'),
  missing: l('Chưa gửi', 'Missing'),
  locked: l('Đã khóa sổ', 'Locked'),
  notDue: l('Chưa đến hạn', 'Not due'),
  target: l('Mục tiêu', 'Target'),
  value: l('Giá trị', 'Value'),
  yearToDate: l('Lũy kế từ đầu năm', 'Year to date'),
  ofTarget: l('so với mục tiêu năm', 'of the year target'),
  // Columns
  agency: l('Cơ quan', 'Agency'),
  name: l('Tên', 'Name'),
  rank: l('Hạng', 'Rank'),
  code: l('Mã', 'Code'),
  task: l('Nhiệm vụ', 'Task'),
  dueDate: l('Hạn', 'Due'),
  daysOverdue: l('Số ngày quá hạn', 'Days overdue'),
  month: l('Tháng', 'Month'),
  pass: l('Đạt', 'Pass'),
  breach: l('Vi phạm', 'Breach'),
  reportsOnTime: l('Báo cáo đúng hạn', 'Reports on time'),
  reportsLate: l('Báo cáo muộn', 'Reports late'),
  reportsMissing: l('Báo cáo thiếu', 'Reports missing'),
  taskOnTimeRate: l('Nhiệm vụ đúng hạn', 'Tasks on time'),
  extensions: l('Gia hạn', 'Extensions'),
  inPerson: l('Dự trực tiếp', 'In person'),
  bySubstitute: l('Cử người dự thay', 'By substitute'),
  absent: l('Vắng', 'Absent'),
  workingSessions: l('Buổi làm việc với Thường trực', 'Standing sessions'),
  obstaclesOpen: l('Vướng mắc chưa giải quyết', 'Open obstacles'),
  urgingLetters: l('Văn bản đôn đốc', 'Urging letters'),
  urge: l('Soạn văn bản đôn đốc', 'Draft an urging letter'),
  overdueShort: l('quá hạn', 'overdue'),
  meetings: l('Số cuộc họp', 'Meetings'),
  budgetLine: l('Dòng kinh phí', 'Budget line'),
  allocated: l('Được giao', 'Allocated'),
  spent: l('Đã chi', 'Spent'),
  checkMeeting: l('Họp thường kỳ trước ngày 10', 'Regular meeting before the 10th'),
  checkNotice: l('Giấy mời trước ít nhất 2 ngày làm việc', 'Notice ≥ 2 working days ahead'),
  checkConclusions: l('Kết luận gửi đủ thành viên', 'Conclusions delivered to every member'),
  checkAbsences: l('Vắng họp có người dự thay', 'Absent members sent a substitute'),
  reviews: l('Họp sơ kết, tổng kết theo năm', 'Reviews by year'),
  sixMonthReview: l('Sơ kết 6 tháng', 'Six-month review'),
  yearEndReview: l('Tổng kết năm', 'Year-end review'),
  checkReports: l('Báo cáo trước ngày 18', 'Reports before the 18th'),
  checkAggregate: l('Tổng hợp trước ngày 22', 'Aggregate before the 22nd'),
}

/** Which agencies come first when a widget shows only some (rowLimit.ts). */
const FIRST = {
  reports: l('cơ quan chậm, thiếu báo cáo nhiều nhất trước', 'those most behind first'),
  tasks: l(
    'cơ quan có nhiều nhiệm vụ quá hạn nhất trước',
    'those with the most overdue tasks first',
  ),
}

/** Under a widget that shows only the agencies needing attention most (rowLimit.ts). */
export const limitedRowsNote = (
  shown: number,
  total: number,
  language: AdminLanguage,
  first: keyof typeof FIRST = 'reports',
): string =>
  language === 'vi'
    ? `Đang hiện ${shown.toLocaleString('vi-VN')} trong ${total.toLocaleString('vi-VN')} cơ quan, ${FIRST[first].vi}. Chọn huyện hoặc loại cơ quan ở bộ lọc để xem các cơ quan khác; tệp CSV có đủ ${total.toLocaleString('vi-VN')} cơ quan.`
    : `Showing ${shown} of ${total} agencies, ${FIRST[first].en}. Pick a district or agency kind in the filters to see the others; the CSV has all ${total}.`

export type TextKey = keyof typeof TEXT

/** The charter rule behind a widget, shown as the title's tooltip (never in the heading). */
export const WIDGET_RULES: Partial<Record<keyof typeof TEXT, string>> = {
  compliance: 'R14.2',
  agencies: 'R3.5',
}
