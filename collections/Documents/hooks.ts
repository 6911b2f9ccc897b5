import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { assertField, assertVerdict } from '../../src/lib/assertVerdict'
import {
  checkIssueDating,
  DOCUMENT_KINDS,
  formatSymbol,
  nextNumber,
  registerKeyOf,
  registerSettingsOf,
  sequenceOf,
  SG_ISSUER_SYMBOL,
  SG_SEQUENCES,
  TYPE_CODES,
  type DocumentKind,
} from '../../hooks/rules/documentRegister'
import { isProgrammeYear, PROGRAMME_YEARS } from '../../hooks/rules/plans'
import { SIGNING_FORMS, type SigningForm } from '../../hooks/rules/signing'
import { formatDayKey } from '../../hooks/rules/terms'
import { performedOn } from '../../src/charter/authority'
import { signingOn } from '../../src/charter/signing'
import { vnDayStart, vnToday } from '../../src/lib/clock'
import { dayKeyOf } from '../../src/fields/dates'
import { recordIdOf } from '../../src/lib/safeInput'
import { refuseDeleteWhen } from '../../src/lib/refuseDeleteWhen'

const COLLECTION = 'documents'

const isKind = (value: unknown): value is DocumentKind =>
  (DOCUMENT_KINDS as readonly unknown[]).includes(value)
const isForm = (value: unknown): value is SigningForm =>
  (SIGNING_FORMS as readonly unknown[]).includes(value)

// Only issuing writes these; left out of a draft's data (a null key would still be indexed on
// MongoDB's sparse unique index).
const REGISTER_FIELDS = [
  'year',
  'number',
  'sequence',
  'symbol',
  'registerKey',
  'issuedAt',
  'issuedBy',
]

const READ_ONLY = {
  vi: 'Văn bản đã ban hành (đã cấp số) không được sửa hoặc xóa.',
  en: 'An issued (numbered) document cannot be changed or deleted.',
}

/** The last issued document of the year's sequence: its number and date (Decree 30, Art. 15). */
const lastIssued = async (
  req: PayloadRequest,
  year: number,
  kind: DocumentKind,
  single: boolean,
  supportGroup: boolean,
): Promise<{ number: number | null; day: string | null }> => {
  // R2.4: the Support Group's documents run in their own sequences, apart from the WG's.
  const ownSequences = supportGroup
    ? [{ sequence: { equals: sequenceOf(kind, single ? 'single' : 'per-kind', true) } }]
    : [{ sequence: { not_in: [...SG_SEQUENCES] } }]
  // Per kind, every kind sharing the type code counts (a notice and a conclusion notice are both
  // TB); a single sequence counts the whole year. Either way no symbol repeats within the year.
  const sameCode = DOCUMENT_KINDS.filter((other) => TYPE_CODES[other] === TYPE_CODES[kind])
  const { docs } = await req.payload.find({
    collection: COLLECTION,
    where: {
      and: [
        { year: { equals: year } },
        { status: { equals: 'issued' } },
        ...ownSequences,
        ...(single || supportGroup ? [] : [{ kind: { in: sameCode } }]),
      ],
    },
    sort: '-number',
    limit: 1,
    depth: 0,
    select: { number: true, date: true },
    pagination: false,
    overrideAccess: true,
    req,
  })
  return { number: docs[0]?.number ?? null, day: dayKeyOf(docs[0]?.date) }
}

/** The issuing group and its kind (R2.4: the Support Group's own documents), or null. */
const issuingGroupOf = async (
  req: PayloadRequest,
  value: unknown,
): Promise<{ id: number | string; kind: 'wg' | 'sg' } | null> => {
  const id = recordIdOf(value)
  if (id === null) return null
  const group = await req.payload.findByID({
    collection: 'working-groups',
    id,
    depth: 0,
    select: { kind: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return group ? { id: group.id, kind: group.kind === 'sg' ? 'sg' : 'wg' } : null
}

const assignNumber = async (
  req: PayloadRequest,
  data: Record<string, unknown>,
  kind: DocumentKind,
  day: string,
  issuedOn: string,
  supportGroup: boolean,
) => {
  const settings = registerSettingsOf(
    (await req.payload.findGlobal({ slug: 'charter-settings', depth: 0, req })).documentRegister,
  )
  const year = Number(day.slice(0, 4))
  const last = await lastIssued(req, year, kind, settings.numbering === 'single', supportGroup)
  // R2.4: no back-dating; the register's numbers stay in date order.
  assertVerdict(
    checkIssueDating({
      day,
      issuedOn,
      lastIssuedDay: last.day,
      backdateAllowanceDays: settings.backdateAllowanceDays,
    }),
    req,
    COLLECTION,
  )
  const number = nextNumber(last.number)
  const sequence = sequenceOf(kind, settings.numbering, supportGroup)
  data.year = year
  data.number = number
  data.sequence = sequence
  data.symbol = formatSymbol(number, kind, supportGroup ? SG_ISSUER_SYMBOL : settings.issuerSymbol)
  data.registerKey = registerKeyOf(year, sequence, number)
  data.issuedAt = new Date().toISOString()
  data.issuedBy = req.user?.collection === 'users' ? req.user.id : null
}

/**
 * R2.4 / R4.5 / R5.3: the signer may sign this kind in this form on the document's date, and the
 * seal is the signer's own agency. Issuing assigns the next number of the year and freezes the
 * document; an issued document is read-only.
 */
export const enforceDocumentRules: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  context,
}) => {
  assertField(originalDoc?.status !== 'issued', req, 'status', READ_ONLY, COLLECTION)
  const issuing = context.issueDocument === true
  data.status = issuing ? 'issued' : 'draft'
  const merged = { ...originalDoc, ...data }
  const today = vnToday()

  let day = dayKeyOf(merged.date)
  // R2.4: an issue is checked on the day it is performed (Vietnam time).
  const issuedOn = performedOn(context, day)
  if (issuing && !day && merged.date == null) {
    day = today
    data.date = vnDayStart(today).toISOString()
  }
  if (day) {
    assertField(
      isProgrammeYear(Number(day.slice(0, 4))),
      req,
      'date',
      {
        vi: `Năm của văn bản phải từ ${PROGRAMME_YEARS.min} đến ${PROGRAMME_YEARS.max}.`,
        en: `The document's year must be from ${PROGRAMME_YEARS.min} to ${PROGRAMME_YEARS.max}.`,
      },
      COLLECTION,
    )
  }
  if (issuing) {
    assertField(
      Boolean(day) && day! <= today,
      req,
      'date',
      {
        vi: `Không ban hành văn bản mang ngày trong tương lai (hôm nay là ${formatDayKey(today)}).`,
        en: `A document cannot be issued with a future date (today is ${formatDayKey(today)}).`,
      },
      COLLECTION,
    )
    assertField(
      merged.signer != null && merged.signer !== '',
      req,
      'signer',
      { vi: 'Ghi rõ người ký trước khi ban hành.', en: 'Name the signer before issuing.' },
      COLLECTION,
    )
    assertField(
      isForm(merged.signingForm),
      req,
      'signingForm',
      {
        vi: 'Chọn hình thức ký (TM., KT., TL.) trước khi ban hành.',
        en: 'Choose the signing form (TM., KT., TL.) before issuing.',
      },
      COLLECTION,
    )
  }

  // Malformed values are left to the fields' own validation, which names them.
  const signer = recordIdOf(merged.signer)
  const kind = merged.kind
  const form = merged.signingForm
  const group = await issuingGroupOf(req, merged.group)
  if (signer !== null && isKind(kind) && isForm(form) && day) {
    const outcome = await signingOn(req.payload, { signer, kind, form, day, group }, req)
    assertVerdict(outcome.verdict, req, COLLECTION)
    data.sealAgency = outcome.sealAgency
    data.signatureBlock = outcome.signatureBlock.join('\n')
    data.signingDelegation = outcome.delegation
    if (issuing && issuedOn !== day) {
      // R2.4 / R4.5: the signer must also hold the power on the day the document is issued.
      const onIssue = await signingOn(
        req.payload,
        { signer, kind, form, day: issuedOn, group },
        req,
      )
      assertVerdict(onIssue.verdict, req, COLLECTION)
    }
  } else {
    data.sealAgency = null
    data.signatureBlock = null
    data.signingDelegation = null
  }

  if (issuing && isKind(kind) && day) {
    await assignNumber(req, data, kind, day, issuedOn, group?.kind === 'sg')
  } else for (const field of REGISTER_FIELDS) delete data[field]
  return data
}

/** Issued documents stay in the register for good. */
export const refuseIssuedDelete = refuseDeleteWhen((doc) => doc.status === 'issued', READ_ONLY)
