'use client'

import type { DefaultCellComponentProps, TextFieldClient } from 'payload'
import { useTranslation } from '@payloadcms/ui'

import { periodText } from './periodText'

/** A period in a list as officials read it: "03/2025", "Quý 4/2026". */
export const PeriodCell = ({ cellData }: DefaultCellComponentProps<TextFieldClient>) => {
  const { i18n } = useTranslation()
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {periodText(cellData, i18n.language === 'en' ? 'en' : 'vi')}
    </span>
  )
}
