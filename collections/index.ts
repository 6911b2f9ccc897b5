import type { CollectionConfig, GlobalConfig } from 'payload'

import { withDrillDownCaption } from '../dashboards/view/drillDown/withDrillDownCaption'
import { withRollupHooks } from '../dashboards/rollups/hooks'
import { withAudit } from '../src/audit'
import { withInputIntegrity } from '../src/integrity'
import { withSearchText } from '../src/search'
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
import { withMenu } from './navigation'
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
 * shape of their input and that referenced records exist. Those declaring `custom.search` are
 * searched without accents or case (src/search).
 */
export const collections: CollectionConfig[] = [
  // In the order of the admin's menu: Công việc, Họp, Báo cáo, Tổ chức, Kinh phí, Hệ thống.
  ...withSearchText([
    Tasks,
    Plans,
    Feedback,
    Documents,
    Media,
    Meetings,
    Notifications,
    Reports,
    AggregateReports,
    Indicators,
    Targets,
    ReportingPeriods,
    Agencies,
    WorkingGroups,
    Members,
    Delegations,
    Users,
    BudgetLines,
    Expenditures,
    Holidays,
  ])
    .map(withDrillDownCaption)
    .map((collection) => withMenu(withAudit(withInputIntegrity(withRollupHooks(collection))))),
  withMenu(AuditLog),
  ...rollupCollections,
]

export const globals: GlobalConfig[] = [CharterSettings, BudgetSettings].map(withMenu)
