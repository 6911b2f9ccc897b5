import type { Payload } from 'payload'

import { bump, SEED_OPTIONS, type Id, type Tally } from './shared'

/** A one-page PDF 1.4 showing `lines` (ASCII, Helvetica), with a correct cross-reference table. */
export const minimalPdf = (lines: string[]): Buffer => {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`)
  const content = [
    'BT',
    '/F1 14 Tf',
    '72 770 Td',
    '18 TL',
    ...lines.map((line) => `(${escape(line)}) '`),
    'ET',
  ].join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

export type PdfSeed = { title: string; filename: string; lines: string[]; agency?: Id }

/** Uploads a generated PDF unless a file with the same title exists; returns its id. */
export const ensurePdf = async (payload: Payload, pdf: PdfSeed, tally: Tally): Promise<Id> => {
  const found = await payload.find({
    collection: 'media',
    where: { title: { equals: pdf.title } },
    limit: 1,
    ...SEED_OPTIONS,
  })
  if (found.docs[0]) return found.docs[0].id
  const data = minimalPdf(pdf.lines)
  const doc = await payload.create({
    collection: 'media',
    data: { title: pdf.title, agency: pdf.agency },
    file: { data, mimetype: 'application/pdf', name: pdf.filename, size: data.length },
    ...SEED_OPTIONS,
  })
  bump(tally, 'media')
  return doc.id
}
