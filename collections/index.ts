import type { CollectionConfig, GlobalConfig } from 'payload'

import { withAudit } from '../src/audit'
import { withInputIntegrity } from '../src/integrity'
import { Agencies } from './Agencies'
import { AuditLog } from './AuditLog'
import { CharterSettings } from './CharterSettings'
import { Delegations } from './Delegations'
import { Holidays } from './Holidays'
import { Media } from './Media'
import { Members } from './Members'
import { Tasks } from './Tasks'
import { Users } from './Users'
import { WorkingGroups } from './WorkingGroups'

/**
 * Every collection of the product: all but the audit log itself are audited, and all check the
 * shape of their input and that referenced records exist.
 */
export const collections: CollectionConfig[] = [
  ...[Users, Agencies, WorkingGroups, Members, Delegations, Media, Holidays, Tasks].map(
    (collection) => withAudit(withInputIntegrity(collection)),
  ),
  AuditLog,
]

export const globals: GlobalConfig[] = [CharterSettings]
