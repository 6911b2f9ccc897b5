// Issue 13 items 5 and 10: each role's menu shows what it uses, grouped Công việc, Họp, Báo cáo,
// Tổ chức, Kinh phí, Hệ thống; system collections only for the standing body and administrators.
import { describe, expect, it } from 'vitest'

import { collections, globals } from '../../collections'
import type { SystemRole } from '../../src/access/roles'

const user = (role: SystemRole) => ({ id: 1, roles: [role] })

const visibleTo = (role: SystemRole) =>
  [...collections, ...globals]
    .filter((config) => {
      const hidden = config.admin?.hidden
      return typeof hidden === 'function' ? !hidden({ user: user(role) as never }) : !hidden
    })
    .map((config) => config.slug)

describe('the admin menu per role', () => {
  it('a reporter sees his agency’s work only', () => {
    expect(visibleTo('reporter').sort()).toEqual(
      [
        'agencies',
        'data-call-responses',
        'data-calls',
        'feedback',
        'indicators',
        'media',
        'meetings',
        'reports',
        'tasks',
      ].sort(),
    )
  })

  it('leaders and viewers do not see the outbox, accounts, the calendar, the audit log or rollups', () => {
    for (const role of ['leader', 'viewer', 'finance'] as const) {
      const visible = visibleTo(role)
      expect(visible).toContain('reports')
      expect(visible).toContain('expenditures')
      for (const system of ['notifications', 'users', 'holidays', 'audit-log']) {
        expect(visible, `${role}: ${system}`).not.toContain(system)
      }
      expect(visible.some((slug) => slug.startsWith('rollup'))).toBe(false)
    }
  })

  it('the secretariat sees the standing body’s tools; only the administrator sees rollups', () => {
    expect(visibleTo('secretariat')).toEqual(expect.arrayContaining(['notifications', 'audit-log']))
    expect(visibleTo('secretariat').some((slug) => slug.startsWith('rollup'))).toBe(false)
    expect(visibleTo('admin').length).toBe(collections.length + globals.length)
  })

  it('every collection and setting sits in a Vietnamese menu group', () => {
    for (const config of [...collections, ...globals]) {
      const group = config.admin?.group as { vi?: string } | undefined
      expect(group?.vi, config.slug).toMatch(
        /^(Công việc|Họp|Báo cáo|Tổ chức|Kinh phí|Hệ thống|Số liệu tổng hợp)$/,
      )
    }
  })
})
