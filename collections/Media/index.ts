import type { Access, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { adminOnly, agencyScopedRead, withRoles } from '../src/access'
import { agencyIdOf, hasRole } from '../src/access/roles'
import { assertField } from '../hooks/adapters/assertVerdict'
import { l } from '../src/i18n/label'

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

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

const stampOwnerAgency: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  // Payload caps the request body too (config upload.limits); this names the limit for the user.
  const size = Number(data.filesize ?? req.file?.size ?? 0)
  if (size) {
    assertField(
      size <= MAX_UPLOAD_BYTES,
      req,
      'file',
      {
        vi: `Tệp quá lớn: tối đa ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`,
        en: `File too large: at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`,
      },
      'media',
    )
  }
  if (operation === 'create' && !data.agency && req.user) data.agency = agencyIdOf(req.user)
  return data
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: l('Tệp đính kèm', 'File'), plural: l('Tệp đính kèm', 'Files') },
  access: {
    read: agencyScopedRead('agency'),
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
  hooks: {
    beforeChange: [stampOwnerAgency],
  },
}
