'use client'

import { type ReactNode } from 'react'

import {
  ActionPanel,
  Row,
  useSavedSummary,
  type Language,
  type PanelAction,
} from '../../../src/admin/ActionPanel'
import { l } from '../../../src/i18n/label'
import type { PanelSummary } from '../panel'

const TEXT = {
  heading: l('Tình hình cuộc họp', 'Meeting status'),
  saveFirst: l(
    'Lưu cuộc họp để xem hạn gửi giấy mời và các thao tác.',
    'Save the meeting to see its notice deadline and actions.',
  ),
  status: l('Trạng thái', 'Status'),
  deadline: l('Hạn cuối gửi giấy mời', 'Latest notice day'),
  today: l('hôm nay là hạn cuối', 'today is the last day'),
  left: l('còn {n} ngày làm việc', '{n} working days left'),
  overdue: l('đã quá hạn {n} ngày làm việc', '{n} working days overdue'),
  sentAt: l('Đã gửi giấy mời lúc', 'Notice sent at'),
  // R11.3a: sent after the deadline.
  late: l('muộn so với hạn', 'late'),
  onTime: l('đúng hạn', 'on time'),
  attendance: l('Điểm danh', 'Attendance'),
  invited: l('Được mời', 'Invited'),
  present: l('Có mặt', 'Present'),
  substitute: l('Dự thay', 'Substitutes'),
  excused: l('Vắng có đồng ý', 'Absent with consent'),
  unrecorded: l('Chưa ghi nhận (vắng không được đồng ý)', 'Not recorded (absent without consent)'),
  voting: l('Biểu quyết', 'Voting'),
  base: l('Đa số tính trên', 'Majority of'),
  basePresent: l('thành viên dự họp', 'members present'),
  baseAll: l('tổng số thành viên', 'all members'),
  eligible: l('Người có quyền biểu quyết', 'Eligible voters'),
  majority: l('Cần tối thiểu (phiếu tán thành)', 'Votes in favour needed'),
  deliveries: l('Gửi kết luận đến thành viên', 'Conclusions delivered'),
  total: l('Tổng số', 'Total'),
  sent: l('Đã gửi', 'Sent'),
  queued: l('Chờ gửi', 'Queued'),
  failed: l('Lỗi', 'Failed'),
  held: l('Chưa gửi (chưa cấu hình SMTP)', 'Held (no SMTP)'),
  noEmail: l('Không có email', 'No email'),
  recorded: l('Ghi nhận đã gửi', 'Recorded'),
  preparation: l('Công tác chuẩn bị (Tổ giúp việc)', 'Preparation (Support Group)'),
  followUp: l('Thực hiện kết luận các cuộc họp trước', 'Earlier conclusions'),
  due: l('hạn', 'due'),
  pullRegister: l(
    'Đưa kiến nghị tồn đọng vào chương trình họp',
    'Put open register items on the agenda',
  ),
  pullRegisterBody: l(
    'Thêm vào chương trình họp một nội dung cho mỗi kiến nghị, vướng mắc chưa giải quyết (quá hạn trước)? Kiến nghị đã có trong chương trình không thêm lại.',
    'Add an agenda item for each open obstacle or proposal (overdue first)? Items already on the agenda are not added again.',
  ),
  sendNotice: l('Gửi giấy mời', 'Send notice'),
  sendNoticeBody: l(
    'Gửi giấy mời kèm chương trình, tài liệu và lịch họp đến tất cả người được mời? Sau khi gửi, thời gian, địa điểm, thành phần và chương trình không sửa được nữa.',
    'Send the notice with agenda, documents and calendar invitation to every invitee? Afterwards time, place, invitees and agenda are fixed.',
  ),
  issue: l('Ban hành kết luận', 'Issue conclusions'),
  issueBody: l(
    'Ban hành kết luận, gửi đến từng thành viên Tổ công tác và tạo nhiệm vụ cho từng nội dung giao việc?',
    'Issue the conclusions, send them to every Working Group member and create a task for each item?',
  ),
  prefill: l('Điểm danh theo danh sách mời', 'Fill attendance from the invitees'),
  prefillBody: l(
    'Thêm một dòng "Có mặt" cho mỗi thành viên được mời chưa có dòng điểm danh? Các dòng đã nhập giữ nguyên; sau đó chỉ sửa những người vắng mặt hoặc cử người dự thay.',
    'Add a "present" row for each invited member without an attendance row? Rows already entered stay as they are; then change only those absent or sending a substitute.',
  ),
}

type Text = typeof TEXT

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <div style={{ marginBottom: 16 }}>
    <h4 style={{ margin: '0 0 6px' }}>{title}</h4>
    {children}
  </div>
)

const deadlineNote = (summary: PanelSummary, t: (key: keyof Text) => string) => {
  const days = summary.notice.workingDaysLeft
  if (days === null) return ''
  if (days === 0) return t('today')
  return days > 0
    ? t('left').replace('{n}', String(days))
    : t('overdue').replace('{n}', String(-days))
}

/** The panel's client part: the figures, and the actions with a confirmation, in the shared shell. */
export const MeetingPanelView = ({
  language,
  summary: initialSummary,
}: {
  language: Language
  summary: PanelSummary | null
}) => {
  const t = (key: keyof Text) => TEXT[key][language]
  // Rendered with the page; read again after each save (the saved status, the attendance entered).
  const summary = useSavedSummary('meetings', initialSummary)

  if (!summary) return <p style={{ marginBottom: 16 }}>{t('saveFirst')}</p>

  const { notice, attendance, voting, deliveries } = summary
  const actions: PanelAction[] = []
  if (summary.canAct && summary.status === 'draft')
    actions.push({
      path: 'pull-register',
      label: t('pullRegister'),
      confirm: t('pullRegisterBody'),
    })
  if (summary.canAct && summary.status === 'draft')
    actions.push({
      path: 'send-notice',
      label: t('sendNotice'),
      isPrimary: true,
      confirm: t('sendNoticeBody'),
    })
  if (
    summary.canAct &&
    (summary.status === 'notice-sent' || summary.status === 'held') &&
    attendance.unrecorded > 0
  )
    actions.push({ path: 'prefill-attendance', label: t('prefill'), confirm: t('prefillBody') })
  if (summary.canAct && summary.status === 'held')
    actions.push({
      path: 'issue-conclusions',
      label: t('issue'),
      isPrimary: true,
      confirm: t('issueBody'),
    })
  return (
    <ActionPanel
      actions={actions}
      className="meeting-panel"
      collection="meetings"
      heading={t('heading')}
      id={summary.id}
      language={language}
    >
      <Row label={t('status')} value={summary.statusLabel[language]} />
      <Section title={t('deadline')}>
        <Row label={notice.deadline ?? '—'} value={notice.sentAt ? '' : deadlineNote(summary, t)} />
        {notice.sentAt && (
          <Row
            label={t('sentAt')}
            value={`${notice.sentAt} (${notice.late ? t('late') : t('onTime')})`}
          />
        )}
      </Section>
      {summary.preparation.length > 0 && (
        <Section title={t('preparation')}>
          {summary.preparation.map((row) => (
            <Row
              key={row.step.vi}
              label={`${row.step[language]}${row.due ? ` (${t('due')} ${row.due})` : ''}`}
              value={row.state?.[language] ?? '—'}
            />
          ))}
        </Section>
      )}
      {summary.followUp.length > 0 && (
        <Section title={t('followUp')}>
          {summary.followUp.map((row, index) => (
            <Row key={index} label={row.title} value={row.state[language]} />
          ))}
        </Section>
      )}
      <Section title={t('attendance')}>
        <Row label={t('invited')} value={attendance.invited} />
        <Row label={t('present')} value={attendance.present} />
        <Row label={t('substitute')} value={attendance.substitute} />
        <Row label={t('excused')} value={attendance.absentWithConsent} />
        <Row label={t('unrecorded')} value={attendance.unrecorded} />
      </Section>
      <Section title={t('voting')}>
        <Row
          label={t('base')}
          value={voting.majorityBase === 'present' ? t('basePresent') : t('baseAll')}
        />
        <Row label={t('eligible')} value={voting.eligible} />
        <Row label={t('majority')} value={voting.majority} />
      </Section>
      <Section title={t('deliveries')}>
        <Row label={t('total')} value={deliveries.total} />
        <Row label={t('sent')} value={deliveries.sent} />
        <Row label={t('queued')} value={deliveries.queued} />
        <Row label={t('held')} value={deliveries.held} />
        <Row label={t('failed')} value={deliveries.failed} />
        <Row label={t('noEmail')} value={deliveries.noEmail} />
        <Row label={t('recorded')} value={deliveries.recorded} />
      </Section>
    </ActionPanel>
  )
}
