'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useState, type CSSProperties } from 'react'

import { choicesOf } from '../../hooks/rules/dataCalls/call'
import { DayInput } from '../../src/admin/DayInput'
import type { Answer, FormField } from '../../hooks/rules/dataCalls/form'
import { formatViNumber, parseViNumber } from '../../src/fields/viNumber'
import { toVnDateKey } from '../../src/lib/clock'

// R7.5: the online answer form: one input per field of the call, numbers typed the Vietnamese way
// (1.234,5), choices from the list, dates dd/MM/yyyy. "Lưu số liệu" stores the answers through
// POST /api/data-call-responses/:id/answers (the same checks as an upload of the Excel template).

type ErrorBody = {
  message?: string
  errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
}

const row: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'minmax(12rem, 2fr) 3fr',
  gap: 12,
  alignItems: 'center',
  marginBottom: 10,
}
const hint: CSSProperties = { fontSize: 13, color: 'var(--theme-error-500)' }

const toInput = (field: FormField, answer: Answer | undefined): string => {
  if (!answer) return ''
  if (field.kind === 'number')
    return typeof answer.number === 'number' ? formatViNumber(answer.number) : ''
  if (field.kind === 'date') return answer.date ? toVnDateKey(answer.date) : ''
  if (field.kind === 'file') return answer.file == null ? '' : String(answer.file)
  return answer.text ?? ''
}

export const AnswersField = () => {
  const { id } = useDocumentInfo()
  const call = useFormFields(([fields]) => fields.call?.value) as number | string | undefined
  const status = useFormFields(([fields]) => fields.status?.value) as string | undefined
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [form, setForm] = useState<FormField[] | null>(null)
  const [values, setValues] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<string[]>([])
  const [loadFailed, setLoadFailed] = useState(false)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!id || call == null) return
    const readJson = (path: string) =>
      fetch(`${api}${path}`, { credentials: 'include' }).then((r) => {
        if (!r.ok) throw new Error(String(r.status))
        return r.json()
      })
    void (async () => {
      setLoadFailed(false)
      let callDoc: { fields?: unknown[] } | undefined
      let responseDoc: { answers?: unknown[] } | undefined
      try {
        ;[callDoc, responseDoc] = await Promise.all([
          readJson(`/data-calls/${call}?depth=0`),
          readJson(`/data-call-responses/${id}?depth=0`),
        ])
      } catch {
        // A dropped connection or an expired session: say so instead of "loading" forever.
        setLoadFailed(true)
        return
      }
      const fields = ((callDoc?.fields ?? []) as (FormField & { choices?: unknown })[]).map(
        (f) => ({
          ...f,
          choices: choicesOf(f.choices as string | null),
        }),
      )
      const answers = new Map(((responseDoc?.answers ?? []) as Answer[]).map((a) => [a.key, a]))
      setForm(fields)
      setValues(Object.fromEntries(fields.map((f) => [f.key, toInput(f, answers.get(f.key))])))
    })()
  }, [api, call, id, attempt])

  if (!id) return <p>Lưu trả lời trước khi nhập số liệu.</p>
  if (loadFailed)
    return (
      <p role="alert">
        Không tải được biểu mẫu trả lời (mất kết nối hoặc phiên đăng nhập đã hết hạn).{' '}
        <Button buttonStyle="secondary" size="small" onClick={() => setAttempt((n) => n + 1)}>
          Tải lại biểu mẫu
        </Button>
      </p>
    )
  if (!form) return <p>Đang tải biểu mẫu…</p>
  const editable = status === 'pending' || status === 'returned'

  const answersOf = (): { answers: Answer[]; faults: string[] } => {
    const faults: string[] = []
    const answers: Answer[] = []
    for (const field of form) {
      const typed = (values[field.key] ?? '').trim()
      if (!typed) continue
      if (field.kind === 'number') {
        const read = parseViNumber(typed, { integer: Boolean(field.wholeNumber), negative: true })
        if (!read.ok) faults.push(`"${field.label}": ${read.message.vi}`)
        else answers.push({ key: field.key, number: read.value })
      } else if (field.kind === 'date') {
        answers.push({ key: field.key, date: `${typed}T00:00:00.000+07:00` })
      } else if (field.kind === 'file') {
        answers.push({ key: field.key, file: /^\d+$/.test(typed) ? Number(typed) : typed })
      } else {
        answers.push({ key: field.key, text: typed })
      }
    }
    return { answers, faults }
  }

  const save = async (submit: boolean) => {
    const { answers, faults } = answersOf()
    setErrors(faults)
    if (faults.length) return
    setBusy(true)
    try {
      const response = await fetch(`${api}/data-call-responses/${id}/answers`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ answers, submit }),
      })
      const body = (await response.json().catch(() => ({}))) as ErrorBody
      if (!response.ok) {
        const list = (body.errors ?? []).flatMap((e) =>
          e.data?.errors?.length ? e.data.errors.map((x) => x.message ?? '') : [e.message ?? ''],
        )
        setErrors(list)
        toast.error(list.join(' ') || 'Không lưu được, vui lòng thử lại.')
        return
      }
      toast.success(body.message ?? '')
      window.setTimeout(() => window.location.reload(), 600)
    } finally {
      setBusy(false)
    }
  }

  const upload = async (key: string, file: File | undefined) => {
    if (!file) return
    const data = new FormData()
    data.append('file', file)
    data.append('_payload', JSON.stringify({ title: file.name }))
    const response = await fetch(`${api}/media`, {
      method: 'POST',
      credentials: 'include',
      body: data,
    })
    const body = (await response.json().catch(() => ({}))) as {
      doc?: { id: number | string }
    } & ErrorBody
    if (!response.ok || !body.doc) {
      toast.error(body.errors?.[0]?.message ?? 'Không tải được tệp lên.')
      return
    }
    setValues((current) => ({ ...current, [key]: String(body.doc!.id) }))
  }

  return (
    <fieldset className="data-call-answers" style={{ marginBottom: 24 }}>
      <legend>Số liệu, nội dung trả lời</legend>
      {form.map((field) => {
        const value = values[field.key] ?? ''
        const set = (next: string) => setValues((current) => ({ ...current, [field.key]: next }))
        const label = `${field.label}${field.kind === 'number' && field.unit ? ` (${field.unit})` : ''}${field.required ? ' *' : ''}`
        const inputId = `answer-${field.key}`
        return (
          <div key={field.key} style={row}>
            <label htmlFor={inputId}>{label}</label>
            {field.kind === 'choice' ? (
              <select
                id={inputId}
                disabled={!editable}
                value={value}
                onChange={(e) => set(e.target.value)}
              >
                <option value="">— Chọn —</option>
                {(field.choices ?? []).map((choice) => (
                  <option key={choice} value={choice}>
                    {choice}
                  </option>
                ))}
              </select>
            ) : field.kind === 'date' ? (
              <DayInput id={inputId} disabled={!editable} value={value} onChange={set} />
            ) : field.kind === 'file' ? (
              <span>
                {value ? <a href={`/admin/collections/media/${value}`}>Tệp đã tải lên</a> : null}{' '}
                {editable ? (
                  <input
                    id={inputId}
                    type="file"
                    onChange={(e) => void upload(field.key, e.target.files?.[0])}
                  />
                ) : null}
              </span>
            ) : field.kind === 'text' ? (
              <textarea
                id={inputId}
                rows={2}
                disabled={!editable}
                value={value}
                onChange={(e) => set(e.target.value)}
              />
            ) : (
              <input
                id={inputId}
                inputMode="decimal"
                placeholder="1.234,5"
                disabled={!editable}
                value={value}
                onChange={(e) => set(e.target.value)}
              />
            )}
          </div>
        )
      })}
      {errors.length > 0 && (
        <ul style={hint} role="alert">
          {errors.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {editable && (
        <div style={{ display: 'flex', gap: 12 }}>
          <Button
            buttonStyle="secondary"
            disabled={busy}
            onClick={() => void save(false)}
            size="medium"
          >
            Lưu số liệu
          </Button>
          <Button
            buttonStyle="primary"
            disabled={busy}
            onClick={() => void save(true)}
            size="medium"
          >
            Lưu và gửi Cơ quan thường trực
          </Button>
        </div>
      )}
    </fieldset>
  )
}
