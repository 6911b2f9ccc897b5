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

// R7.6: the report's two actions: "Lập báo cáo" (POST /:id/generate, the content again from the
// period's data) and "Ban hành" (POST /:id/issue: number, DOCX, frozen).

const TEXT = {
  vi: {
    generate: 'Lập báo cáo',
    issue: 'Ban hành',
    saveFirst: 'Lưu báo cáo trước.',
  },
  en: {
    generate: 'Generate',
    issue: 'Issue',
    saveFirst: 'Save the report first.',
  },
}

type ErrorBody = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }

export const ActionButtons = () => {
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
  const text = i18n.language === 'en' ? TEXT.en : TEXT.vi

  if (!id || status === 'issued') return null

  const act = (action: 'generate' | 'issue') => async () => {
    if (modified) {
      toast.error(text.saveFirst)
      return
    }
    setBusy(true)
    try {
      const response = await fetch(`${api}/support-group-reports/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json()) as ErrorBody & { message?: string }
      if (!response.ok) {
        const first = body.errors?.[0]
        toast.error(first?.data?.errors?.[0]?.message ?? first?.message ?? response.statusText)
        return
      }
      toast.success(body.message ?? '')
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Button buttonStyle="secondary" disabled={busy} onClick={act('generate')} size="medium">
        {text.generate}
      </Button>
      <Button buttonStyle="primary" disabled={busy} onClick={act('issue')} size="medium">
        {text.issue}
      </Button>
    </>
  )
}
