import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

import { addDataAndFileToRequest, type Endpoint, type PayloadRequest, type Where } from 'payload'

import type { Answer } from '../../hooks/rules/dataCalls/form'
import {
  displayAnswer,
  parseDataCallWorkbook,
  type ParsedWorkbook,
} from '../../src/dataCalls/xlsxParse'
import {
  formVersionOf,
  renderDataCallTemplate,
  templateFileName,
  XLSX_MIME_TYPE,
} from '../../src/dataCalls/xlsxTemplate'
import { withTransaction } from '../../src/db/withTransaction'
import { languageOf } from '../../src/i18n/label'
import { endpointHandler, recordIdFrom, refusal, type RecordId } from '../../src/lib/recordAction'
import { idOf } from '../../src/lib/relations'
import { MAX_UPLOAD_BYTES } from '../Media/hooks'
import { updateResponses } from './access'
import { saveAnswers } from './answers'
import { loadCallForm, type CallForm } from './hooks'

// R7.5: the response's Excel template and its upload. GET template.xlsx gives the call's template
// for the response's agency; POST upload reads a filled one and answers a preview (the answers as
// the official reads them, every problem listed) without storing anything; POST upload/confirm
// sends the same file again with the preview's token and stores the answers through the same
// checks as a save in the admin, the workbook kept as a file for provenance. Who may: those who
// may change the response (its agency's reporters, the standing body).

const NOT_FOUND = { vi: 'Không tìm thấy trả lời.', en: 'Response not found.' }
const NOT_YOURS = {
  vi: 'Chỉ cơ quan, đơn vị được đề nghị và Cơ quan thường trực được tải mẫu và tải lên số liệu.',
  en: 'Only the agency asked and the standing body may download the template or upload answers.',
}
const NO_FILE = {
  vi: 'Hãy chọn tệp Excel đã điền để tải lên.',
  en: 'Choose the filled Excel file to upload.',
}
const TOKEN_MISMATCH = {
  vi: 'Tệp xác nhận khác tệp đã xem trước: hãy tải lên lại và xem trước trước khi lưu.',
  en: 'The file confirmed is not the file previewed: upload it again and check the preview.',
}
const HAS_PROBLEMS = {
  vi: 'Tệp còn lỗi, chưa lưu số liệu: hãy sửa các dòng được nêu và tải lên lại.',
  en: 'The file has problems; nothing was stored: fix the rows listed and upload it again.',
}

type Target = {
  id: RecordId
  agencyId: RecordId
  agencyName: string
  call: CallForm
  answers: Answer[]
}

/** The response if the user may change it: 404 when he cannot read it, 403 when he may only read. */
const targetOf = async (req: PayloadRequest): Promise<Target | Response> => {
  const id = recordIdFrom(req)
  if (id === null) return refusal(req, NOT_FOUND, 404)
  const response = await req.payload.findByID({
    collection: 'data-call-responses',
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    req,
  })
  if (!response) return refusal(req, NOT_FOUND, 404)
  // The ids of this database are numbers (recordIdFrom reads them so).
  const access = await updateResponses({ req, id: id as number })
  if (access === false) return refusal(req, NOT_YOURS, 403)
  if (access !== true) {
    const { totalDocs } = await req.payload.count({
      collection: 'data-call-responses',
      where: { and: [{ id: { equals: id } }, access as Where] },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return refusal(req, NOT_YOURS, 403)
  }
  const call = await loadCallForm(req, response.call)
  const agencyId = idOf(response.agency)
  if (!call || agencyId === null) return refusal(req, NOT_FOUND, 404)
  const agency = await req.payload.findByID({
    collection: 'agencies',
    id: agencyId,
    depth: 0,
    select: { name: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return {
    id,
    agencyId,
    agencyName: agency?.name ?? '',
    call,
    answers: (response.answers ?? []).map((row) => ({
      key: row.key,
      number: row.number ?? null,
      text: row.text ?? null,
      date: row.date ?? null,
      file: idOf(row.file),
    })),
  }
}

/** The uploaded file of a multipart request, and the `_payload` JSON sent with it. */
const uploadOf = async (req: PayloadRequest) => {
  await addDataAndFileToRequest(req)
  const data = (req.data ?? {}) as { token?: unknown }
  const file = req.file
  return {
    data: file?.data?.length ? Buffer.from(file.data) : null,
    name: file?.name ?? 'so-lieu.xlsx',
    token: typeof data.token === 'string' ? data.token : '',
  }
}

const parse = (target: Target, data: Buffer): Promise<ParsedWorkbook> =>
  parseDataCallWorkbook(data, {
    callId: target.call.id,
    agencyId: target.agencyId,
    responseId: target.id,
    fields: target.call.fields,
    maxBytes: MAX_UPLOAD_BYTES,
  })

/** Ties a preview to the response, the form and the exact bytes previewed. */
const tokenOf = (req: PayloadRequest, target: Target, data: Buffer): string =>
  createHmac('sha256', req.payload.secret)
    .update(`data-call-upload:${target.id}:${formVersionOf(target.call.fields)}:`)
    .update(createHash('sha256').update(data).digest('hex'))
    .digest('hex')

const sameToken = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/** The preview as the official reads it: one line per field, every problem listed. */
const previewOf = (req: PayloadRequest, target: Target, parsed: ParsedWorkbook) => {
  const language = languageOf(req)
  const byKey = new Map(parsed.answers.map((answer) => [answer.key, answer]))
  return {
    rows: target.call.fields.map((field, index) => ({
      stt: index + 1,
      key: field.key,
      label: field.label,
      unit: field.kind === 'number' ? (field.unit ?? '') : '',
      kind: field.kind,
      required: field.required,
      value:
        field.kind === 'file'
          ? language === 'en'
            ? '(answered online)'
            : '(nộp trực tuyến)'
          : displayAnswer(field, byKey.get(field.key)),
    })),
    problems: parsed.problems.map((problem) => ({
      row: problem.row ?? null,
      field: problem.field ?? null,
      message: problem.message[language],
    })),
  }
}

const problemsAnswer = (req: PayloadRequest, parsed: ParsedWorkbook) =>
  Response.json(
    {
      errors: [
        { message: HAS_PROBLEMS[languageOf(req)] },
        ...parsed.problems.map((problem) => ({ message: problem.message[languageOf(req)] })),
      ],
    },
    { status: 400 },
  )

/** Answers from the workbook, plus the files already attached online (never in the workbook). */
const mergedAnswers = (target: Target, fromWorkbook: Answer[]): Answer[] => {
  const fileKeys = new Set(
    target.call.fields.filter((field) => field.kind === 'file').map((field) => field.key),
  )
  const files = target.answers.filter((answer) => fileKeys.has(answer.key) && answer.file != null)
  const byKey = new Map([...fromWorkbook, ...files].map((answer) => [answer.key, answer]))
  return target.call.fields.flatMap((field) => byKey.get(field.key) ?? [])
}

export const xlsxEndpoints: Endpoint[] = [
  {
    path: '/:id/template.xlsx',
    method: 'get',
    handler: endpointHandler({
      run: async (req) => {
        const target = await targetOf(req)
        if (target instanceof Response) return target
        const body = await renderDataCallTemplate({
          call: { id: target.call.id, title: target.call.title, dueDate: target.call.dueDay },
          agency: { id: target.agencyId, name: target.agencyName },
          response: { id: target.id },
          fields: target.call.fields,
        })
        return new Response(new Uint8Array(body), {
          status: 200,
          headers: {
            'Content-Type': XLSX_MIME_TYPE,
            'Content-Disposition': `attachment; filename="${templateFileName(target.call.id, target.id)}"`,
            'Content-Length': String(body.length),
          },
        })
      },
    }),
  },
  {
    path: '/:id/upload',
    method: 'post',
    handler: endpointHandler({
      run: async (req) => {
        const target = await targetOf(req)
        if (target instanceof Response) return target
        const upload = await uploadOf(req)
        if (!upload.data) return refusal(req, NO_FILE, 400)
        const parsed = await parse(target, upload.data)
        // Nothing is stored: the preview only.
        return Response.json({
          preview: previewOf(req, target, parsed),
          token: parsed.problems.length ? null : tokenOf(req, target, upload.data),
        })
      },
    }),
  },
  {
    path: '/:id/upload/confirm',
    method: 'post',
    handler: endpointHandler({
      run: async (req) => {
        const target = await targetOf(req)
        if (target instanceof Response) return target
        const upload = await uploadOf(req)
        const data = upload.data
        if (!data) return refusal(req, NO_FILE, 400)
        if (!sameToken(upload.token, tokenOf(req, target, data))) {
          return refusal(req, TOKEN_MISMATCH, 400)
        }
        const parsed = await parse(target, data)
        if (parsed.problems.length) return problemsAnswer(req, parsed)
        // The workbook and the answers are stored together or not at all.
        const doc = await withTransaction(req, async () => {
          const media = await req.payload.create({
            collection: 'media',
            data: { title: `Số liệu tải lên: ${target.call.title}`.slice(0, 250) },
            file: {
              data,
              mimetype: XLSX_MIME_TYPE,
              name: templateFileName(target.call.id, target.id),
              size: data.length,
            },
            depth: 0,
            overrideAccess: false,
            user: req.user,
            req,
          })
          return saveAnswers(req, target.id, mergedAnswers(target, parsed.answers), {
            source: 'xlsx',
            workbook: media.id,
          })
        })
        return Response.json({
          message:
            languageOf(req) === 'en'
              ? 'The answers from the Excel file were saved.'
              : 'Đã lưu số liệu từ tệp Excel.',
          doc,
        })
      },
    }),
  },
]
