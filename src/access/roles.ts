// System roles gate what a screen offers. Charter powers (chair, sign, approve) come from
// positions and delegations instead: see hooks/rules/authority.ts.
export const SYSTEM_ROLES = [
  'admin',
  'secretariat',
  'leader',
  'reporter',
  'finance',
  'viewer',
] as const

export type SystemRole = (typeof SYSTEM_ROLES)[number]

export const ROLE_LABELS: Record<SystemRole, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  secretariat: { vi: 'Thư ký / Cơ quan thường trực', en: 'Secretariat (standing body)' },
  leader: { vi: 'Lãnh đạo Tổ công tác', en: 'Leader' },
  reporter: { vi: 'Cán bộ báo cáo của cơ quan', en: 'Agency reporter' },
  finance: { vi: 'Kế toán (Công an tỉnh)', en: 'Finance officer' },
  viewer: { vi: 'Xem báo cáo', en: 'Viewer' },
}

/** The part of a user the access rules need; works for the generated User type and for tests. */
export type RoleBearer =
  | {
      id: number | string
      roles?: readonly string[] | null
      agency?: number | string | { id: number | string } | null
    }
  | null
  | undefined

export const hasRole = (user: RoleBearer, ...roles: SystemRole[]): boolean =>
  Boolean(user?.roles?.some((role) => (roles as readonly string[]).includes(role)))

export const isAdmin = (user: RoleBearer): boolean => hasRole(user, 'admin')

/** Administrators and the standing body's secretariat keep the organisation's records. */
export const isOrgEditor = (user: RoleBearer): boolean => hasRole(user, 'admin', 'secretariat')

/** Roles that read every agency's records; a reporter reads only his/her own agency's. */
export const READ_ALL_ROLES: SystemRole[] = ['admin', 'secretariat', 'leader', 'viewer', 'finance']

export const canReadAll = (user: RoleBearer): boolean => hasRole(user, ...READ_ALL_ROLES)

export const agencyIdOf = (user: RoleBearer): number | string | null => {
  const agency = user?.agency
  if (agency === null || agency === undefined) return null
  return typeof agency === 'object' ? agency.id : agency
}
