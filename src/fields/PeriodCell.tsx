'use client'

import type { DefaultCellComponentProps, TextFieldClient } from 'payload'
import { useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { formatAdminURL } from 'payload/shared'

import { periodText } from './periodText'

/**
 * A period in a list as officials read it: "03/2025", "Quý 4/2026". As the list's first column it
 * opens the record (or, in a drawer choosing a record, picks it), as Payload's own cells do.
 */
export const PeriodCell = ({
  cellData,
  rowData,
  collectionSlug,
  link,
  linkURL,
  onClick,
}: DefaultCellComponentProps<TextFieldClient>) => {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const text = (
    <span style={{ whiteSpace: 'nowrap' }}>
      {periodText(cellData, i18n.language === 'en' ? 'en' : 'vi')}
    </span>
  )
  if (typeof onClick === 'function') {
    return (
      <button type="button" onClick={() => onClick({ cellData, collectionSlug, rowData })}>
        {text}
      </button>
    )
  }
  if (!link) return text
  const href =
    linkURL ??
    formatAdminURL({
      adminRoute: config.routes.admin,
      path: `/collections/${collectionSlug}/${encodeURIComponent(String(rowData.id))}`,
    })
  return (
    <Link href={href} prefetch={false}>
      {text}
    </Link>
  )
}
