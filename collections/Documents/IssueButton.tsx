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

const TEXT = {
  vi: {
    issue: 'Ban hành và cấp số',
    saveFirst: 'Lưu văn bản trước khi ban hành.',
    issued: 'Đã cấp số',
  },
  en: {
    issue: 'Issue and number',
    saveFirst: 'Save the document before issuing it.',
    issued: 'Issued as',
  },
}

type ErrorBody = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }

/** The register's "Issue" action: POST /api/documents/:id/issue (a number, then read-only). */
export const IssueButton = () => {
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

  const issue = async () => {
    if (modified) {
      toast.error(text.saveFirst)
      return
    }
    setBusy(true)
    try {
      const response = await fetch(`${api}/documents/${id}/issue`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json()) as ErrorBody & { message?: string }
      if (!response.ok) {
        const first = body.errors?.[0]
        toast.error(first?.data?.errors?.[0]?.message ?? first?.message ?? response.statusText)
        return
      }
      toast.success(`${text.issued} ${body.message ?? ''}`)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button buttonStyle="secondary" disabled={busy} onClick={issue} size="medium">
      {text.issue}
    </Button>
  )
}
