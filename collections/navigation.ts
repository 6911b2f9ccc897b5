import type { CollectionConfig, CollectionSlug, GlobalConfig, GlobalSlug } from 'payload'

import { hasRole, type RoleBearer, type SystemRole } from '../src/access/roles'
import { l } from '../src/i18n/label'

// The admin's menu: which group each collection sits in and which roles see it there. Each role
// sees what it uses (a reporter: his reports, tasks, meetings and proposals), not every
// collection it may read; access rules still decide what anyone can open by its address.

const GROUPS = {
  work: l('Công việc', 'Work'),
  meetings: l('Họp', 'Meetings'),
  reporting: l('Báo cáo', 'Reporting'),
  organisation: l('Tổ chức', 'Organisation'),
  budget: l('Kinh phí', 'Budget'),
  system: l('Hệ thống', 'System'),
}

type MenuEntry = { group: keyof typeof GROUPS; roles: readonly SystemRole[] }

// Leaders, viewers and finance read the whole province: the dashboard drills down into any of
// these lists, and Payload also closes the pages of a collection hidden from a role.
const READ_ALL: readonly SystemRole[] = ['admin', 'secretariat', 'leader', 'viewer', 'finance']
const WITH_REPORTERS: readonly SystemRole[] = [...READ_ALL, 'reporter']
// The standing body's tools: the outbox, accounts, the calendar and the audit log.
const STANDING: readonly SystemRole[] = ['admin', 'secretariat']

export const MENU: Partial<Record<CollectionSlug | GlobalSlug, MenuEntry>> = {
  tasks: { group: 'work', roles: WITH_REPORTERS },
  plans: { group: 'work', roles: READ_ALL },
  feedback: { group: 'work', roles: WITH_REPORTERS },
  documents: { group: 'work', roles: READ_ALL },
  'drafting-assignments': { group: 'work', roles: READ_ALL },
  media: { group: 'work', roles: WITH_REPORTERS },
  meetings: { group: 'meetings', roles: WITH_REPORTERS },
  'working-sessions': { group: 'meetings', roles: READ_ALL },
  notifications: { group: 'meetings', roles: STANDING },
  reports: { group: 'reporting', roles: WITH_REPORTERS },
  'data-calls': { group: 'reporting', roles: WITH_REPORTERS },
  'data-call-responses': { group: 'reporting', roles: WITH_REPORTERS },
  'aggregate-reports': { group: 'reporting', roles: READ_ALL },
  'support-group-reports': { group: 'reporting', roles: READ_ALL },
  indicators: { group: 'reporting', roles: WITH_REPORTERS },
  targets: { group: 'reporting', roles: READ_ALL },
  'reporting-periods': { group: 'reporting', roles: READ_ALL },
  agencies: { group: 'organisation', roles: WITH_REPORTERS },
  'working-groups': { group: 'organisation', roles: READ_ALL },
  members: { group: 'organisation', roles: READ_ALL },
  delegations: { group: 'organisation', roles: READ_ALL },
  'sg-nominations': { group: 'organisation', roles: READ_ALL },
  users: { group: 'organisation', roles: STANDING },
  'budget-lines': { group: 'budget', roles: READ_ALL },
  expenditures: { group: 'budget', roles: READ_ALL },
  'budget-settings': { group: 'budget', roles: READ_ALL },
  holidays: { group: 'system', roles: STANDING },
  'charter-settings': { group: 'system', roles: READ_ALL },
  'audit-log': { group: 'system', roles: STANDING },
  'import-batches': { group: 'system', roles: STANDING },
}

const hiddenFor =
  (roles: readonly SystemRole[]) =>
  ({ user }: { user: unknown }): boolean =>
    !hasRole(user as RoleBearer, ...roles)

/** Puts a collection or global in its menu group, shown to the roles that use it. */
export const withMenu = <T extends CollectionConfig | GlobalConfig>(config: T): T => {
  const entry = MENU[config.slug as CollectionSlug]
  if (!entry) return config
  return {
    ...config,
    admin: { ...config.admin, group: GROUPS[entry.group], hidden: hiddenFor(entry.roles) },
  }
}
