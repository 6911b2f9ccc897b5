'use client'

import {
  Button,
  toast,
  useConfig,
  useDocumentInfo,
  useFormFields,
  useFormModified,
  useTranslation,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

// The one shell of a record's action buttons beside Save (a document to issue, a Support Group
// report to generate and issue): hidden on a new or issued record, refused while the form has
// unsaved changes, each a POST to `/api/<collection>/<id>/<path>` whose message is toasted before
// the page is refreshed. A record with a panel of its own uses `ActionPanel` instead.

type Label = { vi: string; en: string }

export type RecordAction = {
  /** The POST endpoint after `/api/<collection>/<id>/`. */
  path: string
  label: Label
  isPrimary?: boolean
  /** Put before the server's message in the success toast (e.g. "Đã cấp số" and the number). */
  successPrefix?: Label
}

type ErrorBody = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }

export const RecordActionButtons = ({
  actions,
  collection,
  saveFirst,
}: {
  actions: RecordAction[]
  collection: string
  /** The refusal shown when the form has unsaved changes. */
  saveFirst: Label
}) => {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const modified = useFormModified()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const language = i18n.language === 'en' ? 'en' : 'vi'

  if (!id || status === 'issued') return null

  const run = (action: RecordAction) => async () => {
    if (modified) {
      toast.error(saveFirst[language])
      return
    }
    setBusy(true)
    try {
      const response = await fetch(`${api}/${collection}/${id}/${action.path}`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json()) as ErrorBody & { message?: string }
      if (!response.ok) {
        const first = body.errors?.[0]
        toast.error(first?.data?.errors?.[0]?.message ?? first?.message ?? response.statusText)
        return
      }
      const message = body.message ?? ''
      toast.success(action.successPrefix ? `${action.successPrefix[language]} ${message}` : message)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      {actions.map((action) => (
        <Button
          buttonStyle={action.isPrimary ? 'primary' : 'secondary'}
          disabled={busy}
          key={action.path}
          onClick={run(action)}
          size="medium"
        >
          {action.label[language]}
        </Button>
      ))}
    </>
  )
}
