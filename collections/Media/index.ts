import type { Access, CollectionConfig } from 'payload'

import { adminOnly, withRoles } from '../../src/access'
import { hasRole } from '../../src/access/roles'
import { l } from '../../src/i18n/label'
import { readMedia } from './access'
import {
  explainUploadErrors,
  fileResponseHeaders,
  MAX_UPLOAD_BYTES,
  stampOwnerAgency,
  storeUnderDetectedType,
} from './hooks'
import { collectionHooks } from '../../src/lib/hookChain'
import { inputIntegrity } from '../../src/integrity'
import { audit } from '../../src/audit'

export { MAX_UPLOAD_BYTES }

export const ALLOWED_MIME_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]

// The secretariat manages every file; others change only the files they uploaded.
const manageOwnFiles: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'secretariat')) return true
  return { createdBy: { equals: user.id } }
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: l('Tệp đính kèm', 'File'), plural: l('Tệp đính kèm', 'Files') },
  access: {
    read: readMedia,
    create: withRoles('admin', 'secretariat', 'leader', 'reporter', 'finance'),
    update: manageOwnFiles,
    delete: manageOwnFiles,
    readVersions: adminOnly,
    unlock: adminOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'mimeType', 'filesize', 'agency', 'createdAt'],
    listSearchableFields: ['title', 'filename'],
    group: l('Văn bản', 'Documents'),
  },
  upload: {
    staticDir: process.env.MEDIA_DIR || 'data/media',
    mimeTypes: ALLOWED_MIME_TYPES,
    modifyResponseHeaders: fileResponseHeaders,
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 250,
      label: l('Tên tệp / trích yếu', 'Title'),
    },
    {
      name: 'agency',
      type: 'relationship',
      relationTo: 'agencies',
      index: true,
      label: l('Cơ quan sở hữu', 'Owner agency'),
      admin: { position: 'sidebar' },
    },
  ],
  hooks: collectionHooks(
    inputIntegrity(() => Media),
    {
      beforeOperation: [storeUnderDetectedType],
      beforeChange: [stampOwnerAgency],
      afterError: [explainUploadErrors],
    },
    audit,
  ),
}
