import type { CollectionConfig, GlobalConfig } from 'payload'

import { withRollupHooks } from '../dashboards/rollups/hooks'
import { withAudit } from '../src/audit'
import { withInputIntegrity } from '../src/integrity'
import { AggregateReports } from './AggregateReports'
import { Agencies } from './Agencies'
import { AuditLog } from './AuditLog'
import { BudgetLines } from './BudgetLines'
import { BudgetSettings } from './BudgetSettings'
import { CharterSettings } from './CharterSettings'
import { Delegations } from './Delegations'
import { Documents } from './Documents'
import { Expenditures } from './Expenditures'
import { Feedback } from './Feedback'
import { Holidays } from './Holidays'
import { Indicators } from './Indicators'
import { Media } from './Media'
import { Meetings } from './Meetings'
import { Members } from './Members'
import { Notifications } from './Notifications'
import { Plans } from './Plans'
import { ReportingPeriods } from './ReportingPeriods'
import { Reports } from './Reports'
import { rollupCollections } from './Rollups'
import { Targets } from './Targets'
import { Tasks } from './Tasks'
import { Users } from './Users'
import { WorkingGroups } from './WorkingGroups'

/**
 * Every collection of the product: all but the audit log itself are audited, and all check the
 * shape of their input and that referenced records exist.
 */
export const collections: CollectionConfig[] = [
  ...[
    Users,
    Agencies,
    WorkingGroups,
    Members,
    Delegations,
    Media,
    Holidays,
    Tasks,
    Meetings,
    Notifications,
    Plans,
    Documents,
    Feedback,
    BudgetLines,
    Expenditures,
    Indicators,
    Targets,
    Reports,
    ReportingPeriods,
    AggregateReports,
  ].map((collection) => withAudit(withInputIntegrity(withRollupHooks(collection)))),
  AuditLog,
  ...rollupCollections,
]

export const globals: GlobalConfig[] = [CharterSettings, BudgetSettings]
