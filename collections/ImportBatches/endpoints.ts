import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { isOrgEditor } from '../../src/access/roles'
import { applyPlan, dryRun, ImportRefused } from '../../src/import/apply'
import { IMPORT_LISTS, isImportList, type ImportListSlug } from '../../src/import/lists'
import { describeProblem, parseSheet, type RowProblem } from '../../src/import/parse'
import { tally } from '../../src/import/plan'
import { planImport } from '../../src/import/resolve'
import { buildTemplate } from '../../src/import/templates/workbook'
import { importSpecs } from '../../src/import/templates/specs'
import { endpointHandler, refusal } from '../../src/lib/recordAction'
import { AGENCY_KINDS } from '../Agencies'
import { INDICATOR_AGGREGATIONS, INDICATOR_GROUPS } from '../Indicators'

// The import screen's endpoints (admin and secretariat only): the template of a list, the
// preview of a filled one (nothing stored; the writes are tried and rolled back so a charter
// refusal shows before confirming), and the confirm that writes it as one batch.

const SPECS = importSpecs({
  agencyKinds: AGENCY_KINDS,
  indicatorGroups: INDICATOR_GROUPS,
  indicatorAggregations: INDICATOR_AGGREGATIONS,
})

const FORBIDDEN = {
  vi: 'Chỉ quản trị hệ thống và Cơ quan thường trực được nhập danh sách từ Excel.',
  en: 'Only administrators and the standing body import lists from Excel.',
}
const UNKNOWN_LIST = {
  vi: 'Không có danh sách này để nhập.',
  en: 'There is no such list to import.',
}
const NO_FILE = { vi: 'Chưa chọn tệp Excel để tải lên.', en: 'No Excel file was uploaded.' }

const listOf = (slug: ImportListSlug) => IMPORT_LISTS.find((list) => list.slug === slug)!

type Upload = { list: ImportListSlug; file: Uint8Array; fileName: string }

const uploadOf = async (req: PayloadRequest): Promise<Upload | Response> => {
  await addDataAndFileToRequest(req)
  const list = (req.data as { list?: unknown } | undefined)?.list
  if (!isImportList(list)) return refusal(req, UNKNOWN_LIST, 400)
  if (!req.file?.data) return refusal(req, NO_FILE, 400)
  return { list, file: req.file.data, fileName: req.file.name ?? listOf(list).file }
}

/** The file read and matched: the problems by row and column, and what each row will do. */
const prepare = async (req: PayloadRequest, upload: Upload) => {
  const spec = SPECS[upload.list]
  const parsed = await parseSheet(spec, upload.file)
  // References are looked up even in a file with other problems, so that all show at once.
  const plan = await planImport(req, spec, parsed.rows)
  return { spec, entries: plan.entries, problems: [...parsed.problems, ...plan.problems] }
}

const sorted = (problems: RowProblem[]) =>
  [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)).map(describeProblem)

const template: Endpoint = {
  path: '/template/:list',
  method: 'get',
  handler: endpointHandler({
    allow: isOrgEditor,
    forbidden: FORBIDDEN,
    run: async (req) => {
      const slug = req.routeParams?.list
      if (!isImportList(slug)) return refusal(req, UNKNOWN_LIST, 404)
      const list = listOf(slug)
      const body = await buildTemplate(SPECS[slug], list.label.vi)
      return new Response(new Uint8Array(body), {
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename="${list.file}"`,
        },
      })
    },
  }),
}

const preview: Endpoint = {
  path: '/preview',
  method: 'post',
  handler: endpointHandler({
    allow: isOrgEditor,
    forbidden: FORBIDDEN,
    run: async (req) => {
      const upload = await uploadOf(req)
      if (upload instanceof Response) return upload
      const { spec, entries, problems } = await prepare(req, upload)
      const refusals = problems.length ? [] : await dryRun(req, spec, entries)
      return Response.json({
        list: upload.list,
        problems: sorted([...problems, ...refusals]),
        counts: tally(entries),
        rows: entries.map(({ row, operation, title }) => ({ row, operation, title })),
      })
    },
  }),
}

const confirm: Endpoint = {
  path: '/confirm',
  method: 'post',
  handler: endpointHandler({
    allow: isOrgEditor,
    forbidden: FORBIDDEN,
    run: async (req) => {
      const upload = await uploadOf(req)
      if (upload instanceof Response) return upload
      const { spec, entries, problems } = await prepare(req, upload)
      try {
        if (problems.length) throw new ImportRefused(problems)
        const result = await applyPlan(req, spec, entries, upload.fileName)
        return Response.json({
          message: `Đã nhập: ${result.created} bản ghi mới, ${result.updated} bản ghi cập nhật, ${result.unchanged} bản ghi không đổi.`,
          result,
        })
      } catch (error) {
        if (!(error instanceof ImportRefused)) throw error
        return Response.json(
          { errors: sorted(error.problems).map((message) => ({ message })) },
          { status: 400 },
        )
      }
    },
  }),
}

export const importEndpoints: Endpoint[] = [template, preview, confirm]
