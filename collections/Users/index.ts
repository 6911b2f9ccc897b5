import type { CollectionConfig } from 'payload'

import { adminOnly, orgEditors, orgEditorsButNotSelf } from '../../src/access'
import { ROLE_LABELS, SYSTEM_ROLES } from '../../src/access/roles'
import { personPickerEndpoint } from '../../src/fields/pickers/endpoints'
import { l } from '../../src/i18n/label'
import { validatePhone } from '../../src/lib/validators'
import { readUsers, updateUsers } from './access'
import { forgotPasswordEndpoint } from './forgotPassword'
import { guardAccountWrites, guardAdminRole } from './guards'
import { uniformLoginFailures } from './loginFailures'
import { collectionHooks } from '../../src/lib/hookChain'
import { inputIntegrity } from '../../src/integrity'
import { accountAudit } from '../../src/audit'

// Accounts: who may write what is in ./guards.ts (credentials, roles, agency, administrators'
// accounts); forgot-password goes through the outbox (./forgotPassword.ts); login failures all
// look alike (./loginFailures.ts).
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
  endpoints: [forgotPasswordEndpoint, personPickerEndpoint],
  hooks: collectionHooks(
    inputIntegrity(() => Users),
    {
      beforeOperation: [guardAccountWrites],
      beforeChange: [guardAdminRole],
      afterError: [uniformLoginFailures],
    },
    accountAudit,
  ),
}
