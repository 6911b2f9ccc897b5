import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
  Where,
} from 'payload'

import { assertField } from '../../src/lib/assertVerdict'
import { hasRole } from '../../src/access/roles'
import { l } from '../../src/i18n/label'
import { idOf } from '../../src/lib/relations'
import { updateUsers } from './access'

// What a write may change in a user account, checked on the request as it arrives: field access
// would silently drop a refused change (and strips it before the validation hooks), and a bulk
// PATCH reaches the per-document hooks only after that. By id and in bulk alike, every account
// the request would write is checked and the whole request is refused with a 400.

type Account = { id: number | string; roles?: unknown; agency?: unknown; email?: unknown }
type Incoming = { roles?: unknown; agency?: unknown; email?: unknown; password?: unknown }

const MESSAGES = {
  self: l(
    'Không ai được tự thay đổi vai trò hoặc cơ quan của chính mình.',
    'Nobody may change his/her own roles or agency.',
  ),
  credentials: l(
    'Chỉ chủ tài khoản hoặc quản trị hệ thống mới được đổi mật khẩu hoặc email của tài khoản.',
    'Only the account holder or an administrator may change an account’s password or email.',
  ),
  adminAccount: l(
    'Chỉ quản trị hệ thống mới được sửa tài khoản của quản trị hệ thống.',
    'Only an administrator may edit an administrator’s account.',
  ),
  adminRole: l(
    'Chỉ quản trị hệ thống mới được cấp hoặc thu hồi vai trò quản trị.',
    'Only an administrator may grant or revoke the administrator role.',
  ),
}

const rolesOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String).sort() : [])

// Input of the wrong shape counts as a change: it is refused here, not compared loosely.
const sameRoles = (sent: unknown, stored: unknown) =>
  sent === undefined ||
  (Array.isArray(sent) && JSON.stringify(rolesOf(sent)) === JSON.stringify(rolesOf(stored)))

const sameAgency = (sent: unknown, stored: unknown) =>
  sent === undefined || String(idOf(sent)) === String(idOf(stored))

/** The field names of a credential change in the incoming data (password is never stored as such). */
export const credentialChanges = (data: Incoming, account: Account): ('email' | 'password')[] => [
  ...(data.email !== undefined && data.email !== account.email ? (['email'] as const) : []),
  ...(data.password !== undefined && data.password !== null && data.password !== ''
    ? (['password'] as const)
    : []),
]

const refuse = (req: PayloadRequest, path: string, message: { vi: string; en: string }) =>
  assertField(false, req, path, message, 'users')

const checkAccount = (req: PayloadRequest, account: Account, data: Incoming) => {
  const actor = req.user!
  const isSelf = String(account.id) === String(actor.id)
  if (isSelf) {
    if (!sameRoles(data.roles, account.roles)) refuse(req, 'roles', MESSAGES.self)
    if (!sameAgency(data.agency, account.agency)) refuse(req, 'agency', MESSAGES.self)
  }
  if (hasRole(actor, 'admin') || isSelf) return
  const credentials = credentialChanges(data, account)
  if (credentials.length > 0) refuse(req, credentials[0]!, MESSAGES.credentials)
  if (rolesOf(account.roles).includes('admin')) refuse(req, 'roles', MESSAGES.adminAccount)
}

const ACCOUNT_SELECT = { roles: true, agency: true, email: true } as const

// The accounts a PATCH would write: the one by id, or those its `where` and the update access select.
const accountsOf = async (req: PayloadRequest, args: { id?: unknown; where?: Where }) => {
  if (args.id !== undefined && args.id !== null) {
    const account = await req.payload.findByID({
      collection: 'users',
      id: args.id as number | string,
      select: ACCOUNT_SELECT,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    return account ? [account] : []
  }
  if (!args.where) return []
  const access = await updateUsers({ req } as never)
  if (access === false) return []
  const where = access === true ? args.where : { and: [args.where, access] }
  const { docs } = await req.payload.find({
    collection: 'users',
    where,
    select: ACCOUNT_SELECT,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

export const guardAccountWrites: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  // No user: the system itself (seed, forgot/reset password) writes.
  if (operation !== 'update' || !req.user || req.user.collection !== 'users') return args
  const data = (args.data ?? {}) as Incoming
  for (const account of await accountsOf(req, args as { id?: unknown; where?: Where })) {
    checkAccount(req, account, data)
  }
  return args
}

// Only an administrator grants or removes the administrator role (also on create).
export const guardAdminRole: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user || hasRole(req.user, 'admin')) return data
  const before = rolesOf(originalDoc?.roles)
  const after = Array.isArray(data.roles) ? rolesOf(data.roles) : before
  assertField(
    before.includes('admin') === after.includes('admin'),
    req,
    'roles',
    MESSAGES.adminRole,
    'users',
  )
  return data
}
