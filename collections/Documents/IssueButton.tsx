'use client'

import { RecordActionButtons, type RecordAction } from '../../src/admin/RecordActionButtons'
import { l } from '../../src/i18n/label'

const ACTIONS: RecordAction[] = [
  {
    path: 'issue',
    label: l('Ban hành và cấp số', 'Issue and number'),
    successPrefix: l('Đã cấp số', 'Issued as'),
  },
]

const SAVE_FIRST = l('Lưu văn bản trước khi ban hành.', 'Save the document before issuing it.')

/** The register's "Issue" action: POST /api/documents/:id/issue (a number, then read-only). */
export const IssueButton = () => (
  <RecordActionButtons actions={ACTIONS} collection="documents" saveFirst={SAVE_FIRST} />
)
