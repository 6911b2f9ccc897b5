import type { PayloadRequest, Where } from 'payload'

import { dayKeyOf } from '../fields/dates'
import { idOf } from '../lib/relations'
import { foldText } from './cells'
import type { ImportListSlug, ImportSpec } from './lists'
import { rowKey, type ParsedRow, type RowProblem } from './parse'
import { entryFor, inDependencyOrder, storedDay, type Id, type Plan, type PlanEntry } from './plan'

// The rows of a list matched against the stored records (agency by code, user by email,
// indicator by code, member by user + group + position + from-date, target by indicator + year +
// agency) and their references resolved, inside the file or to stored records. Reads only.

type Stored = Record<string, unknown> & { id: Id }

const read = async (
  req: PayloadRequest,
  collection: 'agencies' | 'users' | 'members' | 'indicators' | 'targets' | 'working-groups',
  where: Where,
): Promise<Stored[]> => {
  const { docs } = await req.payload.find({
    collection,
    where,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as unknown as Stored[]
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const upper = (value: unknown) => text(value).trim().toUpperCase()
const valuesOf = (rows: readonly ParsedRow[], key: string, map = (v: unknown) => text(v)) => [
  ...new Set(rows.map((row) => map(row.values[key])).filter(Boolean)),
]

/** Stored agencies by code; a current one (no end date) wins over a merged-away one. */
const agenciesByCode = async (req: PayloadRequest, codes: string[]) => {
  const found = codes.length ? await read(req, 'agencies', { code: { in: codes } }) : []
  const map = new Map<string, Stored>()
  for (const agency of found.sort((a, b) => Number(!a.validTo) - Number(!b.validTo))) {
    map.set(foldText(text(agency.code)), agency)
  }
  return map
}

type Context = {
  req: PayloadRequest
  spec: ImportSpec
  rows: readonly ParsedRow[]
  problems: RowProblem[]
}

const headerOf = (spec: ImportSpec, key: string) =>
  spec.columns.find((column) => column.key === key)!.header

/** Resolves an agency code column to an id, noting a problem when no agency has that code. */
const agencyRef = (
  context: Context,
  agencies: Map<string, Stored>,
  row: ParsedRow,
  key: string,
): Id | null | undefined => {
  const code = text(row.values[key])
  if (!code) return undefined
  const agency = agencies.get(foldText(code))
  if (agency) return agency.id
  context.problems.push({
    row: row.row,
    column: headerOf(context.spec, key),
    message: `không có cơ quan nào mã “${code}”.`,
  })
  return null
}

const defined = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined))

const planAgencies = async (context: Context): Promise<PlanEntry[]> => {
  const { rows } = context
  const codes = [...valuesOf(rows, 'code'), ...valuesOf(rows, 'parentCode')]
  const stored = await agenciesByCode(context.req, codes)
  const inFile = new Map(rows.map((row) => [foldText(text(row.values.code)), row]))
  const entries = rows.map((row) => {
    const { code, name, kind, adminUnitCode, contactEmail, validFrom, parentCode } = row.values
    const existing = stored.get(foldText(text(code)))
    let parent: Id | undefined
    let pending: PlanEntry['pending']
    if (parentCode) {
      const parentKey = foldText(text(parentCode))
      const parentRow = inFile.get(parentKey)
      const storedParent = stored.get(parentKey)
      if (storedParent) parent = storedParent.id
      else if (parentRow) pending = { field: 'parent', rowKey: parentKey }
      else agencyRef(context, stored, row, 'parentCode')
    }
    const data = defined({
      code,
      name,
      kind,
      adminUnitCode,
      contactEmail,
      parent,
      validFrom: storedDay(validFrom) ?? undefined,
    })
    const base = {
      row: row.row,
      collection: 'agencies' as const,
      key: foldText(text(code)),
      title: `${text(code)} – ${text(name)}`,
      pending,
    }
    return entryFor(base, data, existing, ['validFrom'])
  })
  const { ordered, problems } = inDependencyOrder(entries, headerOf(context.spec, 'parentCode'))
  context.problems.push(...problems)
  return ordered
}

const planUsers = async (context: Context): Promise<PlanEntry[]> => {
  const { rows, req } = context
  const emails = valuesOf(rows, 'email')
  const stored = emails.length ? await read(req, 'users', { email: { in: emails } }) : []
  const byEmail = new Map(stored.map((user) => [text(user.email).toLowerCase(), user]))
  const agencies = await agenciesByCode(req, valuesOf(rows, 'agencyCode'))
  return rows.map((row) => {
    const { email, fullName, jobTitle, phone, roles } = row.values
    const agency = agencyRef(context, agencies, row, 'agencyCode')
    const data = defined({ email, fullName, jobTitle, phone, roles, agency: agency ?? undefined })
    const base = {
      row: row.row,
      collection: 'users' as const,
      key: text(email),
      title: `${text(fullName)} <${text(email)}>`,
    }
    return entryFor(base, data, byEmail.get(text(email)))
  })
}

const planMembers = async (context: Context): Promise<PlanEntry[]> => {
  const { rows, req } = context
  const emails = valuesOf(rows, 'email')
  const users = emails.length ? await read(req, 'users', { email: { in: emails } }) : []
  const userByEmail = new Map(users.map((user) => [text(user.email).toLowerCase(), user]))
  const groups = await read(req, 'working-groups', {})
  // The province's current group of each kind: the latest one made.
  const groupOf = (kind: unknown) =>
    groups
      .filter((group) => group.kind === kind)
      .sort((a, b) => text(b.createdAt).localeCompare(text(a.createdAt)))[0]
  const userIds = users.map((user) => user.id)
  const seats = userIds.length ? await read(req, 'members', { user: { in: userIds } }) : []
  const agencies = await agenciesByCode(req, valuesOf(rows, 'agencyCode'))
  return rows.map((row) => {
    const { email, groupKind, position, from, to, postTitle, appointingDecision } = row.values
    const user = userByEmail.get(text(email))
    if (email && !user) {
      context.problems.push({
        row: row.row,
        column: headerOf(context.spec, 'email'),
        message: `không có người dùng nào có email “${text(email)}”; hãy nhập danh sách người dùng trước.`,
      })
    }
    const group = groupOf(groupKind)
    if (groupKind && !group) {
      context.problems.push({
        row: row.row,
        column: headerOf(context.spec, 'groupKind'),
        message: 'tỉnh chưa có tổ này; hãy tạo tổ trước.',
      })
    }
    const agency = agencyRef(context, agencies, row, 'agencyCode')
    const existing = seats.find(
      (seat) =>
        String(idOf(seat.user)) === String(user?.id) &&
        String(idOf(seat.group)) === String(group?.id) &&
        seat.position === position &&
        dayKeyOf(seat.from) === from,
    )
    const data = defined({
      user: user?.id,
      group: group?.id,
      position,
      agency: agency ?? undefined,
      from: storedDay(from) ?? undefined,
      to: storedDay(to) ?? undefined,
      postTitle,
      appointingDecision,
    })
    const key = rowKey(context.spec, row.values) ?? String(row.row)
    const base = {
      row: row.row,
      collection: 'members' as const,
      key,
      title: `${text(email)} – ${text(position)}`,
    }
    return entryFor(base, data, existing, ['from', 'to'])
  })
}

const planIndicators = async (context: Context): Promise<PlanEntry[]> => {
  const { rows, req } = context
  const codes = valuesOf(rows, 'code', upper)
  const stored = codes.length ? await read(req, 'indicators', { code: { in: codes } }) : []
  const byCode = new Map(stored.map((indicator) => [text(indicator.code), indicator]))
  const agencies = await agenciesByCode(req, valuesOf(rows, 'ownerCode'))
  return rows.map((row) => {
    const { nameVi, unit, group, aggregation, cumulative, wholeNumber, order } = row.values
    const code = upper(row.values.code)
    const owner = agencyRef(context, agencies, row, 'ownerCode')
    const data = defined({
      code,
      nameVi,
      unit,
      group,
      aggregation,
      cumulative,
      wholeNumber,
      order,
      owner: owner ?? undefined,
    })
    const base = {
      row: row.row,
      collection: 'indicators' as const,
      key: code,
      title: `${code} – ${text(nameVi)}`,
    }
    return entryFor(base, data, byCode.get(code))
  })
}

const planTargets = async (context: Context): Promise<PlanEntry[]> => {
  const { rows, req } = context
  const codes = valuesOf(rows, 'indicatorCode', upper)
  const indicators = codes.length ? await read(req, 'indicators', { code: { in: codes } }) : []
  const indicatorByCode = new Map(indicators.map((indicator) => [text(indicator.code), indicator]))
  const ids = indicators.map((indicator) => indicator.id)
  const stored = ids.length ? await read(req, 'targets', { indicator: { in: ids } }) : []
  const agencies = await agenciesByCode(req, valuesOf(rows, 'agencyCode'))
  return rows.map((row) => {
    const { year, value, note } = row.values
    const code = upper(row.values.indicatorCode)
    const indicator = indicatorByCode.get(code)
    if (code && !indicator) {
      context.problems.push({
        row: row.row,
        column: headerOf(context.spec, 'indicatorCode'),
        message: `không có chỉ tiêu nào mã “${code}”; hãy nhập danh sách chỉ tiêu trước.`,
      })
    }
    const agency = agencyRef(context, agencies, row, 'agencyCode')
    const existing = stored.find(
      (target) =>
        String(idOf(target.indicator)) === String(indicator?.id) &&
        target.year === year &&
        String(idOf(target.agency) ?? '') === String(agency ?? ''),
    )
    const data = defined({
      indicator: indicator?.id,
      year,
      agency: agency ?? undefined,
      value,
      note,
    })
    const key = rowKey(context.spec, row.values) ?? String(row.row)
    const base = {
      row: row.row,
      collection: 'targets' as const,
      key,
      title: `${code} – ${String(year)}${agency ? ` – ${text(row.values.agencyCode)}` : ''}`,
    }
    return entryFor(base, data, existing)
  })
}

const PLANNERS: Record<ImportListSlug, (context: Context) => Promise<PlanEntry[]>> = {
  agencies: planAgencies,
  users: planUsers,
  members: planMembers,
  indicators: planIndicators,
  targets: planTargets,
}

/** The plan of a parsed list: what each row will create or update, and what cannot be resolved. */
export const planImport = async (
  req: PayloadRequest,
  spec: ImportSpec,
  rows: readonly ParsedRow[],
): Promise<Plan> => {
  const context: Context = { req, spec, rows, problems: [] }
  const entries = await PLANNERS[spec.slug](context)
  return { entries, problems: context.problems }
}
