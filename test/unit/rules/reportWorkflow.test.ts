import { describe, expect, it } from 'vitest'

import {
  checkReportTransition,
  checkReturnComment,
  isEditableStatus,
  REPORT_STATUSES,
  type ReportActor,
  type ReportStatus,
} from '../../../hooks/rules/reportWorkflow'
import { expectBreach } from './expectBreach'

const reporter: ReportActor = { isStandingBody: false, isOwnAgencyReporter: true }
const standingBody: ReportActor = { isStandingBody: true, isOwnAgencyReporter: false }
const outsider: ReportActor = { isStandingBody: false, isOwnAgencyReporter: false }

// from → to → who may: everything not listed is refused to everyone.
const ALLOWED: [ReportStatus, ReportStatus, ReportActor[]][] = [
  ['draft', 'submitted', [reporter, standingBody]],
  ['submitted', 'accepted', [standingBody]],
  ['submitted', 'returned', [standingBody]],
  ['returned', 'resubmitted', [reporter, standingBody]],
  ['resubmitted', 'accepted', [standingBody]],
  ['resubmitted', 'returned', [standingBody]],
]

const allowedFor = (from: ReportStatus, to: ReportStatus, actor: ReportActor) =>
  from === to || ALLOWED.some(([a, b, who]) => a === from && b === to && who.includes(actor))

describe('report states and who moves them (R12.3a, R12.3b)', () => {
  for (const from of REPORT_STATUSES) {
    for (const to of REPORT_STATUSES) {
      for (const [name, actor] of [
        ['reporter', reporter],
        ['standing body', standingBody],
        ['outsider', outsider],
      ] as const) {
        const allowed = allowedFor(from, to, actor)
        it(`${allowed ? 'lets' : 'refuses'} the ${name} move a report from ${from} to ${to} (R12.3a, R12.3b)`, () => {
          expect(checkReportTransition(from, to, actor).ok).toBe(allowed)
        })
      }
    }
  }

  it('creates a report as a draft, or submitted at once by its agency (R12.3a)', () => {
    expect(checkReportTransition(null, 'draft', outsider).ok).toBe(true)
    expect(checkReportTransition(null, 'submitted', reporter).ok).toBe(true)
    expect(checkReportTransition(null, 'submitted', outsider).ok).toBe(false)
  })

  it('refuses creating a report already accepted, naming the clause (R12.3a)', () => {
    expectBreach(checkReportTransition(null, 'accepted', standingBody), {
      rule: 'R12.3a',
      vi: 'Vi phạm Điều 12 khoản 3:',
      en: 'Breach of Article 12(3):',
      path: 'status',
    })
  })

  it('refuses a reporter accepting a report, naming the standing body’s clause (R12.3b)', () => {
    expectBreach(checkReportTransition('submitted', 'accepted', reporter), {
      rule: 'R12.3b',
      vi: 'Vi phạm Điều 12 khoản 3:',
      en: 'Breach of Article 12(3):',
      path: 'status',
    })
  })

  it('requires a comment when a report is returned (R12.3b)', () => {
    expectBreach(checkReturnComment('returned', '  ', true), {
      rule: 'R12.3b',
      vi: 'Vi phạm Điều 12 khoản 3:',
      en: 'Breach of Article 12(3):',
      path: 'reviewComment',
    })
    expect(checkReturnComment('returned', 'Bổ sung số liệu', true)).toEqual({ ok: true })
  })

  it('keeps the content editable only while a draft or returned', () => {
    expect(REPORT_STATUSES.filter(isEditableStatus)).toEqual(['draft', 'returned'])
  })
})
