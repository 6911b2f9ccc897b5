'use client'

import {
  Button,
  ConfirmationModal,
  toast,
  useConfig,
  useDocumentInfo,
  useFormModified,
  useModal,
} from '@payloadcms/ui'
import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react'

import { l } from '../i18n/label'

// The one shell of a record's action panel (a meeting, an aggregate report): the frame, the
// heading, the record's figures (each panel supplies its own), the action buttons with their
// confirmation, the status line of the last action, and the page reloaded after it succeeded.
// `useSavedSummary` reads the figures again after each save.

export type Language = 'vi' | 'en'

const TEXT = {
  confirm: l('Xác nhận', 'Confirm'),
  cancel: l('Hủy', 'Cancel'),
  working: l('Đang thực hiện…', 'Working…'),
  unsaved: l('Có thay đổi chưa lưu: lưu trước khi thực hiện.', 'Unsaved changes: save first.'),
}

export type PanelAction = {
  /** The POST endpoint after `/api/<collection>/<id>/`. */
  path: string
  label: string
  isPrimary?: boolean
  /** What the confirmation says; without it the action runs on the click. */
  confirm?: ReactNode
  /** The request's JSON body (default: none). */
  body?: () => object
  /** A refusal shown instead of running (e.g. a reason the confirmation asks for is missing). */
  refusal?: () => string | null
}

type ErrorBody = { message?: string; errors?: { message?: string }[] }

/** A label and its value on one line. */
export const Row = ({ label, value }: { label: string; value: string | number }) => (
  <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
    <span>{label}</span>
    <strong>{value}</strong>
  </div>
)

/** The record's figures as rendered with the page, read again from `/:id/panel` after a save. */
export const useSavedSummary = <Summary extends { id: number | string }>(
  collection: string,
  initial: Summary | null,
): Summary | null => {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [fetched, setFetched] = useState<Summary | null>(null)
  const { lastUpdateTime, savedDocumentData } = useDocumentInfo()
  const savedAt = `${lastUpdateTime ?? ''}|${String(savedDocumentData?.updatedAt ?? '')}`
  const seen = useRef(savedAt)
  const id = (fetched ?? initial)?.id
  useEffect(() => {
    if (seen.current === savedAt || id === undefined) return
    seen.current = savedAt
    const controller = new AbortController()
    fetch(`${api}/${collection}/${id}/panel`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { summary?: Summary } | null) => {
        if (body?.summary) setFetched(body.summary)
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [api, collection, id, savedAt])
  return fetched ?? initial
}

export const ActionPanel = ({
  actions,
  children,
  className,
  collection,
  heading,
  id,
  language,
}: {
  actions: PanelAction[]
  children: ReactNode
  className: string
  collection: string
  heading?: string
  id: number | string
  language: Language
}) => {
  const t = (key: keyof typeof TEXT) => TEXT[key][language]
  const modified = useFormModified()
  const { openModal } = useModal()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)

  const fail = (text: string) => {
    setResult({ ok: false, text })
    toast.error(text)
  }

  const run = (action: PanelAction) => async () => {
    const refused = action.refusal?.()
    if (refused) return fail(refused)
    setBusy(true)
    try {
      const response = await fetch(`${api}/${collection}/${id}/${action.path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(action.body?.() ?? {}),
      })
      const body = (await response.json().catch(() => ({}))) as ErrorBody
      if (!response.ok) {
        fail((body.errors ?? []).map((e) => e.message).join(' ') || response.statusText)
        return
      }
      setResult({ ok: true, text: body.message ?? '' })
      toast.success(body.message ?? '')
      window.setTimeout(() => window.location.reload(), 1200)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className={className} style={{ marginBottom: 24 }}>
      {heading && <h3 style={{ marginTop: 0 }}>{heading}</h3>}
      {children}
      {actions.length > 0 && (
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          {actions.map((action) => {
            const slug = `${collection}-${action.path}-${id}`
            return (
              <Fragment key={action.path}>
                <Button
                  buttonStyle={action.isPrimary ? 'primary' : 'secondary'}
                  disabled={busy || modified}
                  onClick={action.confirm ? () => openModal(slug) : run(action)}
                  size="medium"
                  tooltip={modified ? t('unsaved') : undefined}
                >
                  {busy ? t('working') : action.label}
                </Button>
                {action.confirm && (
                  <ConfirmationModal
                    body={action.confirm}
                    cancelLabel={t('cancel')}
                    confirmingLabel={t('working')}
                    confirmLabel={t('confirm')}
                    heading={action.label}
                    modalSlug={slug}
                    onConfirm={run(action)}
                  />
                )}
              </Fragment>
            )
          })}
        </div>
      )}
      {result && (
        <p
          role="status"
          style={{ color: result.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)' }}
        >
          {result.text}
        </p>
      )}
    </div>
  )
}
