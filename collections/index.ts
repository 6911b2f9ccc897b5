import type { CollectionConfig, GlobalConfig } from 'payload'

import { withDrillDownCaption } from '../dashboards/view/drillDown/withDrillDownCaption'
import { listsAudit, withAuthorFields } from '../src/audit'
import { listsInputIntegrity } from '../src/integrity'
import { withSearchColumns } from '../src/search'
import { AggregateReports } from './AggregateReports'
import { Agencies } from './Agencies'
import { AuditLog } from './AuditLog'
import { BudgetLines } from './BudgetLines'
import { BudgetSettings } from './BudgetSettings'
import { CharterSettings } from './CharterSettings'
import { DataVersion } from './DataVersion'
import { DataCallResponses } from './DataCallResponses'
import { DataCalls } from './DataCalls'
import { Delegations } from './Delegations'
import { Documents } from './Documents'
import { DraftingAssignments } from './DraftingAssignments'
import { Expenditures } from './Expenditures'
import { Feedback } from './Feedback'
import { Holidays } from './Holidays'
import { ImportBatches } from './ImportBatches'
import { Indicators } from './Indicators'
import { Media } from './Media'
import { Meetings } from './Meetings'
import { Members } from './Members'
import { withMenu } from './navigation'
import { Notifications } from './Notifications'
import { Plans } from './Plans'
import { ReportingPeriods } from './ReportingPeriods'
import { SgNominations } from './SgNominations'
import { Reports } from './Reports'
import { rollupCollections } from './Rollups'
import { SupportGroupReports } from './SupportGroupReports'
import { Targets } from './Targets'
import { Tasks } from './Tasks'
import { Users } from './Users'
import { WorkingGroups } from './WorkingGroups'
import { WorkingSessions } from './WorkingSessions'

// Each collection lists its whole hook chain in its own config (src/lib/hookChain; the table of
// them is docs/hook-chains.md). Here the steps every collection must list are checked once.
const withRequiredSteps = (collection: CollectionConfig): CollectionConfig => {
  if (!listsInputIntegrity(collection))
    throw new Error(`${collection.slug}: its hook chain must start with inputIntegrity`)
  if (!listsAudit(collection))
    throw new Error(`${collection.slug}: its hook chain must list the audit steps`)
  return collection
}

/**
 * Every collection of the product: all but the audit log itself are audited (createdBy/updatedBy
 * fields added here), and all check the shape of their input and that referenced records exist.
 * Those declaring `custom.search` get their search column here and are searched without accents
 * or case (src/search).
 */
export const collections: CollectionConfig[] = [
  // In the order of the admin's menu: Công việc, Họp, Báo cáo, Tổ chức, Kinh phí, Hệ thống.
  ...withSearchColumns([
    Tasks,
    Plans,
    Feedback,
    Documents,
    DraftingAssignments,
    Media,
    Meetings,
    WorkingSessions,
    Notifications,
    Reports,
    DataCalls,
    DataCallResponses,
    AggregateReports,
    SupportGroupReports,
    Indicators,
    Targets,
    ReportingPeriods,
    Agencies,
    WorkingGroups,
    Members,
    Delegations,
    SgNominations,
    Users,
    BudgetLines,
    Expenditures,
    Holidays,
    ImportBatches,
  ])
    .map(withDrillDownCaption)
    .map((collection) => withMenu(withAuthorFields(withRequiredSteps(collection)))),
  withMenu(AuditLog),
  ...rollupCollections,
]

/** The settings in the admin menu. */
export const globals: GlobalConfig[] = [CharterSettings, BudgetSettings].map(withMenu)

/** Globals only the system reads and writes: in no menu, behind no API access. */
export const systemGlobals: GlobalConfig[] = [DataVersion]
