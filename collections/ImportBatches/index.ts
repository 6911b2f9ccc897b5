import type { CollectionConfig } from 'payload'

import { adminOnly, systemOnly } from '../../src/access'
import { audit } from '../../src/audit'
import { l } from '../../src/i18n/label'
import { IMPORT_LISTS } from '../../src/import/lists'
import { inputIntegrity } from '../../src/integrity'
import { collectionHooks } from '../../src/lib/hookChain'
import { readImportBatches, writeImportBatches } from './access'
import { importEndpoints } from './endpoints'

// One confirmed import of an Excel list (src/import): what was created and updated, and the audit
// entries of those records, written in the import's own transaction. The list page carries the
// import screen "Nhập danh sách từ Excel" (src/admin/import), so the history sits under it.
export const ImportBatches: CollectionConfig = {
  slug: 'import-batches',
  labels: {
    singular: l('Lần nhập danh sách', 'Import batch'),
    plural: l('Nhập danh sách từ Excel', 'Import from Excel'),
  },
  access: {
    read: readImportBatches,
    create: writeImportBatches,
    update: writeImportBatches,
    delete: writeImportBatches,
    readVersions: writeImportBatches,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'fileName',
    defaultColumns: [
      'createdAt',
      'list',
      'fileName',
      'created',
      'updated',
      'unchanged',
      'createdBy',
    ],
    components: { beforeList: ['/src/admin/import/ImportPanel#ImportPanel'] },
  },
  defaultSort: '-createdAt',
  endpoints: importEndpoints,
  fields: [
    {
      name: 'list',
      type: 'select',
      required: true,
      label: l('Danh sách', 'List'),
      options: IMPORT_LISTS.map(({ slug, label }) => ({ value: slug, label })),
      access: systemOnly,
    },
    {
      name: 'fileName',
      type: 'text',
      maxLength: 255,
      label: l('Tệp', 'File'),
      access: systemOnly,
    },
    {
      type: 'row',
      fields: [
        { name: 'created', type: 'number', label: l('Tạo mới', 'Created'), access: systemOnly },
        { name: 'updated', type: 'number', label: l('Cập nhật', 'Updated'), access: systemOnly },
        {
          name: 'unchanged',
          type: 'number',
          label: l('Không đổi', 'Unchanged'),
          access: systemOnly,
        },
      ],
    },
    {
      name: 'records',
      type: 'json',
      label: l('Bản ghi (dòng, thao tác, mã bản ghi)', 'Records (row, operation, id)'),
      admin: { readOnly: true },
      access: systemOnly,
    },
    {
      name: 'auditEntries',
      type: 'relationship',
      relationTo: 'audit-log',
      hasMany: true,
      label: l('Nhật ký thao tác của lần nhập', 'Audit entries of the import'),
      admin: { readOnly: true },
      access: systemOnly,
    },
    {
      name: 'note',
      type: 'textarea',
      maxLength: 2000,
      label: l('Ghi chú', 'Note'),
      admin: { readOnly: true },
      access: systemOnly,
    },
  ],
  hooks: collectionHooks(
    inputIntegrity(() => ImportBatches),
    audit,
  ),
}
