import type { CollectionConfig, Field } from 'payload'

import { isAdmin } from '../../src/access/roles'
import { numberField } from '../../src/fields/numberFields'
import { l } from '../../src/i18n/label'
import { ROLLUP_SLUGS } from '../../src/rollups/slugs'
import { rollupAccess } from './access'

// The dashboard's rollups, kept by src/rollups/ (hooks on reports, tasks, meetings, agencies
// and indicators; `npm run rollups:rebuild`). Only the system writes them. Only administrators read
// them directly: the dashboard's query functions read them as the system and apply the viewer's
// scope themselves (a reporter's dashboard shows the reporter's agency only).

const group = l('Số liệu tổng hợp', 'Rollups')
const admin = (title: string) => ({
  group,
  useAsTitle: title,
  hidden: ({ user }: { user: unknown }) => !isAdmin(user as Parameters<typeof isAdmin>[0]),
})
const text = (name: string, label: { vi: string; en: string }, index = true): Field => ({
  name,
  type: 'text',
  index,
  label,
  admin: { readOnly: true },
})
const count = (name: string, label: { vi: string; en: string }): Field =>
  numberField(
    {
      name,
      type: 'number',
      defaultValue: 0,
      label,
      admin: { readOnly: true },
    },
    { integer: true },
  )
const json = (name: string, label: { vi: string; en: string }): Field => ({
  name,
  type: 'json',
  label,
  admin: { readOnly: true },
})
// Set on every refresh: the write that takes the row's lock before its inputs are read.
const refreshedAt: Field = {
  name: 'refreshedAt',
  type: 'date',
  label: l('Cập nhật lúc', 'Refreshed at'),
  admin: { readOnly: true },
}

/** One row per agency and month with a report (R12.3a): its state and its indicator values. */
export const RollupAgencyMonths: CollectionConfig = {
  slug: ROLLUP_SLUGS.agencyMonths,
  labels: {
    singular: l('Báo cáo theo cơ quan, tháng', 'Agency month'),
    plural: l('Báo cáo theo cơ quan, tháng', 'Agency months'),
  },
  access: rollupAccess,
  admin: { ...admin('key'), defaultColumns: ['period', 'agency', 'state', 'accepted'] },
  fields: [
    text('key', l('Khóa (cơ quan@kỳ)', 'Key (agency@period)')),
    text('agency', l('Cơ quan', 'Agency')),
    text('district', l('Huyện', 'District')),
    text('agencyKind', l('Loại cơ quan', 'Agency kind')),
    text('period', l('Kỳ báo cáo', 'Period')),
    text('report', l('Báo cáo', 'Report'), false),
    text('status', l('Trạng thái báo cáo', 'Report status'), false),
    text('state', l('Thời hạn gửi', 'Timeliness')),
    {
      name: 'accepted',
      type: 'checkbox',
      label: l('Đã tiếp nhận', 'Accepted'),
      admin: { readOnly: true },
    },
    json('values', l('Số liệu chỉ tiêu', 'Indicator values')),
    json('taskCounts', l('Nhiệm vụ theo tình trạng', 'Tasks by status')),
    refreshedAt,
    // Set in the transaction that changed this row's report, cleared once the month's scope rows
    // counting it are recomputed after that commit (src/rollups/scopeLane.ts); a row still set
    // after a crash is picked up when the server starts.
    {
      name: 'scopesPending',
      type: 'checkbox',
      index: true,
      label: l('Chờ cập nhật số liệu tổng hợp', 'Scope figures pending'),
      admin: { readOnly: true },
    },
  ],
}

/** One row per scope (province, district, kind, district and kind) and month: counts and figures. */
export const RollupScopeMonths: CollectionConfig = {
  slug: ROLLUP_SLUGS.scopeMonths,
  labels: {
    singular: l('Tổng hợp theo phạm vi, tháng', 'Scope month'),
    plural: l('Tổng hợp theo phạm vi, tháng', 'Scope months'),
  },
  access: rollupAccess,
  admin: { ...admin('key'), defaultColumns: ['period', 'scope', 'received', 'onTime', 'late'] },
  fields: [
    text('key', l('Khóa (phạm vi@kỳ)', 'Key (scope@period)')),
    text('scope', l('Phạm vi', 'Scope')),
    text('period', l('Kỳ báo cáo', 'Period')),
    count('received', l('Đã gửi', 'Received')),
    count('onTime', l('Đúng hạn', 'On time')),
    count('late', l('Chậm hạn', 'Late')),
    count('accepted', l('Đã tiếp nhận', 'Accepted')),
    json('values', l('Số liệu tổng hợp', 'Figures')),
    json('states', l('Tình trạng báo cáo của từng cơ quan', "Each agency's report state")),
    refreshedAt,
  ],
}

/** One row per lead agency: its tasks in compact form, so a status on any day is computed in memory. */
export const RollupAgencyTasks: CollectionConfig = {
  slug: ROLLUP_SLUGS.agencyTasks,
  labels: {
    singular: l('Nhiệm vụ theo cơ quan', 'Agency tasks'),
    plural: l('Nhiệm vụ theo cơ quan', 'Agency tasks'),
  },
  access: rollupAccess,
  admin: { ...admin('key'), defaultColumns: ['key', 'refreshedAt'] },
  fields: [
    text('key', l('Cơ quan chủ trì', 'Lead agency')),
    json('tasks', l('Nhiệm vụ', 'Tasks')),
    json('settled', l('Nhiệm vụ đã hoàn thành từ trước (đếm)', 'Tasks completed earlier (counts)')),
    refreshedAt,
  ],
}

/** One row per month a meeting serves: its meetings in compact form (R11, R6.2). */
export const RollupMeetingMonths: CollectionConfig = {
  slug: ROLLUP_SLUGS.meetingMonths,
  labels: {
    singular: l('Cuộc họp theo tháng', 'Meeting month'),
    plural: l('Cuộc họp theo tháng', 'Meeting months'),
  },
  access: rollupAccess,
  admin: { ...admin('key'), defaultColumns: ['key', 'refreshedAt'] },
  fields: [
    text('key', l('Tháng (kỳ)', 'Month (period)')),
    json('meetings', l('Cuộc họp', 'Meetings')),
    refreshedAt,
  ],
}

export const rollupCollections: CollectionConfig[] = [
  RollupAgencyMonths,
  RollupScopeMonths,
  RollupAgencyTasks,
  RollupMeetingMonths,
]
