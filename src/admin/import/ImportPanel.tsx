'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { IMPORT_LISTS, type ImportListSlug } from '../../import/lists'
import { ExcelFilePicker } from './ExcelFilePicker'

// "Nhập danh sách từ Excel", above the history of import batches: pick the list, download its
// template, upload the filled file, read the preview (every problem by row and column, what will
// be created and updated), then confirm. Nothing is stored before the confirm.

type PreviewRow = { row: number; operation: 'create' | 'update' | 'unchanged'; title: string }
type Preview = {
  problems: string[]
  counts: { created: number; updated: number; unchanged: number }
  rows: PreviewRow[]
}
type ErrorBody = { errors?: { message?: string }[]; message?: string }

const OPERATION = { create: 'Tạo mới', update: 'Cập nhật', unchanged: 'Không đổi' } as const

export const ImportPanel = () => {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [list, setList] = useState<ImportListSlug>('agencies')
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [errors, setErrors] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  const send = async (action: 'preview' | 'confirm') => {
    if (!file) return setErrors(['Chưa chọn tệp Excel để tải lên.'])
    const form = new FormData()
    form.append('file', file)
    form.append('_payload', JSON.stringify({ list }))
    setBusy(true)
    setErrors([])
    setStatus(null)
    try {
      const response = await fetch(`${api}/import-batches/${action}`, {
        method: 'POST',
        credentials: 'include',
        body: form,
      })
      const body = (await response.json().catch(() => ({}))) as ErrorBody & Preview
      if (!response.ok) {
        setErrors((body.errors ?? []).map((error) => String(error.message ?? '')))
        return
      }
      if (action === 'preview') setPreview(body)
      else {
        setPreview(null)
        setStatus(body.message ?? 'Đã nhập.')
        router.refresh()
      }
    } catch {
      setErrors(['Không gửi được tệp; hãy thử lại.'])
    } finally {
      setBusy(false)
    }
  }

  const canConfirm = preview !== null && preview.problems.length === 0 && !busy
  return (
    <section className="import-panel" aria-label="Nhập một danh sách mới">
      <h2>Nhập một danh sách mới</h2>
      <p className="import-panel__hint">
        Tải mẫu của danh sách, điền theo trang “Hướng dẫn” của mẫu, tải tệp lên và xem trước. Dữ
        liệu chỉ được lưu khi bấm “Xác nhận nhập”; nhập lại cùng tệp không tạo bản ghi trùng.
      </p>
      <div className="import-panel__steps">
        <div>
          <label className="import-panel__step-title" htmlFor="import-panel-list">
            1. Danh sách cần nhập
          </label>
          <div className="import-panel__list">
            <select
              className="import-panel__select"
              id="import-panel-list"
              value={list}
              onChange={(event) => {
                setList(event.target.value as ImportListSlug)
                setPreview(null)
              }}
            >
              {IMPORT_LISTS.map((item) => (
                <option key={item.slug} value={item.slug}>
                  {item.label.vi}
                </option>
              ))}
            </select>
            <Button
              buttonStyle="secondary"
              el="anchor"
              margin={false}
              size="medium"
              url={`${api}/import-batches/template/${list}`}
            >
              Tải mẫu Excel
            </Button>
          </div>
        </div>
        <div>
          <span className="import-panel__step-title">2. Tệp Excel đã điền</span>
          <ExcelFilePicker
            disabled={busy}
            file={file}
            label="Tệp Excel đã điền"
            name="import-file"
            onChange={(chosen) => {
              setFile(chosen)
              setPreview(null)
              setErrors([])
            }}
          />
        </div>
      </div>
      <div className="import-panel__actions">
        <Button buttonStyle="secondary" disabled={busy || !file} onClick={() => send('preview')}>
          Xem trước
        </Button>
        <Button disabled={!canConfirm} onClick={() => send('confirm')}>
          Xác nhận nhập
        </Button>
      </div>
      {status && (
        <p className="import-panel__status" role="status">
          {status}
        </p>
      )}
      {errors.length > 0 && (
        <ul className="import-panel__errors" role="alert">
          {errors.map((error, i) => (
            <li key={i}>{error}</li>
          ))}
        </ul>
      )}
      {preview && (
        <div className="import-panel__preview">
          <p>
            Sẽ tạo mới {preview.counts.created.toLocaleString('vi-VN')}, cập nhật{' '}
            {preview.counts.updated.toLocaleString('vi-VN')}, giữ nguyên{' '}
            {preview.counts.unchanged.toLocaleString('vi-VN')} bản ghi.
          </p>
          {preview.problems.length > 0 && (
            <>
              <strong>
                Cần sửa trước khi nhập ({preview.problems.length.toLocaleString('vi-VN')} lỗi):
              </strong>
              <ul className="import-panel__errors" role="alert">
                {preview.problems.map((problem, i) => (
                  <li key={i}>{problem}</li>
                ))}
              </ul>
            </>
          )}
          <div style={{ overflowX: 'auto' }}>
            <table className="import-panel__table">
              <thead>
                <tr>
                  <th>Dòng</th>
                  <th>Thao tác</th>
                  <th>Bản ghi</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.row}>
                    <td>{row.row}</td>
                    <td>{OPERATION[row.operation]}</td>
                    <td>{row.title}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  )
}
