import { Forbidden, type PayloadRequest } from 'payload'

import { checkEditable, formatSgPeriod } from '../../hooks/rules/supportGroupReport'
import { termCovers } from '../../hooks/rules/terms'
import type { SupportGroupReport } from '../../payload-types'
import { signingOn } from '../../src/charter/signing'
import { DOCX_MIME_TYPE } from '../../src/documents/decree30'
import { renderSupportGroupReportDocx } from '../../src/documents/supportGroupReportDocx'
import { lockRow } from '../../src/db/rowLock'
import { withTransaction } from '../../src/db/withTransaction'
import { dayKeyOf } from '../../src/fields/dates'
import { assertField, assertVerdict } from '../../src/lib/assertVerdict'
import { vnDayStart } from '../../src/lib/clock'
import { actDayOf } from '../../src/lib/context'
import type { Id } from '../../src/lib/ids'
import { idOf } from '../../src/lib/relations'
import { supportGroupReportViewOf } from '../../src/supportGroupReport/view'
import { issueDocumentInTransaction, isRegisterConflict } from '../Documents/issue'
import { canPrepareSupportGroupReports } from './access'
import { COLLECTION } from './hooks'

const system = (req: PayloadRequest) =>
  ({ depth: 0, overrideAccess: true, pagination: false, req }) as const

type SgSeat = { user: Id; group: Id }

/** The Support Group Heads' seats in office on `day` (R2.4: the one who signs "TM. TỔ GIÚP VIỆC"). */
const sgHeadSeatsOn = async (req: PayloadRequest, day: string): Promise<SgSeat[]> => {
  const { docs } = await req.payload.find({
    collection: 'members',
    where: { position: { equals: 'sg-head' } },
    select: { user: true, group: true, from: true, to: true },
    sort: '-from',
    ...system(req),
  })
  return docs
    .filter((row) => termCovers({ from: dayKeyOf(row.from) ?? '', to: dayKeyOf(row.to) }, day))
    .flatMap((row) => {
      const user = idOf(row.user)
      const group = idOf(row.group)
      return user !== null && group !== null ? [{ user, group }] : []
    })
}

/** Any Support Group, for a signer who heads none (the signing rule then refuses him). */
const anySupportGroup = async (req: PayloadRequest): Promise<Id | null> => {
  const { docs } = await req.payload.find({
    collection: 'working-groups',
    where: { kind: { equals: 'sg' } },
    select: { kind: true },
    sort: 'id',
    limit: 1,
    ...system(req),
  })
  return docs[0]?.id ?? null
}

/** The signer (the report's, else the SG Head in office) and the Support Group signed for. */
const signerAndGroup = async (req: PayloadRequest, doc: SupportGroupReport, day: string) => {
  const seats = await sgHeadSeatsOn(req, day)
  const chosen = idOf(doc.signer)
  const seat = chosen === null ? seats[0] : seats.find((row) => String(row.user) === String(chosen))
  const signer = chosen ?? seat?.user ?? null
  const group = seat?.group ?? (await anySupportGroup(req))
  assertField(
    signer !== null && group !== null,
    req,
    'signer',
    {
      vi: 'Chưa có Tổ trưởng Tổ giúp việc đương nhiệm để ký báo cáo; chọn người ký.',
      en: 'No Support Group Head is in office to sign the report; choose the signer.',
    },
    COLLECTION,
  )
  return { signer, group }
}

const storeDocx = (req: PayloadRequest, data: Buffer, name: string, title: string) =>
  req.payload.create({
    collection: 'media',
    data: { title },
    file: { data, name, mimetype: DOCX_MIME_TYPE, size: data.length },
    depth: 0,
    // The seed stores it as the system.
    overrideAccess: !req.user,
    user: req.user,
    req,
  })

/** Attempts when another document took the register's number first (PostgreSQL). */
const MAX_ATTEMPTS = 10

/**
 * R7.6: issues the Support Group's periodic report, by the standing body's secretariat:
 * 1. R2.4: the signer must be the Support Group Head in office on the day of issue ("TM. TỔ GIÚP
 *    VIỆC / TỔ TRƯỞNG"), checked by the register's own signing rule;
 * 2. the content is regenerated from the period's data, then registered as a `documents` record
 *    of the Support Group (its own number sequence) and numbered;
 * 3. the DOCX (Decree 30 layout, bearing that number) is stored as media;
 * 4. the record is stamped and frozen.
 * One transaction that starts by locking the report's row; a register conflict rolls the attempt
 * back and tries again. Call it outside an open transaction.
 */
export const issueSupportGroupReport = async (
  req: PayloadRequest,
  id: Id,
): Promise<SupportGroupReport> => {
  const { user } = req
  if (!user || !canPrepareSupportGroupReports(user)) throw new Forbidden(req.t)
  for (let attempt = 1; ; attempt += 1) {
    let isOwn = false
    try {
      return await withTransaction(req, (own) => {
        isOwn = own
        return issueLocked(req, id)
      })
    } catch (error) {
      if (!isOwn || attempt >= MAX_ATTEMPTS || !isRegisterConflict(error)) throw error
    }
  }
}

const issueLocked = async (req: PayloadRequest, id: Id): Promise<SupportGroupReport> => {
  const { payload, user } = req
  const asUser = { depth: 0, overrideAccess: false, user, req } as const
  await lockRow(req, 'support_group_reports', id)
  const current = await payload.findByID({ collection: COLLECTION, id, ...asUser })
  assertVerdict(checkEditable(current.status), req, COLLECTION)
  const today = actDayOf(req.context)
  const { signer, group } = await signerAndGroup(req, current, today)
  // R2.4: the Support Group's own report is signed "TM." by its Head in office that day.
  const signing = await signingOn(
    payload,
    { signer, kind: 'report', form: 'TM', day: today, group: { id: group, kind: 'sg' } },
    req,
  )
  assertVerdict(
    { ...signing.verdict, ...(signing.verdict.ok ? {} : { path: 'signer' }) },
    req,
    COLLECTION,
  )

  // The content as the period's data stand now, while still a draft.
  const fresh = await payload.update({ collection: COLLECTION, id, data: {}, ...asUser })
  const registered = await payload.create({
    collection: 'documents',
    data: {
      kind: 'report',
      group: group as number,
      date: vnDayStart(today).toISOString(),
      title: `Báo cáo ${(fresh.title ?? '').replace(/^K/, 'k')}`,
      signer: signer as number,
      signingForm: 'TM',
      recipients: fresh.recipients ?? '',
      status: 'draft',
    },
    ...asUser,
  })
  const numbered = await issueDocumentInTransaction(req, registered.id, { user })
  const symbol = numbered.symbol ?? ''
  const view = await supportGroupReportViewOf(req, fresh, {
    symbol,
    day: today,
    signatureBlock: signing.signatureBlock,
    signer,
    group,
  })
  const docx = await storeDocx(
    req,
    await renderSupportGroupReportDocx(view),
    `bao-cao-to-giup-viec-${fresh.period}-so-${numbered.number ?? ''}.docx`,
    `Báo cáo của Tổ giúp việc ${formatSgPeriod(fresh.period ?? '')} (${symbol})`,
  )
  return payload
    .update({
      collection: COLLECTION,
      id,
      data: {
        status: 'issued',
        signer: signer as number,
        document: numbered.id,
        symbol,
        issuedAt: new Date().toISOString(),
        issuedBy: user?.collection === 'users' ? (user.id as number) : null,
        docxFile: docx.id,
      },
      depth: 0,
      overrideAccess: true,
      context: { ...req.context, issueSupportGroupReport: true },
      req,
    })
    .finally(() => {
      // The Local API keeps a given context on the request: later writes are not issues.
      delete req.context.issueSupportGroupReport
    })
}
