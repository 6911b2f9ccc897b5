import type { CollectionConfig } from 'payload'

import { adminOnly, nobody } from '../../src/access'

/**
 * Only the system writes the rollups; only administrators read them directly (the dashboard's
 * query functions read them as the system and apply the viewer's scope themselves).
 */
export const rollupAccess = {
  read: adminOnly,
  create: nobody,
  update: nobody,
  delete: nobody,
  readVersions: adminOnly,
  unlock: adminOnly,
} satisfies CollectionConfig['access']
