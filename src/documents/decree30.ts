import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx'

import { formatViNumber } from '../fields/viNumber'
import type { DateKey } from '../lib/clock'

// The layout of an administrative document under Decree 30/2020/NĐ-CP (Annex I): the two-column
// header (issuing body under its superior; national motto; number/symbol; place and date), the
// centred kind and summary, the body, then recipients (left) and the signature block (right).
// Shared by the province's aggregate report and the agencies' soft copies.

export const DOCX_MIME_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc'

const FONT = 'Times New Roman'
// docx sizes are half-points; page measures are twips (1 mm ≈ 56.7 twips).
const pt = (points: number) => points * 2
const mm = (millimetres: number) => Math.round(millimetres * 56.7)
const A4 = { width: mm(210), height: mm(297) }
const CONTENT_WIDTH = A4.width - mm(30) - mm(15)

const upper = (text: string) => text.toLocaleUpperCase('vi')
const pad2 = (value: number) => String(value).padStart(2, '0')

/**
 * "Quảng Nam, ngày 05 tháng 02 năm 2024": a leading zero for days below 10 and for January and
 * February only (Decree 30, Annex I).
 */
export const placeAndDate = (place: string, day: DateKey): string => {
  const [year, month, date] = day.split('-').map(Number)
  const monthText = month < 3 ? pad2(month) : String(month)
  const when = `ngày ${pad2(date)} tháng ${monthText} năm ${year}`
  return place ? `${place}, ${when}` : when
}

/**
 * The place of a provincial body's documents, from the People's Committee's name:
 * "Ủy ban nhân dân tỉnh Quảng Nam" → "Quảng Nam", "… thành phố Đà Nẵng" → "Đà Nẵng".
 */
export const placeOfCommittee = (committeeName: string): string =>
  committeeName
    .replace(/^(ủy|uỷ) ban nhân dân\s+/i, '')
    .replace(/^ubnd\s+/i, '')
    .replace(/^(tỉnh|thành phố)\s+/i, '')
    .trim()

/** The superior body's header line: "Ủy ban nhân dân tỉnh Quảng Nam" → "UBND TỈNH QUẢNG NAM". */
export const superiorLineOf = (committeeName: string): string =>
  upper(committeeName.replace(/^(ủy|uỷ) ban nhân dân\s+/i, 'UBND ').trim())

/** Recipient lines as Decree 30 writes them: "- …;" each, the last one "- Lưu: VT…." kept. */
export const recipientLines = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => (entry.startsWith('-') ? entry : `- ${entry}`))

type RunStyle = { bold?: boolean; italics?: boolean; size?: number }

const run = (text: string, style: RunStyle = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: pt(style.size ?? 14),
    bold: style.bold,
    italics: style.italics,
  })

const centred = (text: string, style: RunStyle = {}, after = 0) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after },
    children: [run(text, style)],
  })

/** A short solid rule under a centred line (issuing body, motto, summary). */
const rule = () => centred('──────────', { size: 10 })

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE }
const NO_TABLE_BORDERS = { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE }

const columns = (left: Paragraph[], right: Paragraph[], leftShare = 0.42) =>
  new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [
      Math.round(CONTENT_WIDTH * leftShare),
      Math.round(CONTENT_WIDTH * (1 - leftShare)),
    ],
    borders: NO_TABLE_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ borders: NO_BORDERS, children: left }),
          new TableCell({ borders: NO_BORDERS, children: right }),
        ],
      }),
    ],
  })

/** Mục heading of the body: "I. KẾT QUẢ THỰC HIỆN". */
export const heading = (text: string) =>
  new Paragraph({ spacing: { before: 120, after: 120 }, children: [run(text, { bold: true })] })

/** A body paragraph: justified, first-line indent 1 cm, 6 pt after. */
export const paragraph = (text: string, style: RunStyle = {}) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { after: 120 },
    children: [run(text, style)],
  })

const cell = (text: string, style: RunStyle) =>
  new TableCell({
    children: [
      new Paragraph({
        alignment: style.bold ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, style)],
      }),
    ],
  })

/** A bordered table of the body, header row in bold, 12 pt. */
export const dataTable = (header: string[], rows: (string | number)[][]) =>
  new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((text) => cell(text, { bold: true, size: 12 })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            // Numbers the Vietnamese way ("12,5", "1.234"), like every figure of the document.
            children: row.map((value) =>
              cell(typeof value === 'number' ? formatViNumber(value) : value, { size: 12 }),
            ),
          }),
      ),
    ],
  })

export type Decree30Document = {
  /** The directly superior body, e.g. "UBND TỈNH QUẢNG NAM"; null when there is none. */
  superior: string | null
  /** The issuing body, e.g. "TỔ CÔNG TÁC ĐỀ ÁN 06". */
  issuer: string
  /** "12/BC-TCT" (written after "Số: "). */
  symbol: string
  place: string
  day: DateKey
  /** "BÁO CÁO". */
  kindTitle: string
  /** The summary line (trích yếu) under the kind. */
  summary: string
  /** R12.3a: "(Số liệu từ ngày 15/02/2025 đến ngày 14/03/2025)", under the summary. */
  dataPeriod?: string | null
  body: (Paragraph | Table)[]
  recipients: string[]
  /** Decree 30, Art. 13: "KT. TỔ TRƯỞNG", "TỔ PHÓ" …, then the signer's name. */
  signature: { lines: string[]; name: string | null }
}

const header = (doc: Decree30Document) =>
  columns(
    [
      ...(doc.superior ? [centred(upper(doc.superior), { size: 13 })] : []),
      centred(upper(doc.issuer), { bold: true, size: 13 }),
      rule(),
      centred(`Số: ${doc.symbol}`, { size: 13 }),
    ],
    [
      centred(NATIONAL_NAME, { bold: true, size: 12 }),
      centred(NATIONAL_MOTTO, { bold: true, size: 13 }),
      rule(),
      centred(placeAndDate(doc.place, doc.day), { italics: true, size: 14 }),
    ],
  )

const footer = (doc: Decree30Document) =>
  columns(
    [
      new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 12 })] }),
      ...doc.recipients.map((entry) => new Paragraph({ children: [run(entry, { size: 11 })] })),
    ],
    [
      ...doc.signature.lines.map((line) => centred(line, { bold: true })),
      ...['', '', '', ''].map((blank) => centred(blank)),
      centred(doc.signature.name ?? '', { bold: true }),
    ],
    0.5,
  )

// Decree 30: page numbers centred in the top margin, from the second page on.
const pageNumbers = {
  first: new Header({ children: [] }),
  default: new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(14) })],
      }),
    ],
  }),
}

/** The document as a .docx file. */
export const renderDecree30 = async (doc: Decree30Document): Promise<Buffer> => {
  const document = new Document({
    creator: doc.issuer,
    title: `${doc.kindTitle} ${doc.summary}`,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: A4,
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
          },
        },
        headers: pageNumbers,
        children: [
          header(doc),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          centred(upper(doc.kindTitle), { bold: true }),
          centred(doc.summary, { bold: true }),
          ...(doc.dataPeriod ? [centred(`(${doc.dataPeriod})`, { italics: true })] : []),
          rule(),
          ...doc.body,
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          footer(doc),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}

/** What the page of a report (BÁO CÁO) carries around its body: all but the kind and the body. */
export type ReportHead = Omit<Decree30Document, 'kindTitle' | 'body'>

/** A report (BÁO CÁO) as a .docx file: its head as issued, then its body. */
export const renderReportDocx = (
  head: ReportHead,
  body: Decree30Document['body'],
): Promise<Buffer> =>
  renderDecree30({
    superior: head.superior,
    issuer: head.issuer,
    symbol: head.symbol,
    place: head.place,
    day: head.day,
    kindTitle: 'BÁO CÁO',
    summary: head.summary,
    dataPeriod: head.dataPeriod,
    body,
    recipients: head.recipients,
    signature: head.signature,
  })
