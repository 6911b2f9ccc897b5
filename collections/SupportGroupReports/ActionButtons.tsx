'use client'

import { RecordActionButtons, type RecordAction } from '../../src/admin/RecordActionButtons'
import { l } from '../../src/i18n/label'

// R7.6: the report's two actions: "Lập báo cáo" (POST /:id/generate, the content again from the
// period's data) and "Ban hành" (POST /:id/issue: number, DOCX, frozen).

const ACTIONS: RecordAction[] = [
  { path: 'generate', label: l('Lập báo cáo', 'Generate') },
  { path: 'issue', label: l('Ban hành', 'Issue'), isPrimary: true },
]

const SAVE_FIRST = l('Lưu báo cáo trước.', 'Save the report first.')

export const ActionButtons = () => (
  <RecordActionButtons
    actions={ACTIONS}
    collection="support-group-reports"
    saveFirst={SAVE_FIRST}
  />
)
