import type { CollectionBeforeChangeHook } from 'payload'

import { assertField } from '../../src/lib/assertVerdict'
import { formatPeriod, isPeriod } from '../../hooks/rules/reportPeriods'
import { toInstant } from '../../src/lib/clock'
import { MONTH_MESSAGE } from '../../src/fields/periodText'

type ExceptionRow = {
  id?: string | null
  agency?: unknown
  reason?: string | null
  expiresAt?: string | null
  grantedBy?: unknown
  grantedAt?: string | null
}

const instantOrNull = (value: unknown): Date | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  try {
    return toInstant(value)
  } catch {
    return null
  }
}

/**
 * R12.3a: the standing body locks a period by hand and grants late-entry exceptions, each with a
 * reason and an expiry in the future; who granted it and when are recorded and cannot be altered
 * (the audit log and the versions keep the history).
 */
export const recordLocksAndExceptions: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const check = (ok: boolean, path: string, vi: string, en: string) =>
    assertField(ok, req, path, { vi, en }, 'reporting-periods')
  const period = data.period ?? originalDoc?.period
  check(isPeriod(period), 'period', MONTH_MESSAGE.vi, MONTH_MESSAGE.en)
  check(
    operation === 'create' || originalDoc?.period === period,
    'period',
    'Không đổi kỳ của một bản ghi kỳ báo cáo đã lập.',
    'The period of an existing record cannot change.',
  )
  // The record's name in headers, breadcrumbs and pickers: the month as officials write it.
  data.title = `Kỳ báo cáo tháng ${formatPeriod(period)}`
  const now = new Date()
  const userId = req.user?.collection === 'users' ? req.user.id : null
  const wasLocked = operation === 'update' && Boolean(originalDoc?.lockedAt)
  if (data.lockedAt && !wasLocked) {
    data.lockedBy = userId
  } else if (!data.lockedAt) {
    data.lockedBy = null
  } else {
    data.lockedBy = originalDoc?.lockedBy ?? null
  }

  const before = new Map(
    ((operation === 'update' ? (originalDoc?.exceptions ?? []) : []) as ExceptionRow[]).map(
      (row) => [String(row.id), row],
    ),
  )
  const rows = (Array.isArray(data.exceptions) ? data.exceptions : []) as ExceptionRow[]
  rows.forEach((row, index) => {
    const stored = row.id ? before.get(String(row.id)) : undefined
    if (stored) {
      row.grantedBy = stored.grantedBy ?? null
      row.grantedAt = stored.grantedAt ?? null
      return
    }
    const expires = instantOrNull(row.expiresAt)
    check(
      expires === null || expires.getTime() > now.getTime(),
      `exceptions.${index}.expiresAt`,
      'Thời hạn cho phép nhập muộn phải ở tương lai.',
      'A late-entry exception must expire in the future.',
    )
    check(
      typeof row.reason === 'string' && row.reason.trim() !== '',
      `exceptions.${index}.reason`,
      'Cho phép nhập muộn phải ghi rõ lý do.',
      'A late-entry exception needs a reason.',
    )
    row.grantedBy = userId
    row.grantedAt = now.toISOString()
  })
  return data
}
