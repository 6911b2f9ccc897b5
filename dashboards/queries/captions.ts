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
