import type {
  Access,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
} from 'payload'

import { adminOnly, anyOf, orgEditors, orgEditorsButNotSelf } from '../src/access'
import { agencyIdOf, canReadAll, hasRole, ROLE_LABELS, SYSTEM_ROLES } from '../src/access/roles'
import { assertField } from '../hooks/adapters/assertVerdict'
import { l } from '../src/i18n/label'
import { idOf } from '../src/lib/relations'
import { validatePhone } from '../src/lib/validators'

const readUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (canReadAll(user)) return true
  const agencyId = agencyIdOf(user)
  if (hasRole(user, 'reporter') && agencyId !== null) {
    return anyOf({ id: { equals: user.id } }, { agency: { equals: agencyId } })
  }
  return { id: { equals: user.id } }
}

const updateUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'secretariat')) return true
  return { id: { equals: user.id } }
}

// Nobody changes his/her own roles or agency. Field access would silently drop the change (and
// strips it before validation hooks), so the request is checked as it arrives.
const refuseSelfPromotion: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (
    operation !== 'update' ||
    !req.user ||
    String((args as { id?: unknown }).id) !== String(req.user.id)
  )
    return args
  const data = (args.data ?? {}) as { roles?: string[]; agency?: unknown }
  const sameRoles =
    data.roles === undefined ||
    JSON.stringify([...data.roles].sort()) ===
      JSON.stringify([...((req.user.roles ?? []) as string[])].sort())
  const sameAgency =
    data.agency === undefined || String(idOf(data.agency)) === String(idOf(req.user.agency))
  assertField(
    sameRoles && sameAgency,
    req,
    sameRoles ? 'agency' : 'roles',
    {
      vi: 'Không ai được tự thay đổi vai trò hoặc cơ quan của chính mình.',
      en: 'Nobody may change his/her own roles or agency.',
    },
    'users',
  )
  return args
}

// Only an administrator grants or removes the administrator role.
const guardAdminRole: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user || hasRole(req.user, 'admin')) return data
  const before = (originalDoc?.roles ?? []) as string[]
  const after = (data.roles ?? before) as string[]
  assertField(
    before.includes('admin') === after.includes('admin'),
    req,
    'roles',
    {
      vi: 'Chỉ quản trị hệ thống mới được cấp hoặc thu hồi vai trò quản trị.',
      en: 'Only an administrator may grant or revoke the administrator role.',
    },
    'users',
  )
  return data
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: l('Người dùng', 'User'), plural: l('Người dùng', 'Users') },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
    read: readUsers,
    create: orgEditors,
    update: updateUsers,
    delete: adminOnly,
    readVersions: adminOnly,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'email', 'agency', 'jobTitle', 'roles'],
    listSearchableFields: ['fullName', 'email', 'phone'],
    group: l('Tổ chức', 'Organisation'),
  },
  defaultSort: 'fullName',
  fields: [
    {
      name: 'fullName',
      type: 'text',
      required: true,
      maxLength: 120,
      label: l('Họ và tên', 'Full name'),
    },
    {
      name: 'phone',
      type: 'text',
      maxLength: 20,
      label: l('Số điện thoại', 'Phone'),
      validate: validatePhone,
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      index: true,
      label: l('Cơ quan công tác', 'Home agency'),
      access: { create: orgEditorsButNotSelf, update: orgEditorsButNotSelf },
    },
    { name: 'jobTitle', type: 'text', maxLength: 160, label: l('Chức vụ', 'Job title') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['viewer'],
      saveToJWT: true,
      label: l('Vai trò hệ thống', 'System roles'),
      options: SYSTEM_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { create: orgEditorsButNotSelf, update: orgEditorsButNotSelf },
    },
  ],
  hooks: {
    beforeOperation: [refuseSelfPromotion],
    beforeChange: [guardAdminRole],
  },
}
