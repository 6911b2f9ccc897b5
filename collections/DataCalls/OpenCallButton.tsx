'use client'

import {
  Button,
  toast,
  useAuth,
  useConfig,
  useDocumentInfo,
  useFormFields,
  useFormModified,
} from '@payloadcms/ui'
import { useState } from 'react'

import { postAction } from './postAction'

const STANDING = ['admin', 'secretariat']

/** The call's actions (R7.5): "Gửi yêu cầu" for a draft, "Kết thúc" for an open call. */
export const OpenCallButton = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const status = useFormFields(([fields]) => fields.status?.value) as string | undefined
  const modified = useFormModified()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const [busy, setBusy] = useState(false)
  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  if (!id || !roles.some((role) => STANDING.includes(role)) || status === 'closed') return null

  const action = status === 'open' ? 'close' : 'open'
  const run = async () => {
    if (modified) {
      toast.error('Có thay đổi chưa lưu: bấm Lưu trước.')
      return
    }
    if (
      action === 'close' &&
      !window.confirm('Kết thúc yêu cầu? Các cơ quan sẽ không gửi thêm số liệu.')
    )
      return
    setBusy(true)
    const result = await postAction(`${api}/data-calls/${id}/${action}`)
    setBusy(false)
    if (!result.ok) {
      toast.error(result.text)
      return
    }
    toast.success(result.text)
    window.setTimeout(() => window.location.reload(), 600)
  }

  return (
    <Button
      buttonStyle={action === 'open' ? 'primary' : 'secondary'}
      disabled={busy}
      onClick={run}
      size="medium"
    >
      {action === 'open' ? 'Gửi yêu cầu' : 'Kết thúc yêu cầu'}
    </Button>
  )
}
