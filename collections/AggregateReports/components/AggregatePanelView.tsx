'use client'

import { useState } from 'react'

import { ActionPanel, Row, type Language } from '../../../src/admin/ActionPanel'
import { l } from '../../../src/i18n/label'
import type { AggregatePanelSummary } from '../panel'

const TEXT = {
  saveFirst: l(
    'Lưu báo cáo tổng hợp để tính số liệu và ban hành.',
    'Save the aggregate report to compute its figures and issue it.',
  ),
  deadline: l('Hạn ban hành báo cáo tổng hợp', 'Aggregate report due by'),
  computedAt: l('Số liệu tính lúc', 'Figures computed at'),
  expected: l('Cơ quan phải báo cáo', 'Agencies expected'),
  accepted: l('Báo cáo đã tiếp nhận', 'Reports accepted'),
  late: l('Gửi chậm hạn', 'Late'),
  missing: l('Chưa có báo cáo được tiếp nhận', 'Missing'),
  symbol: l('Số, ký hiệu', 'Number and symbol'),
  issuedAt: l('Ban hành lúc', 'Issued at'),
  issuedLate: l('chậm hạn', 'late'),
  onTime: l('đúng hạn', 'on time'),
  files: l('Tệp báo cáo', 'Files'),
  recompute: l('Tính lại số liệu', 'Recompute'),
  issue: l('Ban hành báo cáo', 'Issue the report'),
  issueBody: l(
    'Ban hành báo cáo tổng hợp: tính lại số liệu, cấp số trong sổ văn bản đi, tạo tệp DOCX và XLSX. Kỳ báo cáo sẽ bị khóa: các cơ quan, đơn vị không gửi hoặc sửa báo cáo của kỳ này được nữa, và báo cáo tổng hợp không sửa được.',
    'Issue the aggregate report: recompute, number it in the register, create the DOCX and XLSX. The period will be locked: agencies can no longer send or change their reports for it, and the aggregate cannot be changed.',
  ),
  reportsDue: l('Hạn gửi báo cáo của cơ quan, đơn vị', "Agencies' reports due by"),
  submitted: l('Đã gửi, chờ tiếp nhận', 'Sent, awaiting acceptance'),
  reasonNeeded: l('Cần ghi lý do ban hành vì', 'A reason is needed because'),
  reason: l(
    'Lý do ban hành (bắt buộc, ít nhất 10 ký tự)',
    'Reason for issuing (required, at least 10 characters)',
  ),
  reasonMissing: l(
    'Ghi lý do ban hành (ít nhất 10 ký tự) trước khi xác nhận.',
    'Give the reason (at least 10 characters) before confirming.',
  ),
}

/** The panel's client part: the figures, the file links and the two actions, in the shared shell. */
export const AggregatePanelView = ({
  language,
  summary,
}: {
  language: Language
  summary: AggregatePanelSummary | null
}) => {
  const t = (key: keyof typeof TEXT) => TEXT[key][language]
  const [reason, setReason] = useState('')

  if (!summary) return <p style={{ marginBottom: 16 }}>{t('saveFirst')}</p>

  const reasonId = `aggregate-issue-${summary.id}-reason`
  const { counts } = summary
  const needsReason = summary.concerns.length > 0
  const issueBody = (
    <div className="aggregate-confirm">
      <p>{t('issueBody')}</p>
      <Row label={t('reportsDue')} value={summary.reportDeadline} />
      <Row label={t('deadline')} value={summary.deadline ?? '—'} />
      <Row label={t('expected')} value={counts.expected} />
      <Row label={t('accepted')} value={counts.accepted} />
      <Row label={t('submitted')} value={counts.submitted} />
      <Row label={t('missing')} value={counts.missing} />
      {needsReason && (
        <div style={{ marginTop: 12 }}>
          <p style={{ color: 'var(--theme-error-500)', margin: '0 0 6px' }}>
            {t('reasonNeeded')} {summary.concerns.join('; ')}.
          </p>
          <label htmlFor={reasonId} style={{ display: 'block', marginBottom: 4 }}>
            {t('reason')}
          </label>
          <textarea
            id={reasonId}
            onChange={(event) => setReason(event.target.value)}
            rows={3}
            style={{ width: '100%' }}
            value={reason}
          />
        </div>
      )}
    </div>
  )
  const actions =
    summary.canAct && !summary.issued
      ? [
          { path: 'recompute', label: t('recompute') },
          {
            path: 'issue',
            label: t('issue'),
            isPrimary: true,
            confirm: issueBody,
            body: () => ({ reason }),
            refusal: () => (needsReason && reason.trim().length < 10 ? t('reasonMissing') : null),
          },
        ]
      : []
  return (
    <ActionPanel
      actions={actions}
      className="aggregate-panel"
      collection="aggregate-reports"
      id={summary.id}
      language={language}
    >
      <Row label={t('deadline')} value={summary.deadline ?? '—'} />
      {summary.computedAt && <Row label={t('computedAt')} value={summary.computedAt} />}
      <div style={{ margin: '8px 0 16px' }}>
        <Row label={t('expected')} value={counts.expected} />
        <Row label={t('accepted')} value={counts.accepted} />
        <Row label={t('submitted')} value={counts.submitted} />
        <Row label={t('late')} value={counts.late} />
        <Row label={t('missing')} value={counts.missing} />
      </div>
      {summary.issued && (
        <div style={{ marginBottom: 16 }}>
          <Row label={t('symbol')} value={summary.symbol ?? ''} />
          <Row
            label={t('issuedAt')}
            value={`${summary.issuedAt ?? ''} (${summary.issuedLate ? t('issuedLate') : t('onTime')})`}
          />
        </div>
      )}
      {summary.files.length > 0 && (
        <div style={{ marginBottom: 16 }}>
          <h4 style={{ margin: '0 0 6px' }}>{t('files')}</h4>
          <ul className="aggregate-files" style={{ margin: 0, paddingLeft: 18 }}>
            {summary.files.map((file) => (
              <li key={file.url}>
                <a download href={file.url}>
                  {file.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </ActionPanel>
  )
}
