import type { Payload } from 'payload'

import type { Agency, Media, User, WorkingGroup } from '../../payload-types'
import { vnDayStart } from '../../src/lib/clock'

/** 00:00 Vietnam time of a calendar day, as Payload stores a day-only date. */
export const day = (key: string): string => vnDayStart(key).toISOString()

let counter = 0
export const unique = (prefix: string): string =>
  `${prefix}-${Date.now().toString(36)}-${++counter}`

const system = { overrideAccess: true, depth: 0 } as const

export const createAgency = (payload: Payload, data: Partial<Agency> = {}) =>
  payload.create({
    collection: 'agencies',
    data: { name: unique('Sở'), code: unique('S'), kind: 'department', ...data },
    ...system,
  })

export const createUser = (payload: Payload, data: Partial<User> = {}) =>
  payload.create({
    collection: 'users',
    data: {
      fullName: unique('Người dùng'),
      email: `${unique('u').toLowerCase()}@test.vn`,
      password: 'Test@12345',
      roles: ['viewer'],
      ...data,
    },
    ...system,
  })

export const createGroup = (payload: Payload, data: Partial<WorkingGroup> = {}) =>
  payload.create({
    collection: 'working-groups',
    data: { name: unique('Tổ công tác'), kind: 'wg', ...data },
    ...system,
  })

/** A small, well-formed one-page PDF (header, objects, xref table, trailer). */
const buildPdf = (): Buffer => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const offset = body.length
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

export const PDF_BYTES = buildPdf()

export const pdfFile = (name = 'van-ban.pdf') => ({
  data: PDF_BYTES,
  mimetype: 'application/pdf',
  name,
  size: PDF_BYTES.length,
})

export const createMedia = (payload: Payload, data: Partial<Media> = {}) =>
  payload.create({
    collection: 'media',
    data: { title: unique('Văn bản'), ...data },
    file: pdfFile(`${unique('f')}.pdf`),
    ...system,
  })

export type Term = { from: string; to?: string }

export const createMember = (
  payload: Payload,
  data: { user: number; group: number; position: string; agency: number; assists?: number } & Term,
) =>
  payload.create({
    collection: 'members',
    data: {
      ...data,
      position: data.position as never,
      from: day(data.from),
      to: data.to ? day(data.to) : null,
    },
    ...system,
  })

/** A Working Group with a Head (2022-01-01, open) and one member, with their users. */
export const createGroupWithHead = async (payload: Payload) => {
  const agency = await createAgency(payload)
  const group = await createGroup(payload)
  const head = await createUser(payload, { agency: agency.id, roles: ['leader'] })
  const deputy = await createUser(payload, { agency: agency.id, roles: ['leader'] })
  const headSeat = await createMember(payload, {
    user: head.id,
    group: group.id,
    position: 'head',
    agency: agency.id,
    from: '2022-01-01',
  })
  const deputySeat = await createMember(payload, {
    user: deputy.id,
    group: group.id,
    position: 'standing-deputy',
    agency: agency.id,
    from: '2022-01-01',
  })
  return { agency, group, head, deputy, headSeat, deputySeat }
}
