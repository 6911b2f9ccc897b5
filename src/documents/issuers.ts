import type { PayloadRequest } from 'payload'
import { dayKeyOf } from '../fields/dates'
import { format } from 'date-fns'

import { toInstant, vnTz } from '../lib/clock'
import { idOf } from '../lib/relations'
import { placeOfCommittee, superiorLineOf } from './decree30'
import type { Id } from '../lib/ids'

// Who a document's header names, read from the data (never written into the code): the province
// from its People's Committee in office that day, the Working Group's name, an agency and the
// body above it.

const system = (req: PayloadRequest) =>
  ({ depth: 0, overrideAccess: true, pagination: false, req }) as const

const upper = (text: string) => text.toLocaleUpperCase('vi')

const inOffice = (row: { validFrom?: string | null; validTo?: string | null }, day: string) => {
  const from = dayKeyOf(row.validFrom)
  const to = dayKeyOf(row.validTo)
  return (!from || from <= day) && (!to || to >= day)
}

export type Province = { place: string; superior: string | null }

/** The province of the documents: its People's Committee in office on `day`. */
export const provinceOn = async (req: PayloadRequest, day: string): Promise<Province> => {
  const { docs } = await req.payload.find({
    collection: 'agencies',
    where: { kind: { equals: 'people_committee' } },
    select: { name: true, validFrom: true, validTo: true },
    sort: '-validFrom',
    ...system(req),
  })
  const committee = docs.find((row) => inOffice(row, day)) ?? docs[0]
  return committee
    ? { place: placeOfCommittee(committee.name), superior: superiorLineOf(committee.name) }
    : { place: '', superior: null }
}

/**
 * The Working Group as the issuing body, under the People's Committee: its name without the
 * province ("Tổ công tác triển khai Đề án 06 tỉnh Quảng Nam" → "TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN 06"),
 * which the superior body's line already names.
 */
export const issuingBodyOf = async (
  req: PayloadRequest,
  day: string,
): Promise<Province & { issuer: string }> => {
  const [province, groups] = await Promise.all([
    provinceOn(req, day),
    req.payload.find({
      collection: 'working-groups',
      where: { kind: { equals: 'wg' } },
      select: { name: true },
      sort: 'id',
      limit: 1,
      ...system(req),
    }),
  ])
  const name = groups.docs[0]?.name ?? 'Tổ công tác Đề án 06'
  const suffix = province.place
    ? new RegExp(`\\s+(tỉnh|thành phố)\\s+${province.place}$`, 'i')
    : null
  return { ...province, issuer: upper(suffix ? name.replace(suffix, '') : name) }
}

/** An agency as the issuing body of its own report, under its parent (or the province). */
export const agencyIssuerOf = async (
  req: PayloadRequest,
  agencyId: Id,
  day: string,
): Promise<Province & { issuer: string; code: string }> => {
  const [province, agency] = await Promise.all([
    provinceOn(req, day),
    req.payload.findByID({
      collection: 'agencies',
      id: agencyId,
      select: { name: true, code: true, parent: true },
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    }),
  ])
  const parentId = idOf(agency?.parent)
  const parent =
    parentId === null
      ? null
      : await req.payload.findByID({
          collection: 'agencies',
          id: parentId,
          select: { name: true },
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  return {
    place: province.place,
    superior: parent ? superiorLineOf(parent.name) : province.superior,
    issuer: upper(agency?.name ?? ''),
    code: agency?.code ?? '',
  }
}

/** "10/04/2025 09:30", Vietnam time. */
export const formatVnDateTimeShort = (value: string | Date): string =>
  format(toInstant(value), 'dd/MM/yyyy HH:mm', { in: vnTz })
