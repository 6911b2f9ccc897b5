import type { AgencyRef } from '../../hooks/rules/reportReminders'
import { formatPeriod, type Period } from '../../hooks/rules/reportPeriods'
import type { ReportStatus } from '../../hooks/rules/reportWorkflow'
import { formatDayKey } from '../../hooks/rules/terms'
import type { DateKey } from '../lib/clock'

// The Vietnamese texts of the R12.3a reminder (to an agency) and late/missing list (to the
// standing body). Dates are written dd/MM/yyyy; both name the clause.

const CLAUSE = 'Điều 12 khoản 3 Quy chế hoạt động của Tổ công tác'
const FOOTER = 'Thư gửi tự động từ phần mềm điều hành Tổ công tác Đề án 06.'

export type ReminderMessage = {
  agencyName: string
  period: Period
  /** The last on-time day. */
  deadline: DateKey
  reportBeforeDay: number
  today: DateKey
  /** The agency's report status, null when it has none. */
  status: ReportStatus | null
  reportsUrl: string | null
  /** R12.3a: "Số liệu từ ngày 15/03/2025 đến ngày 14/04/2025". */
  dataPeriod?: string
}

const STATE_OF_REPORT: Partial<Record<ReportStatus | 'none', string>> = {
  none: 'chưa lập báo cáo',
  draft: 'báo cáo đang ở dạng nháp, chưa gửi',
  returned: 'báo cáo đã bị Cơ quan thường trực trả lại, chưa gửi lại',
}

export const reminderSubject = (message: ReminderMessage): string =>
  `Nhắc gửi báo cáo tháng ${formatPeriod(message.period)} – hạn cuối ngày ${formatDayKey(message.deadline)}`

export const reminderText = (message: ReminderMessage): string => {
  const period = formatPeriod(message.period)
  const state = STATE_OF_REPORT[message.status ?? 'none'] ?? 'báo cáo chưa gửi'
  const lines = [
    `Kính gửi: ${message.agencyName},`,
    '',
    `Theo ${CLAUSE}, các cơ quan, đơn vị báo cáo kết quả thực hiện nhiệm vụ hằng tháng về Cơ quan thường trực (Công an tỉnh) trước ngày ${message.reportBeforeDay}. Báo cáo tháng ${period}${message.dataPeriod ? ` (${message.dataPeriod.charAt(0).toLocaleLowerCase('vi')}${message.dataPeriod.slice(1)})` : ''} phải gửi chậm nhất trong ngày ${formatDayKey(message.deadline)}.`,
    '',
    `Đến ngày ${formatDayKey(message.today)}, phần mềm chưa ghi nhận báo cáo tháng ${period} của đơn vị (${state}). Đề nghị đơn vị hoàn thiện và gửi báo cáo trước hạn; báo cáo gửi sau ngày ${formatDayKey(message.deadline)} được ghi nhận là chậm hạn.`,
  ]
  if (message.reportsUrl) lines.push('', `Báo cáo tháng: ${message.reportsUrl}`)
  lines.push('', FOOTER)
  return lines.join('\n')
}

export type LateListMessage = {
  period: Period
  deadline: DateKey
  today: DateKey
  late: AgencyRef[]
  missing: AgencyRef[]
  reportsUrl: string | null
}

export const lateListSubject = (message: LateListMessage): string =>
  `Danh sách cơ quan chậm, chưa gửi báo cáo tháng ${formatPeriod(message.period)} (hạn ${formatDayKey(message.deadline)})`

const listed = (agencies: AgencyRef[]) =>
  agencies.length ? agencies.map((agency, index) => `${index + 1}. ${agency.name}`) : ['(Không có)']

export const lateListText = (message: LateListMessage): string => {
  const period = formatPeriod(message.period)
  const lines = [
    'Kính gửi: Cơ quan thường trực Tổ công tác Đề án 06,',
    '',
    `Theo ${CLAUSE}, hạn gửi báo cáo tháng ${period} là hết ngày ${formatDayKey(message.deadline)}. Đến ngày ${formatDayKey(message.today)}:`,
    '',
    `Cơ quan, đơn vị chưa gửi báo cáo (${message.missing.length}):`,
    ...listed(message.missing),
    '',
    `Cơ quan, đơn vị gửi báo cáo chậm hạn (${message.late.length}):`,
    ...listed(message.late),
  ]
  if (message.reportsUrl) lines.push('', `Báo cáo tháng: ${message.reportsUrl}`)
  lines.push('', FOOTER)
  return lines.join('\n')
}
