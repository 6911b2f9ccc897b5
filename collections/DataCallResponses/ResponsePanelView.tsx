'use client'

import { Button, toast, useConfig } from '@payloadcms/ui'
import { useState } from 'react'

import { RESPONSE_STATUS_LABELS, type ResponseStatus } from '../../hooks/rules/dataCalls/labels'
import { postAction } from '../DataCalls/postAction'

/** The response's state and the standing body's "Tiếp nhận" / "Trả lại" (R7.5). */
export const ResponsePanelView = ({
  id,
  status,
  standingBody,
}: {
  id: number | string
  status: string
  standingBody: boolean
}) => {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [busy, setBusy] = useState(false)
  const [reason, setReason] = useState('')
  const act = (action: 'accept' | 'return') => async () => {
    setBusy(true)
    const result = await postAction(`${api}/data-call-responses/${id}/${action}`, { reason })
    setBusy(false)
    if (!result.ok) {
      toast.error(result.text)
      return
    }
    toast.success(result.text)
    window.setTimeout(() => window.location.reload(), 600)
  }
  const label = RESPONSE_STATUS_LABELS[status as ResponseStatus]?.vi ?? status
  return (
    <div className="data-call-response-panel">
      <p role="status">
        <strong>{label}</strong>
      </p>
      {standingBody && status === 'submitted' && (
        <>
          <Button buttonStyle="primary" disabled={busy} onClick={act('accept')} size="medium">
            Tiếp nhận
          </Button>
          <label htmlFor="return-reason">Lý do trả lại</label>
          <textarea
            id="return-reason"
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <Button buttonStyle="secondary" disabled={busy} onClick={act('return')} size="medium">
            Trả lại kèm lý do
          </Button>
        </>
      )}
    </div>
  )
}
