// The bare twin of our Payload config: the same collections and fields (so the same tables, and a
// copy of the same database serves it), with every hook, custom access rule, custom validation,
// relationship filter and custom endpoint stripped (Payload's own REST endpoints stay). With the
// hooks go the audit trail, the input integrity check and the rollups (all three are hooks). Access falls back to Payload's default
// (any logged-in user). What stays is what both servers share: Payload's own operations, field
// types and defaults, versions, auth and the database adapter with its per-request scope.
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type CollectionConfig, type Field, type GlobalConfig } from 'payload'

import { collections, globals } from '../../collections'
import { databaseAdapter } from '../../src/db/adapter'

type Stripped = Record<string, unknown>

const stripField = (field: Field): Field => {
  const bare = { ...field } as Stripped
  delete bare.hooks
  delete bare.access
  delete bare.validate
  delete bare.filterOptions
  if (Array.isArray(bare.fields)) bare.fields = (bare.fields as Field[]).map(stripField)
  if (Array.isArray(bare.tabs))
    bare.tabs = (bare.tabs as { fields: Field[] }[]).map((tab) => ({
      ...tab,
      fields: tab.fields.map(stripField),
    }))
  if (Array.isArray(bare.blocks))
    bare.blocks = (bare.blocks as { fields: Field[] }[]).map((block) => ({
      ...block,
      fields: block.fields.map(stripField),
    }))
  return bare as Field
}

const stripCollection = (collection: CollectionConfig): CollectionConfig => {
  // Auth stays as it is: the twin's clients log in the same way.
  return {
    ...collection,
    access: undefined,
    hooks: undefined,
    endpoints: [],
    fields: collection.fields.map(stripField),
  }
}

const stripGlobal = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  access: undefined,
  hooks: undefined,
  endpoints: [],
  fields: global.fields.map(stripField),
})

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || 'bench-twin',
  admin: { user: 'users' },
  collections: collections.map(stripCollection),
  globals: globals.map(stripGlobal),
  editor: lexicalEditor(),
  db: databaseAdapter(),
  graphQL: { disable: true },
  defaultDepth: 1,
  maxDepth: 2,
  telemetry: false,
})
