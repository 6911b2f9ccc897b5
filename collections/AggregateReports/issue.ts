import { Forbidden, type PayloadRequest } from 'payload'

import { assertField, assertVerdict } from '../../src/lib/assertVerdict'
import { isAggregateLate } from '../../hooks/rules/aggregate'
import { checkIssueReason } from '../../hooks/rules/aggregateIssue'
import { formatPeriod, reportDeadline, settingsDayOf } from '../../hooks/rules/reportPeriods'
import { SIGNING_FORMS, type SigningForm } from '../../hooks/rules/signing'
import type { AggregateReport, Document } from '../../payload-types'
import { renderAggregateDocx } from '../../src/documents/aggregateDocx'
import { aggregateViewOf } from '../../src/documents/aggregateView'
import { renderAggregateXlsx, XLSX_MIME_TYPE } from '../../src/documents/aggregateXlsx'
import { DOCX_MIME_TYPE } from '../../src/documents/decree30'
import { charterNumbersOn } from '../../src/charter/settings'
import { signingOn } from '../../src/charter/signing'
import { vnDayStart, vnToday } from '../../src/lib/clock'
import { recordIdOf } from '../../src/lib/safeInput'
import { lockRow } from '../../src/db/rowLock'
import { withTransaction } from '../../src/db/withTransaction'
import { issueDocumentInTransaction, isRegisterConflict } from '../Documents/issue'
import { canIssueAggregates } from './access'
import { COLLECTION } from './hooks'
import type { Id } from '../../src/lib/ids'

const isForm = (value: unknown): value is SigningForm =>
  (SIGNING_FORMS as readonly unknown[]).includes(value)

const ALREADY_ISSUED = {
  vi: 'Báo cáo tổng hợp này đã được ban hành; không ban hành lại.',
  en: 'This aggregate report has already been issued.',
}

const storeFile = (
  req: PayloadRequest,
  file: { data: Buffer; name: string; mimetype: string },
  title: string,
) =>
  req.payload.create({
    collection: 'media',
    data: { title },
    file: { ...file, size: file.data.length },
    depth: 0,
    // The seed stores them as the system.
    overrideAccess: !req.user,
    user: req.user,
    req,
  })

/** R12.3a: the aggregate's issue locks the period (reporting-periods.aggregateIssuedAt). */
const lockPeriod = async (req: PayloadRequest, period: string, issuedAt: string) => {
  const { docs } = await req.payload.find({
    collection: 'reporting-periods',
    where: { period: { equals: period } },
    select: { period: true },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0]) {
    await req.payload.update({
      collection: 'reporting-periods',
      id: docs[0].id,
      data: { aggregateIssuedAt: issuedAt },
      depth: 0,
      overrideAccess: true,
      req,
    })
  } else {
    await req.payload.create({
      collection: 'reporting-periods',
      data: { period, aggregateIssuedAt: issuedAt },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}

export type IssueFacts = {
  /** The register's entry (issued): its number/symbol goes on the DOCX. */
  document: Document
  signatureBlock: string[]
}

/** The DOCX (bearing the register's number) and the XLSX annex, stored as media. */
export const storeAggregateFiles = async (
  req: PayloadRequest,
  doc: AggregateReport,
  facts: IssueFacts & { day: string; signer: Id },
): Promise<{ docx: number; xlsx: number }> => {
  const symbol = facts.document.symbol ?? ''
  const view = await aggregateViewOf(req, doc, {
    symbol,
    day: facts.day,
    signatureBlock: facts.signatureBlock,
    signer: facts.signer,
  })
  const [docx, xlsx] = await Promise.all([renderAggregateDocx(view), renderAggregateXlsx(view)])
  const base = `bao-cao-tong-hop-${doc.period}-so-${facts.document.number ?? ''}`
  const month = formatPeriod(doc.period)
  const docxFile = await storeFile(
    req,
    { data: docx, name: `${base}.docx`, mimetype: DOCX_MIME_TYPE },
    `Báo cáo tổng hợp tháng ${month} (${symbol})`,
  )
  const xlsxFile = await storeFile(
    req,
    { data: xlsx, name: `${base}-phu-luc.xlsx`, mimetype: XLSX_MIME_TYPE },
    `Phụ lục số liệu báo cáo tổng hợp tháng ${month} (${symbol})`,
  )
  return { docx: docxFile.id, xlsx: xlsxFile.id }
}

/**
 * The issuing write: stamps the record (read-only from then on) and locks the period, in one
 * transaction. R12.3b: issued on or after the 22nd (the charter's number), Vietnam time, is late.
 */
export const stampIssued = async (
  req: PayloadRequest,
  doc: AggregateReport,
  facts: IssueFacts & {
    issuedAt: Date
    files: { docx: number; xlsx: number } | null
    reason?: string | null
  },
): Promise<AggregateReport> => {
  const numbers = await charterNumbersOn(req, settingsDayOf(doc.period))
  const issuedAt = facts.issuedAt.toISOString()
  return withTransaction(req, async () => {
    const issued = await req.payload.update({
      collection: COLLECTION,
      id: doc.id,
      data: {
        status: 'issued',
        document: facts.document.id,
        symbol: facts.document.symbol ?? '',
        issuedAt,
        issuedBy: req.user?.collection === 'users' ? (req.user.id as number) : null,
        issuedLate: isAggregateLate(facts.issuedAt, doc.period, numbers.aggregateBeforeDay),
        signatureBlock: facts.signatureBlock.join('\n'),
        issueReason: facts.reason?.trim() || null,
        docxFile: facts.files?.docx ?? null,
        xlsxFile: facts.files?.xlsx ?? null,
      },
      depth: 0,
      overrideAccess: true,
      context: { ...req.context, issueAggregate: true },
      req,
    })
    await lockPeriod(req, doc.period, issuedAt)
    return issued
  })
}

/** Attempts at issuing when another document took the register's number first (PostgreSQL). */
const MAX_ATTEMPTS = 10

/**
 * Issues the province's aggregate report (R12.3b), by the standing body:
 * 1. the signer must be allowed to sign a monthly report today (R5.3 a Deputy signs for the
 *    Head; R4.5 the Standing Deputy only under a delegation; R2.4 the seal);
 * 2. the figures are recomputed, then the report is registered and numbered as a `documents`
 *    record of the report kind (the register gives the number/symbol);
 * 3. the DOCX (Decree 30 layout, bearing that number) and the XLSX annex are stored as media;
 * 4. the record is stamped (time, lateness against the 22nd, Vietnam time) and becomes read-only,
 *    and the period locks (reporting-periods.aggregateIssuedAt).
 * Every check runs before anything is stored, and all of it is one transaction that starts by
 * locking the aggregate's row: of two simultaneous issues, the second waits, then finds the report
 * issued and is refused, leaving no register entry of its own. Call it outside an open
 * transaction (a register conflict rolls back the attempt and tries again).
 */
export const issueAggregate = async (
  req: PayloadRequest,
  id: Id,
  reason?: string | null,
): Promise<AggregateReport> => {
  const { user } = req
  if (!user || !canIssueAggregates(user)) throw new Forbidden(req.t)
  for (let attempt = 1; ; attempt += 1) {
    let isOwn = false
    try {
      return await withTransaction(req, (own) => {
        isOwn = own
        return issueLocked(req, id, reason ?? null)
      })
    } catch (error) {
      if (!isOwn || attempt >= MAX_ATTEMPTS || !isRegisterConflict(error)) throw error
    }
  }
}

/** The issue's steps, in the request's open transaction. */
const issueLocked = async (
  req: PayloadRequest,
  id: Id,
  reason: string | null,
): Promise<AggregateReport> => {
  const { payload, user } = req
  const asUser = { depth: 0, overrideAccess: false, user, req } as const
  // Read after the lock: a concurrent issue of the same report has committed or not started.
  await lockRow(req, 'aggregate_reports', id)
  const current = await payload.findByID({ collection: COLLECTION, id, ...asUser })
  assertField(current.status !== 'issued', req, 'status', ALREADY_ISSUED, COLLECTION)
  const signer = recordIdOf(current.signer)
  assertField(
    signer !== null,
    req,
    'signer',
    { vi: 'Chọn người ký trước khi ban hành.', en: 'Choose the signer before issuing.' },
    COLLECTION,
  )
  assertField(
    isForm(current.signingForm),
    req,
    'signingForm',
    {
      vi: 'Chọn hình thức ký (TM., KT.) trước khi ban hành.',
      en: 'Choose the signing form (TM., KT.) before issuing.',
    },
    COLLECTION,
  )
  const form = current.signingForm
  const today = vnToday()
  // R2.4 / R4.5 / R5.3: the same signing rule as the register's, on the day of issue.
  const signing = await signingOn(payload, { signer, kind: 'report', form, day: today }, req)
  assertVerdict(signing.verdict, req, COLLECTION)

  // The figures as they stand now, while still a draft.
  const fresh = await payload.update({ collection: COLLECTION, id, data: {}, ...asUser })
  // R12.3b: early, or with reports not accepted, the issue needs its reason.
  const numbers = await charterNumbersOn(req, settingsDayOf(fresh.period))
  const facts = {
    today,
    reportDeadline: reportDeadline(fresh.period, numbers.reportBeforeDay),
    expected: fresh.expectedCount ?? 0,
    accepted: fresh.acceptedCount ?? 0,
  }
  assertVerdict(checkIssueReason(facts, reason), req, COLLECTION)
  const summary = fresh.title ?? ''
  const registered = await payload.create({
    collection: 'documents',
    data: {
      kind: 'report',
      date: vnDayStart(today).toISOString(),
      title: `Báo cáo ${summary.charAt(0).toLocaleLowerCase('vi')}${summary.slice(1)}`,
      signer: signer as number,
      signingForm: form,
      recipients: fresh.recipients ?? '',
      status: 'draft',
    },
    ...asUser,
  })
  const numbered = await issueDocumentInTransaction(req, registered.id, { user })
  const files = await storeAggregateFiles(req, fresh, {
    document: numbered,
    day: today,
    signatureBlock: signing.signatureBlock,
    signer,
  })
  return stampIssued(req, fresh, {
    document: numbered,
    signatureBlock: signing.signatureBlock,
    issuedAt: new Date(),
    files,
    reason,
  })
}
