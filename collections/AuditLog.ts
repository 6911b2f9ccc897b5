import type { CollectionConfig } from 'payload'

import { nobody, withRoles } from '../src/access'
import { AUDIT_LOG_SLUG } from '../src/audit'
import { l } from '../src/i18n/label'

// Append-only: entries are written by the shared audit hook (src/audit) with system rights;
// no API lets anyone create, change or delete one.
export const AuditLog: CollectionConfig = {
  slug: AUDIT_LOG_SLUG,
  labels: {
    singular: l('Nhật ký thao tác', 'Audit entry'),
    plural: l('Nhật ký thao tác', 'Audit log'),
  },
  access: {
    read: withRoles('admin', 'secretariat', 'leader'),
    create: nobody,
    update: nobody,
    delete: nobody,
    readVersions: nobody,
    unlock: nobody,
  },
  admin: {
    group: l('Hệ thống', 'System'),
    defaultColumns: [
      'createdAt',
      'user',
      'operation',
      'collectionSlug',
      'documentId',
      'changedFields',
    ],
    useAsTitle: 'documentId',
    listSearchableFields: ['collectionSlug', 'documentId'],
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      label: l('Người thực hiện', 'User'),
    },
    {
      name: 'collectionSlug',
      type: 'text',
      required: true,
      index: true,
      label: l('Danh mục', 'Collection'),
    },
    {
      name: 'documentId',
      type: 'text',
      required: true,
      index: true,
      label: l('Mã bản ghi', 'Record id'),
    },
    {
      name: 'operation',
      type: 'select',
      required: true,
      label: l('Thao tác', 'Operation'),
      options: [
        { value: 'create', label: l('Tạo mới', 'Create') },
        { value: 'update', label: l('Cập nhật', 'Update') },
        { value: 'delete', label: l('Xóa', 'Delete') },
      ],
    },
    {
      name: 'changedFields',
      type: 'text',
      hasMany: true,
      label: l('Trường thay đổi', 'Changed fields'),
    },
  ],
}
