'use client'

import {
  Button,
  ConfirmationModal,
  toast,
  useConfig,
  useFormModified,
  useModal,
} from '@payloadcms/ui'
import { useState } from 'react'

import type { ReportPanelSummary } from '../panel'

// The report's state and actions in words a reporter and the standing body use: "Gửi báo cáo"
// (with what is still empty), "Tiếp nhận", "Trả lại kèm ý kiến"; a receipt once sent.

type ErrorBody = { message?: string; errors?: { message?: string }[] }

const BANNERS: Record<ReportPanelSummary['status'], { text: string; tone: string }> = {
  draft: { text: 'Đang soạn, chưa gửi', tone: 'draft' },
  submitted: { text: 'Đã gửi, chờ tiếp nhận', tone: 'sent' },
  resubmitted: { text: 'Đã gửi lại, chờ tiếp nhận', tone: 'sent' },
  accepted: { text: 'Cơ quan thường trực đã tiếp nhận', tone: 'done' },
  returned: { text: 'Bị trả lại để hoàn thiện', tone: 'returned' },
}

export const ReportPanelView = ({ summary }: { summary: ReportPanelSummary | null }) => {
  const modified = useFormModified()
  const { openModal } = useModal()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [busy, setBusy] = useState(false)
  const [comment, setComment] = useState('')
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)

  if (!summary) {
    return <p className="report-panel__hint">Lưu báo cáo để gửi đến Cơ quan thường trực.</p>
  }

  const act =
    (action: 'submit' | 'accept' | 'return', body: object = {}) =>
    async () => {
      setBusy(true)
      try {
        const response = await fetch(`${api}/reports/${summary.id}/${action}`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
        const answer = (await response.json().catch(() => ({}))) as ErrorBody
        if (!response.ok) {
          const text =
            (answer.errors ?? []).map((error) => error.message).join(' ') ||
            'Không thực hiện được, vui lòng thử lại.'
          setResult({ ok: false, text })
          toast.error(text)
          return
        }
        setResult({ ok: true, text: answer.message ?? '' })
        toast.success(answer.message ?? '')
        window.setTimeout(() => window.location.reload(), 800)
      } catch {
        const text = 'Không kết nối được máy chủ, vui lòng thử lại.'
        setResult({ ok: false, text })
        toast.error(text)
      } finally {
        setBusy(false)
      }
    }

  const banner = BANNERS[summary.status]
  const saveFirst = modified ? 'Có thay đổi chưa lưu: bấm Lưu trước.' : undefined
  const submitSlug = `report-submit-${summary.id}`
  const acceptSlug = `report-accept-${summary.id}`
  const returnSlug = `report-return-${summary.id}`
  const returnWithComment = async () => {
    if (!comment.trim()) {
      const text = 'Ghi ý kiến: nội dung cơ quan cần hoàn thiện.'
      setResult({ ok: false, text })
      toast.error(text)
      return
    }
    await act('return', { comment })()
  }

  return (
    <div className="report-panel">
      <div className={`report-panel__banner report-panel__banner--${banner.tone}`} role="status">
        <strong>{banner.text}</strong>
        <span>
          Báo cáo {summary.month.toLowerCase()}
          {summary.deadline ? ` · hạn gửi ${summary.deadline}` : ''}
        </span>
      </div>
      {summary.submittedAt && (
        <p className="report-panel__receipt">
          Đã gửi lúc {summary.submittedAt}
          {summary.onTime === null ? '' : summary.onTime ? ' – đúng hạn' : ' – chậm hạn'}.
          {summary.reviewedAt && summary.status === 'accepted'
            ? ` Tiếp nhận lúc ${summary.reviewedAt}.`
            : ''}
        </p>
      )}
      {summary.status === 'returned' && summary.reviewComment && (
        <blockquote className="report-panel__comment">{summary.reviewComment}</blockquote>
      )}
      <div className="report-panel__actions">
        {summary.canSubmit && (
          <>
            <Button
              buttonStyle="primary"
              disabled={busy || modified}
              onClick={() => openModal(submitSlug)}
              size="medium"
              tooltip={saveFirst}
            >
              {summary.status === 'returned' ? 'Gửi lại báo cáo' : 'Gửi báo cáo'}
            </Button>
            <ConfirmationModal
              body={
                <div className="report-panel__confirm">
                  <p>
                    Gửi báo cáo {summary.month.toLowerCase()} đến Cơ quan thường trực? Sau khi gửi,
                    số liệu không sửa được trừ khi báo cáo bị trả lại.
                  </p>
                  {summary.empty.length > 0 ? (
                    <>
                      <p>
                        <strong>Còn {summary.empty.length} mục để trống:</strong>
                      </p>
                      <ul>
                        {summary.empty.map((item) => (
                          <li key={item}>{item}</li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <p>Các mục đã được nhập đầy đủ.</p>
                  )}
                </div>
              }
              cancelLabel="Hủy"
              confirmingLabel="Đang gửi…"
              confirmLabel="Gửi báo cáo"
              heading="Gửi báo cáo"
              modalSlug={submitSlug}
              onConfirm={act('submit')}
            />
          </>
        )}
        {summary.canReview && (
          <>
            <Button
              buttonStyle="primary"
              disabled={busy || modified}
              onClick={() => openModal(acceptSlug)}
              size="medium"
              tooltip={saveFirst}
            >
              Tiếp nhận
            </Button>
            <Button
              buttonStyle="secondary"
              disabled={busy || modified}
              onClick={() => openModal(returnSlug)}
              size="medium"
              tooltip={saveFirst}
            >
              Trả lại kèm ý kiến
            </Button>
            <ConfirmationModal
              body={`Tiếp nhận báo cáo ${summary.month.toLowerCase()}? Số liệu sẽ được tổng hợp vào báo cáo chung của tỉnh.`}
              cancelLabel="Hủy"
              confirmingLabel="Đang tiếp nhận…"
              confirmLabel="Tiếp nhận"
              heading="Tiếp nhận báo cáo"
              modalSlug={acceptSlug}
              onConfirm={act('accept')}
            />
            <ConfirmationModal
              body={
                <div className="report-panel__confirm">
                  <label htmlFor={`${returnSlug}-comment`}>
                    Ý kiến: nội dung cơ quan cần hoàn thiện (bắt buộc)
                  </label>
                  <textarea
                    id={`${returnSlug}-comment`}
                    onChange={(event) => setComment(event.target.value)}
                    rows={4}
                    value={comment}
                  />
                </div>
              }
              cancelLabel="Hủy"
              confirmingLabel="Đang trả lại…"
              confirmLabel="Trả lại"
              heading="Trả lại báo cáo kèm ý kiến"
              modalSlug={returnSlug}
              onConfirm={returnWithComment}
            />
          </>
        )}
      </div>
      {result && (
        <p
          className={result.ok ? 'report-panel__ok' : 'report-panel__error'}
          role={result.ok ? 'status' : 'alert'}
        >
          {result.text}
        </p>
      )}
    </div>
  )
}
