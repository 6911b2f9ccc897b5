import type { PayloadRequest } from 'payload'

import { issueConcerns } from '../../hooks/rules/aggregateIssue'
import { reportDeadline, settingsDayOf } from '../../hooks/rules/reportPeriods'
import { formatDayKey } from '../../hooks/rules/terms'
import { charterNumbersOn } from '../../src/charter/settings'
import { languageOf } from '../../src/i18n/label'
import { vnToday } from '../../src/lib/clock'
import { dayKeyOf } from '../../src/fields/dates'
import { formatVnDateTimeShort } from '../../src/documents/issuers'
import { idOf } from '../../src/lib/relations'
import { canIssueAggregates } from './access'
import { COLLECTION } from './hooks'
import type { Id } from '../../src/lib/ids'

// What the side panel of an aggregate report shows, computed on the server from the record.

export type FileLink = { title: string; url: string }

export type AggregatePanelSummary = {
  id: Id
  issued: boolean
  deadline: string | null
  computedAt: string | null
  counts: {
    expected: number
    accepted: number
    /** Sent and waiting for the standing body (not yet accepted). */
    submitted: number
    late: number
    missing: number
  }
  /** dd/MM/yyyy: the agencies' reports are on time until the end of this day. */
  reportDeadline: string
  /** Why issuing now needs a reason (R12.3b), in the user's language; empty when it does not. */
  concerns: string[]
  symbol: string | null
  issuedAt: string | null
  issuedLate: boolean
  files: FileLink[]
  canAct: boolean
}

const fileLinks = async (req: PayloadRequest, ids: Id[]): Promise<FileLink[]> => {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    select: { title: true, filename: true, url: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    req,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return ids.flatMap((id) => {
    const doc = byId.get(String(id))
    const url =
      doc?.url ?? (doc?.filename ? `/api/media/file/${encodeURIComponent(doc.filename)}` : null)
    return doc && url ? [{ title: doc.filename ?? doc.title, url }] : []
  })
}

export const aggregatePanelSummary = async (
  req: PayloadRequest,
  id: Id,
): Promise<AggregatePanelSummary | null> => {
  const doc = await req.payload.findByID({
    collection: COLLECTION,
    id,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    req,
  })
  if (!doc) return null
  const deadline = dayKeyOf(doc.deadline)
  const numbers = await charterNumbersOn(req, settingsDayOf(doc.period))
  const reportsDue = reportDeadline(doc.period, numbers.reportBeforeDay)
  const { totalDocs: submitted } = await req.payload.count({
    collection: 'reports',
    where: { period: { equals: doc.period }, status: { in: ['submitted', 'resubmitted'] } },
    overrideAccess: false,
    req,
  })
  const concerns = issueConcerns({
    today: vnToday(),
    reportDeadline: reportsDue,
    expected: doc.expectedCount ?? 0,
    accepted: doc.acceptedCount ?? 0,
  }).map((concern) => concern[languageOf(req)])
  const files = [idOf(doc.docxFile), idOf(doc.xlsxFile)].filter((file): file is Id => file !== null)
  return {
    id,
    issued: doc.status === 'issued',
    deadline: deadline ? formatDayKey(deadline) : null,
    computedAt: doc.computedAt ? formatVnDateTimeShort(doc.computedAt) : null,
    counts: {
      expected: doc.expectedCount ?? 0,
      accepted: doc.acceptedCount ?? 0,
      submitted,
      late: doc.lateCount ?? 0,
      missing: doc.missingCount ?? 0,
    },
    reportDeadline: formatDayKey(reportsDue),
    concerns,
    symbol: doc.symbol ?? null,
    issuedAt: doc.issuedAt ? formatVnDateTimeShort(doc.issuedAt) : null,
    issuedLate: Boolean(doc.issuedLate),
    files: await fileLinks(req, files),
    canAct: canIssueAggregates(req.user),
  }
}
