'use client'

import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { ExcelFilePicker } from '../../src/admin/import/ExcelFilePicker'

// R7.5: answering a data call with its Excel template, on the response's page: download the
// template, upload the filled file, read the preview (the answers as typed, every problem by
// row), then save or cancel. Nothing is stored before "Xác nhận lưu". On a phone the preview is
// one stacked card per field, never a wide table.

const TEXT = {
  vi: {
    heading: 'Trả lời bằng tệp Excel',
    hint: 'Tải mẫu Excel của đề nghị, điền số liệu vào cột "Số liệu", rồi tải lên để xem trước trước khi lưu.',
    download: 'Tải mẫu Excel',
    upload: 'Tải lên tệp đã điền',
    reading: 'Đang đọc tệp…',
    preview: 'Xem trước số liệu trong tệp',
    problems: 'Tệp còn lỗi, chưa thể lưu:',
    noProblems: 'Tệp hợp lệ. Kiểm tra số liệu rồi bấm "Xác nhận lưu".',
    confirm: 'Xác nhận lưu',
    cancel: 'Hủy',
    saving: 'Đang lưu…',
    unit: 'Đơn vị tính',
    empty: '(để trống)',
  },
  en: {
    heading: 'Answer with the Excel file',
    hint: 'Download the template, fill the "Số liệu" column, then upload it to check the preview before saving.',
    download: 'Download the Excel template',
    upload: 'Upload the filled file',
    reading: 'Reading the file…',
    preview: 'Preview of the file',
    problems: 'The file has problems and cannot be saved:',
    noProblems: 'The file is valid. Check the figures, then press "Confirm and save".',
    confirm: 'Confirm and save',
    cancel: 'Cancel',
    saving: 'Saving…',
    unit: 'Unit',
    empty: '(empty)',
  },
}

type PreviewRow = { stt: number; key: string; label: string; unit: string; value: string }
type Preview = { rows: PreviewRow[]; problems: { row: number | null; message: string }[] }
type Body = {
  preview?: Preview
  token?: string | null
  message?: string
  errors?: { message?: string }[]
}

const errorsOf = (body: Body) => (body.errors ?? []).map((error) => error.message).join(' ')

export const XlsxUpload = () => {
  const { id, docPermissions } = useDocumentInfo()
  const { i18n } = useTranslation()
  const text = i18n.language === 'en' ? TEXT.en : TEXT.vi
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [token, setToken] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)

  // Only those who may change the response (its agency, the standing body) answer with a file.
  if (!id || !docPermissions?.update) return null
  const base = `${api}/data-call-responses/${id}`

  const send = async (path: string, chosen: File, withToken?: string) => {
    const form = new FormData()
    form.append('file', chosen, chosen.name)
    if (withToken) form.append('_payload', JSON.stringify({ token: withToken }))
    const response = await fetch(`${base}/${path}`, {
      method: 'POST',
      credentials: 'include',
      body: form,
    })
    return { ok: response.ok, body: (await response.json().catch(() => ({}))) as Body }
  }

  const reset = () => {
    setFile(null)
    setPreview(null)
    setToken(null)
  }

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return
    setBusy(text.reading)
    try {
      const { ok, body } = await send('upload', chosen)
      if (!ok || !body.preview) {
        toast.error(errorsOf(body) || text.problems)
        reset()
        return
      }
      setFile(chosen)
      setPreview(body.preview)
      setToken(body.token ?? null)
    } finally {
      setBusy(null)
    }
  }

  const confirm = async () => {
    if (!file || !token) return
    setBusy(text.saving)
    try {
      const { ok, body } = await send('upload/confirm', file, token)
      if (!ok) {
        toast.error(errorsOf(body))
        return
      }
      toast.success(body.message ?? '')
      reset()
      window.setTimeout(() => window.location.reload(), 800)
    } finally {
      setBusy(null)
    }
  }

  return (
    <section className="xlsx-upload" style={{ marginBottom: 24, maxWidth: '100%' }}>
      <h3 style={{ marginBottom: 4 }}>{text.heading}</h3>
      <p style={{ marginTop: 0, color: 'var(--theme-elevation-600)' }}>{text.hint}</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <a
          className="btn btn--style-secondary btn--size-medium"
          href={`${base}/template.xlsx`}
          download
          style={{ margin: 0 }}
        >
          {text.download}
        </a>
        {busy && <span role="status">{busy}</span>}
      </div>
      <div style={{ marginTop: 8 }}>
        <ExcelFilePicker
          disabled={busy !== null}
          file={file}
          label={text.upload}
          name="xlsx-upload"
          onChange={(chosen) => void choose(chosen ?? undefined)}
        />
      </div>
      {preview && (
        <div className="xlsx-upload__preview" style={{ marginTop: 16 }}>
          <h4 style={{ margin: '0 0 8px' }}>{text.preview}</h4>
          {preview.problems.length > 0 ? (
            <div role="alert" style={{ color: 'var(--theme-error-500)', marginBottom: 12 }}>
              <strong>{text.problems}</strong>
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {preview.problems.map((problem, index) => (
                  <li key={index} style={{ overflowWrap: 'anywhere' }}>
                    {problem.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p style={{ color: 'var(--theme-success-500)' }}>{text.noProblems}</p>
          )}
          <ol style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 6 }}>
            {preview.rows.map((row) => (
              <li
                key={row.key}
                data-key={row.key}
                className="xlsx-upload__row"
                style={{
                  display: 'flex',
                  flexWrap: 'wrap',
                  justifyContent: 'space-between',
                  gap: '2px 12px',
                  padding: '6px 8px',
                  border: '1px solid var(--theme-elevation-150)',
                  borderRadius: 4,
                }}
              >
                <span style={{ flex: '1 1 220px', overflowWrap: 'anywhere' }}>
                  {row.stt}. {row.label}
                  {row.unit ? ` (${text.unit}: ${row.unit})` : ''}
                </span>
                <strong style={{ overflowWrap: 'anywhere' }}>{row.value || text.empty}</strong>
              </li>
            ))}
          </ol>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 12 }}>
            <Button
              buttonStyle="primary"
              disabled={!token || busy !== null}
              onClick={() => void confirm()}
            >
              {text.confirm}
            </Button>
            <Button buttonStyle="secondary" disabled={busy !== null} onClick={reset}>
              {text.cancel}
            </Button>
          </div>
        </div>
      )}
    </section>
  )
}
