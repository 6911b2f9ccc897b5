import { describe, expect, it } from 'vitest'

import { authorityFor, type HeldPosition } from '../../../hooks/rules/authority'
import { checkSigning } from '../../../hooks/rules/signing'

const standingDeputy: HeldPosition = { position: 'standing-deputy', term: { from: '2024-01-01' } }
const member: HeldPosition = { position: 'member', term: { from: '2024-01-01' } }
const day = '2025-03-05'

describe('the Standing Deputy stands in for an absent Head (R4.1–4.4)', () => {
  it('chairs by position while the Head is absent, with no delegation (R4.1–4.4)', () => {
    expect(
      authorityFor('chair-meeting', day, {
        positions: [standingDeputy],
        delegations: [],
        headAbsent: true,
      }),
    ).toEqual({ allowed: true, via: 'stand-in', position: 'standing-deputy' })
  })

  it('does not chair by position while the Head is present (R4.1–4.4, R3.4)', () => {
    expect(
      authorityFor('chair-meeting', day, { positions: [standingDeputy], delegations: [] }),
    ).toEqual({ allowed: false })
  })

  it('gives nothing to another member while the Head is absent (R4.1–4.4)', () => {
    expect(
      authorityFor('chair-meeting', day, {
        positions: [member],
        delegations: [],
        headAbsent: true,
      }),
    ).toEqual({ allowed: false })
  })

  it('still needs a written delegation for what the charter names, e.g. approving a plan (R4.1–4.4, R4.5)', () => {
    expect(
      authorityFor('approve-plan', day, {
        positions: [standingDeputy],
        delegations: [],
        headAbsent: true,
      }),
    ).toEqual({ allowed: false })
  })

  it('signs a notice "KT." while the Head is absent, not while present (R4.1–4.4, R4.5)', () => {
    const request = {
      kind: 'notice' as const,
      form: 'KT' as const,
      day,
      held: { positions: [standingDeputy], delegations: [] },
    }
    expect(checkSigning({ ...request, held: { ...request.held, headAbsent: true } })).toEqual({
      ok: true,
    })
    expect(checkSigning(request)).toMatchObject({ ok: false, rule: 'R4.5' })
  })
})
