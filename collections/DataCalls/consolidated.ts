import type { Endpoint, PayloadRequest } from 'payload'

import {
  ANSWER_SOURCE_LABELS,
  RESPONSE_STATUS_LABELS,
  type AnswerSource,
  type ResponseStatus,
} from '../../hooks/rules/dataCalls/labels'
import { canReadAll } from '../../src/access/roles'
import { XLSX_MIME_TYPE } from '../../src/budget/executionReport'
import { buildConsolidatedXlsx, type ConsolidatedInput } from '../../src/dataCalls/consolidatedXlsx'
import { recordIdFrom, refusal, endpointHandler } from '../../src/lib/recordAction'
import { idOf } from '../../src/lib/relations'
import type { Id } from '../../src/lib/ids'
import { loadCallForm } from '../DataCallResponses/hooks'

const NOT_FOUND = { vi: 'Không tìm thấy yêu cầu báo cáo nhanh.', en: 'Data call not found.' }
const SENT: ResponseStatus[] = ['submitted', 'accepted']

const system = (req: PayloadRequest) => ({ depth: 0, overrideAccess: true, req }) as const

const namesOf = async (req: PayloadRequest, collection: 'agencies' | 'media', ids: Id[]) => {
  if (ids.length === 0) return new Map<string, string>()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    pagination: false,
    ...system(req),
  })
  return new Map(
    docs.map((doc) => [
      String(doc.id),
      'filename' in doc
        ? String(doc.filename ?? '')
        : String((doc as { name?: string }).name ?? ''),
    ]),
  )
}

/**
 * R7.5: what the consolidated workbook shows: every agency asked, by name; the figures of the
 * responses sent (submitted or accepted) only, so the totals are those the standing body can use.
 */
export const consolidatedInput = async (
  req: PayloadRequest,
  callId: Id,
): Promise<ConsolidatedInput | null> => {
  const call = await loadCallForm(req, callId)
  if (!call) return null
  const { docs } = await req.payload.find({
    collection: 'data-call-responses',
    where: { call: { equals: callId } },
    pagination: false,
    ...system(req),
  })
  const files = docs.flatMap((doc) => [
    idOf(doc.workbook),
    ...(doc.answers ?? []).map((answer) => idOf(answer.file)),
  ])
  const [agencies, media] = await Promise.all([
    namesOf(
      req,
      'agencies',
      docs.map((doc) => idOf(doc.agency)!).filter((id) => id !== null),
    ),
    namesOf(
      req,
      'media',
      files.filter((id): id is Id => id !== null),
    ),
  ])
  const rows = docs
    .map((doc) => {
      const counted = SENT.includes(doc.status as ResponseStatus)
      const workbook = idOf(doc.workbook)
      return {
        responseId: doc.id,
        agency: agencies.get(String(idOf(doc.agency))) ?? '',
        status: RESPONSE_STATUS_LABELS[doc.status as ResponseStatus].vi,
        submittedAt: doc.submittedAt ?? null,
        late: doc.late ?? null,
        answers: counted
          ? (doc.answers ?? []).map((answer) => ({
              key: answer.key,
              number: answer.number ?? null,
              text: answer.text ?? null,
              date: answer.date ?? null,
              file: idOf(answer.file),
            }))
          : [],
        source: doc.source ? ANSWER_SOURCE_LABELS[doc.source as AnswerSource].vi : null,
        workbookName: workbook === null ? null : (media.get(String(workbook)) ?? null),
        fileNames: Object.fromEntries(media),
      }
    })
    .sort((a, b) => a.agency.localeCompare(b.agency, 'vi'))
  return { title: call.title, dueDay: call.dueDay, fields: call.fields, rows }
}

// R7.5: GET /api/data-calls/:id/consolidated.xlsx — the standing body and the read-all roles.
export const consolidatedEndpoint: Endpoint = {
  path: '/:id/consolidated.xlsx',
  method: 'get',
  handler: endpointHandler({
    allow: canReadAll,
    forbidden: {
      vi: 'Chỉ Cơ quan thường trực và lãnh đạo Tổ công tác tải bảng tổng hợp.',
      en: 'Only the standing body and the read-all roles download the consolidated workbook.',
    },
    run: async (req) => {
      const id = recordIdFrom(req)
      const input = id === null ? null : await consolidatedInput(req, id)
      if (!input || id === null) return refusal(req, NOT_FOUND, 404)
      const buffer = await buildConsolidatedXlsx(input)
      return new Response(new Uint8Array(buffer), {
        headers: {
          'Content-Type': XLSX_MIME_TYPE,
          'Content-Disposition': `attachment; filename="tong-hop-bao-cao-nhanh-${id}.xlsx"`,
        },
      })
    },
  }),
}
