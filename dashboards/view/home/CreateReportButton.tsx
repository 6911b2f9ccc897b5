'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

// Starts the agency's report of a month: creates the draft (pre-filled by the server with the
// agency's tasks and indicators) and opens it. A refusal is shown as the server words it.
export const CreateReportButton = ({
  agency,
  period,
  label,
}: {
  agency: number | string
  period: string
  label: string
}) => {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const create = async () => {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch('/api/reports?depth=0', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ agency, period }),
      })
      const body = await response.json().catch(() => null)
      if (!response.ok) {
        setError(body?.errors?.[0]?.message ?? 'Không lập được báo cáo, vui lòng thử lại.')
        return
      }
      router.push(`/admin/collections/reports/${body.doc.id}`)
    } catch {
      setError('Không kết nối được máy chủ, vui lòng thử lại.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <button className="home-button" disabled={busy} onClick={create} type="button">
        {busy ? 'Đang lập…' : label}
      </button>
      {error ? (
        <p className="home-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  )
}
