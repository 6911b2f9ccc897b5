'use client'

import { useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { useSearchParams } from 'next/navigation'

import { l } from '../../../src/i18n/label'

// Above a list opened from a dashboard figure (`?from=dashboard`): what the list holds, and the
// way back. The caption comes with the link (dashboards/queries/captions.ts); shown as text only.
const TEXT = {
  from: l('từ bảng điều khiển', 'from the dashboard'),
  filtered: l('Danh sách đã lọc', 'Filtered list'),
  back: l('← Quay lại bảng điều khiển', '← Back to the dashboard'),
}

const MAX = 200

export const DrillDownCaption = () => {
  const params = useSearchParams()
  const { i18n } = useTranslation()
  if (params.get('from') !== 'dashboard') return null
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const given = (language === 'en' ? params.get('captionEn') : null) ?? params.get('caption')
  const caption = (given ?? '').trim().slice(0, MAX) || TEXT.filtered[language]
  return (
    <div
      className="drill-down-caption"
      role="note"
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'baseline',
        justifyContent: 'space-between',
        gap: 8,
        margin: '0 0 16px',
        padding: '10px 14px',
        borderLeft: '4px solid var(--theme-success-500)',
        background: 'var(--theme-elevation-50)',
      }}
    >
      <strong>
        {caption} – {TEXT.from[language]}
      </strong>
      <Link href="/admin">{TEXT.back[language]}</Link>
    </div>
  )
}
