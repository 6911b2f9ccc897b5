import type { Field, FieldHook } from 'payload'

import { l, languageOf } from '../../src/i18n/label'
import { toVnDateKey, vnToday } from '../../src/lib/clock'
import { followUpLinesOf, followUpRows } from './followUp'
import { inviteeLines } from './postLines'
import { shapeOf } from './shape'

// Read-only texts computed when one meeting is opened (never in lists): the follow-up of earlier
// conclusions with each task's state today (R7.3), and the invitees by their posts (R12.1).

const followUpText: FieldHook = async ({ data, req, findMany }) => {
  if (findMany || !data) return null
  const meeting = shapeOf(data)
  const rows = await followUpRows(req, meeting.followUpTasks, vnToday())
  return followUpLinesOf(rows, languageOf(req)) || null
}

const inviteesText: FieldHook = async ({ data, req, findMany }) => {
  if (findMany || !data) return null
  const meeting = shapeOf(data)
  if (!meeting.start) return null
  return (await inviteeLines(req, meeting, toVnDateKey(meeting.start))).join('\n') || null
}

/** R7.3: in the agenda tab, after the follow-up tasks. */
export const followUpReadout: Field = {
  name: 'followUpState',
  type: 'textarea',
  virtual: true,
  label: l('Tình hình thực hiện kết luận các cuộc họp trước', 'How the earlier conclusions stand'),
  admin: {
    readOnly: true,
    rows: 4,
    description: l(
      'Tự động: mỗi nhiệm vụ đã hoàn thành, đang thực hiện trong hạn hoặc quá hạn bao nhiêu ngày (tính đến hôm nay).',
      'Automatic: each task done, in progress within its deadline, or overdue by N days (as of today).',
    ),
  },
  hooks: { afterRead: [followUpText] },
}

/** R12.1: in the minutes tab, the invitees as the minutes list them. */
export const inviteesReadout: Field = {
  name: 'inviteesByPost',
  type: 'textarea',
  virtual: true,
  label: l('Thành phần mời họp (ghi vào biên bản)', 'Invitees (for the minutes)'),
  admin: {
    readOnly: true,
    rows: 4,
    description: l(
      'Tự động: họ tên, chức vụ tại cơ quan (kiêm nhiệm) và chức danh trong Tổ của từng thành viên được mời.',
      'Automatic: each invited member by name, post at the home agency and seat in the group.',
    ),
  },
  hooks: { afterRead: [inviteesText] },
}
