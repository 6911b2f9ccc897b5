import { randomBytes } from 'node:crypto'

import type { CollectionSlug, PayloadRequest } from 'payload'

import { withTransaction } from '../db/withTransaction'
import type { ImportListSlug, ImportSpec } from './lists'
import type { RowProblem } from './parse'
import { tally, type Id, type PlanEntry } from './plan'

// Writing a plan: every row through the Local API with the request (so access, input integrity,
// the charter rules and the audit run as for a save from the admin), all in one transaction. The
// first refusal stops the import, names its row and column, and rolls everything back. A preview
// runs the same writes and always rolls back, so a rule refusal shows before anyone confirms.

export const IMPORT_BATCHES_SLUG = 'import-batches' as CollectionSlug

/** A refusal of the import: the problems by row and column, answered as a 400. */
export class ImportRefused extends Error {
  readonly status = 400
  constructor(readonly problems: RowProblem[]) {
    super('import refused')
  }
}

class DryRunDone extends Error {}

// The record fields a reference column fills, for naming the column of a refusal.
const COLUMN_OF_FIELD: Record<string, string> = {
  parent: 'parentCode',
  agency: 'agencyCode',
  owner: 'ownerCode',
  user: 'email',
  group: 'groupKind',
  indicator: 'indicatorCode',
  key: 'year',
}

const headerOfPath = (spec: ImportSpec, path: string | undefined): string | null => {
  if (!path) return null
  const field = path.split('.')[0]!
  const key = COLUMN_OF_FIELD[field] ?? field
  return spec.columns.find((column) => column.key === key)?.header ?? null
}

const problemsOf = (error: unknown, spec: ImportSpec, row: number): RowProblem[] => {
  const data = (error as { data?: { errors?: { path?: string; message: string }[] } }).data
  const errors = data?.errors?.length
    ? data.errors
    : [{ path: undefined, message: String((error as Error).message) }]
  return errors.map((item) => ({
    row,
    column: headerOfPath(spec, item.path),
    message: item.message,
  }))
}

// An imported account has no password in the file: it gets one nobody knows, and its holder sets
// his/her own through "Quên mật khẩu?" on the login page (the outbox sends the link).
const unknownPassword = () => `${randomBytes(24).toString('base64url')}Aa1!`

type Written = { row: number; operation: 'create' | 'update'; id: Id }

const writeEntries = async (
  req: PayloadRequest,
  spec: ImportSpec,
  entries: readonly PlanEntry[],
): Promise<Written[]> => {
  const written: Written[] = []
  const idsByKey = new Map<string, Id>()
  for (const entry of entries) {
    if (entry.id !== undefined) idsByKey.set(entry.key, entry.id)
    if (entry.operation === 'unchanged') continue
    const data = { ...entry.data }
    if (entry.pending) data[entry.pending.field] = idsByKey.get(entry.pending.rowKey)
    const options = { collection: entry.collection, req, overrideAccess: false, depth: 0 } as const
    try {
      const doc =
        entry.operation === 'create'
          ? await req.payload.create({
              ...options,
              data: (entry.collection === 'users'
                ? { ...data, password: unknownPassword() }
                : data) as never,
            })
          : await req.payload.update({ ...options, id: entry.id!, data: data as never })
      idsByKey.set(entry.key, doc.id)
      written.push({ row: entry.row, operation: entry.operation, id: doc.id })
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500
      if (status >= 500) throw error
      throw new ImportRefused(problemsOf(error, spec, entry.row))
    }
  }
  return written
}

/** Runs the writes of a plan and rolls them back: the refusals a confirm would meet, or none. */
export const dryRun = async (
  req: PayloadRequest,
  spec: ImportSpec,
  entries: readonly PlanEntry[],
): Promise<RowProblem[]> => {
  try {
    await withTransaction(req, async (isOwn) => {
      if (!isOwn) throw new Error('A dry run needs a transaction of its own.')
      await writeEntries(req, spec, entries)
      throw new DryRunDone()
    })
  } catch (error) {
    if (error instanceof DryRunDone) return []
    if (error instanceof ImportRefused) return error.problems
    throw error
  }
  return []
}

export type ImportResult = {
  batch: Id
  created: number
  updated: number
  unchanged: number
  auditEntries: number
}

/** Writes a plan in one transaction with its batch record and the batch's audit entries. */
export const applyPlan = (
  req: PayloadRequest,
  spec: ImportSpec,
  entries: readonly PlanEntry[],
  fileName: string,
): Promise<ImportResult> =>
  withTransaction(req, async () => {
    // The audit hooks report the entries this import writes (exactly these, whatever ran before).
    const auditEntries: (number | string)[] = []
    req.context.auditEntriesWritten = auditEntries
    const written = await writeEntries(req, spec, entries).finally(() => {
      delete req.context.auditEntriesWritten
    })
    const counts = tally(entries)
    const hasNewUsers = spec.slug === 'users' && counts.created > 0
    const batch = await req.payload.create({
      collection: IMPORT_BATCHES_SLUG,
      data: {
        list: spec.slug satisfies ImportListSlug,
        fileName: fileName.slice(0, 255),
        ...counts,
        records: written,
        auditEntries,
        note: hasNewUsers
          ? 'Tài khoản mới chưa có mật khẩu: người dùng bấm “Quên mật khẩu?” ở trang đăng nhập để tự đặt mật khẩu.'
          : undefined,
      } as never,
      overrideAccess: true,
      depth: 0,
      req,
    })
    return { batch: batch.id, ...counts, auditEntries: auditEntries.length }
  })
