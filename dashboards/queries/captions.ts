import type { TaskCategory } from '../types'
import type { Caption } from './hrefs'

// What each drill-down list shows above its rows (the list adds "– từ bảng điều khiển").

/** "tháng 04/2025" of a period 'YYYY-MM'. */
const monthOf = (period: string): Caption => {
  const label = `${period.slice(5, 7)}/${period.slice(0, 4)}`
  return { vi: `tháng ${label}`, en: label }
}

const TASK_CAPTIONS: Record<TaskCategory, Caption> = {
  'open-overdue': { vi: 'Nhiệm vụ quá hạn', en: 'Overdue tasks' },
  'open-within-deadline': {
    vi: 'Nhiệm vụ đang thực hiện trong hạn',
    en: 'Tasks open within their deadline',
  },
  'completed-on-time': { vi: 'Nhiệm vụ hoàn thành đúng hạn', en: 'Tasks completed on time' },
  'completed-late': { vi: 'Nhiệm vụ hoàn thành quá hạn', en: 'Tasks completed late' },
}

/** "Nhiệm vụ quá hạn của Sở Y tế". */
export const tasksOfAgencyCaption = (category: TaskCategory, agency: string): Caption => ({
  vi: `${TASK_CAPTIONS[category].vi} của ${agency}`,
  en: `${TASK_CAPTIONS[category].en} of ${agency}`,
})

/** The headline figures of a month: tasks completed, assigned, overdue; reports received… */
export const headlineCaption = (
  figure: 'completed' | 'assigned' | 'overdue' | 'received' | 'on-time' | 'late' | 'missing',
  period: string,
): Caption => {
  const month = monthOf(period)
  switch (figure) {
    case 'completed':
      return {
        vi: `Nhiệm vụ đã hoàn thành đến hết ${month.vi}`,
        en: `Tasks completed by the end of ${month.en}`,
      }
    case 'assigned':
      return {
        vi: `Nhiệm vụ đã giao đến hết ${month.vi}`,
        en: `Tasks assigned by the end of ${month.en}`,
      }
    case 'overdue':
      return {
        vi: `Nhiệm vụ quá hạn chưa hoàn thành (${month.vi})`,
        en: `Open overdue tasks (${month.en})`,
      }
    case 'received':
      return { vi: `Báo cáo ${month.vi} đã nhận`, en: `Reports of ${month.en} received` }
    case 'on-time':
      return { vi: `Báo cáo ${month.vi} gửi đúng hạn`, en: `Reports of ${month.en} on time` }
    case 'late':
      return { vi: `Báo cáo ${month.vi} gửi muộn`, en: `Reports of ${month.en} sent late` }
    case 'missing':
      return {
        vi: `Cơ quan chưa gửi báo cáo ${month.vi}`,
        en: `Agencies without a report for ${month.en}`,
      }
  }
}

/** "Báo cáo tháng 10/2026 của Sở Y tế" (the heatmap's cell). */
export const reportsOfAgencyCaption = (period: string, agency: string): Caption => {
  const month = monthOf(period)
  return { vi: `Báo cáo ${month.vi} của ${agency}`, en: `Report of ${month.en} of ${agency}` }
}

/** "Báo cáo năm 2026 của Sở Y tế" (the agencies' scorecard). */
export const reportsOfYearCaption = (year: number, agency: string): Caption => ({
  vi: `Báo cáo các tháng năm ${year} của ${agency}`,
  en: `Monthly reports of ${year} of ${agency}`,
})

/** R12.2: the Standing's working sessions with an agency in a year. */
export const sessionsOfYearCaption = (year: number, agency: string): Caption => ({
  vi: `Buổi làm việc của Thường trực với ${agency} năm ${year}`,
  en: `Standing working sessions with ${agency} in ${year}`,
})

/** R7.2: the urging letters issued to an agency in a year. */
export const urgingLettersCaption = (year: number, agency: string): Caption => ({
  vi: `Văn bản đôn đốc đã ban hành gửi ${agency} năm ${year}`,
  en: `Urging letters issued to ${agency} in ${year}`,
})

/** R12.4: an agency's obstacles and proposals not yet resolved. */
export const openObstaclesCaption = (agency: string): Caption => ({
  vi: `Khó khăn, vướng mắc chưa giải quyết của ${agency}`,
  en: `Unresolved obstacles and proposals of ${agency}`,
})

/** The accepted reports behind a unit's figure in the comparison of units. */
export const comparisonCaption = (period: string, indicator: Caption, unit: string): Caption => {
  const month = monthOf(period)
  return {
    vi: `Báo cáo ${month.vi} đã tiếp nhận có chỉ tiêu “${indicator.vi}” của ${unit}`,
    en: `Accepted reports of ${month.en} with the indicator “${indicator.en}” of ${unit}`,
  }
}

/** The spending recorded on a budget line. */
export const budgetLineCaption = (line: string): Caption => ({
  vi: `Các khoản chi thuộc dòng kinh phí “${line}”`,
  en: `Expenditures on the budget line “${line}”`,
})

/** The held meetings behind an agency's attendance over the months shown. */
export const attendanceCaption = (from: string, to: string, agency: string): Caption => {
  const [first, last] = [monthOf(from), monthOf(to)]
  const range =
    from === to ? first : { vi: `từ ${first.vi} đến ${last.vi}`, en: `${first.en}–${last.en}` }
  return {
    vi: `Cuộc họp đã họp ${range.vi} có thành viên của ${agency} được mời`,
    en: `Meetings held in ${range.en} to which members of ${agency} were invited`,
  }
}

/** The compliance scorecard's lists of a month (R14.2). */
export const complianceCaption = (
  figure: 'meetings' | 'reports' | 'behind' | 'period',
  period: string,
): Caption => {
  const month = monthOf(period)
  switch (figure) {
    case 'meetings':
      return { vi: `Cuộc họp ${month.vi}`, en: `Meetings of ${month.en}` }
    case 'reports':
      return { vi: `Báo cáo ${month.vi}`, en: `Reports of ${month.en}` }
    case 'behind':
      return {
        vi: `Cơ quan chưa gửi báo cáo ${month.vi} đúng hạn`,
        en: `Agencies that did not report on time for ${month.en}`,
      }
    case 'period':
      return { vi: `Kỳ báo cáo ${month.vi}`, en: `Reporting period ${month.en}` }
  }
}

/** The review meetings of a kind ("Họp sơ kết 6 tháng"), for the yearly compliance checks. */
export const reviewMeetingsCaption = (name: Caption): Caption => ({
  vi: `Cuộc họp loại “${name.vi}”`,
  en: `Meetings of the kind “${name.en}”`,
})
