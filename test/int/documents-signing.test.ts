// Who signs a document and on what date: signing authority on the document date, a delegation
// across dates, and no back-dating (R2.4, R4.5, R5.3).
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Document } from '../../payload-types'
import { issueDocument } from '../../collections/Documents/issue'
import { addDaysToKey, vnToday } from '../../src/lib/clock'
import { bootRegister, registerActions, type RegisterWorld } from '../helpers/documents'
import { expectRejected } from '../helpers/errors'
import { day, unique } from '../helpers/fixtures'
import { expectInvalid } from '../helpers/refusals'
import { delegateFromHead } from '../helpers/signers'

let payload: Payload
let s: RegisterWorld['s']

beforeAll(async () => {
  ;({ payload, s } = await bootRegister())
})

const { asSecretary, draft, issue, stored, issuedCount } = registerActions(() => ({ payload, s }))

describe('signing authority on the document date (R2.4, R4.5, R5.3)', () => {
  it("seals the Head's document with the Head's own agency, never a typed one (R2.4)", async () => {
    const doc = await draft({ sealAgency: s.agencies.justice.id })
    expect([doc.sealAgency, doc.signatureBlock]).toEqual([
      s.agencies.committee.id,
      'TM. TỔ CÔNG TÁC\nTỔ TRƯỞNG',
    ])
  })

  it('refuses a forged signer: a member who may not sign, issuing nothing (R2.4)', async () => {
    const doc = await draft({ signer: null })
    const before = await issuedCount()
    await payload.update({
      collection: 'documents',
      id: doc.id,
      data: {},
      ...asSecretary(),
    })
    await expectInvalid(
      payload.update({
        collection: 'documents',
        id: doc.id,
        data: { signer: s.users.member.id },
        ...asSecretary(),
      }),
      /^signer: Vi phạm Điều 2 khoản 4/m,
    )
    await expectRejected(issue(doc.id), /signer/)
    expect([await issuedCount(), (await stored(doc.id)).status]).toEqual([before, 'draft'])
  })

  it('refuses an administrator signing although he/she may do everything technical (R2.4)', async () => {
    await expectInvalid(draft({ signer: s.users.admin.id }), /^signer: .*Điều 2 khoản 4/m)
  })

  it('lets a Deputy sign a monthly report for the Head, sealed with his/her own agency (R5.3)', async () => {
    const doc = await issue(
      (await draft({ kind: 'report', signer: s.users.deputy.id, signingForm: 'KT' })).id,
    )
    expect([doc.sealAgency, doc.signatureBlock]).toEqual([
      s.agencies.office.id,
      'KT. TỔ TRƯỞNG\nTỔ PHÓ',
    ])
  })

  it('refuses the Standing Deputy signing for the Head without a delegation (R4.5)', async () => {
    await expectInvalid(
      draft({ signer: s.users.standingDeputy.id, signingForm: 'KT' }),
      /^signer: Vi phạm Điều 4 khoản 5/m,
    )
  })

  it('lets the SG Head sign an invitation by order of the Head, sealed with the police (R2.4)', async () => {
    const doc = await draft({ kind: 'invitation', signer: s.users.sgHead.id, signingForm: 'TL' })
    expect([doc.sealAgency, doc.signatureBlock]).toEqual([
      s.agencies.police.id,
      'TL. TỔ TRƯỞNG\nTỔ TRƯỞNG TỔ GIÚP VIỆC',
    ])
  })

  it('refuses the SG Head signing a decision by order (R2.4)', async () => {
    await expectInvalid(
      draft({ kind: 'decision', signer: s.users.sgHead.id, signingForm: 'TL' }),
      /^signingForm: Vi phạm Điều 2 khoản 4/m,
    )
  })
})

describe('a delegation across dates (R4.5)', () => {
  let delegationId: number
  beforeAll(async () => {
    delegationId = (
      await delegateFromHead(
        payload,
        s,
        s.users.standingDeputy,
        ['sign-for-head'],
        '2024-05-01',
        '2024-05-31',
      )
    ).id
  })

  const signedByStandingDeputy = (date: string) =>
    draft({ date: day(date), signer: s.users.standingDeputy.id, signingForm: 'KT' })

  it('lets the Standing Deputy sign for the Head on the last day of the delegation, recording it (R4.5)', async () => {
    const doc = await issue((await signedByStandingDeputy('2024-05-31')).id)
    expect([doc.signingDelegation, doc.sealAgency]).toEqual([delegationId, s.agencies.police.id])
  })

  it('refuses the Standing Deputy the day after the delegation expired (R4.5)', async () => {
    await expectInvalid(
      signedByStandingDeputy('2024-06-01'),
      /^signer: .*Điều 4 khoản 5.*01\/06\/2024/m,
    )
  })

  it('refuses issuing a draft whose date moved past the delegation (R4.5)', async () => {
    const doc = await signedByStandingDeputy('2024-05-20')
    await expectInvalid(
      payload.update({
        collection: 'documents',
        id: doc.id,
        data: { date: day('2024-06-03') },
        ...asSecretary(),
      }),
      /Điều 4 khoản 5/,
    )
    expect(dayOf(await stored(doc.id))).toBe('2024-05-20')
  })

  it('refuses a delegation without its written basis, so the Standing Deputy still may not sign (R4.5)', async () => {
    await expectRejected(
      payload.create({
        collection: 'delegations',
        data: {
          group: s.wg.id,
          grantor: s.users.head.id,
          grantee: s.users.standingDeputy.id,
          scopes: ['sign-for-head'],
          validFrom: day('2024-08-01'),
          validTo: day('2024-08-31'),
          basisNumber: '9/GUQ-TCT',
        } as never,
        overrideAccess: true,
      }),
      /basis/,
    )
    await expectInvalid(signedByStandingDeputy('2024-08-12'), /Điều 4 khoản 5/)
  })
})

const dayOf = (doc: Document) =>
  new Date(Date.parse(doc.date!) + 7 * 3600_000).toISOString().slice(0, 10)

describe('documents: no back-dating (R2.4)', () => {
  const setAllowance = (days: number) =>
    payload.updateGlobal({
      slug: 'charter-settings',
      data: {
        documentRegister: {
          issuerSymbol: 'TCT',
          numbering: 'per-kind',
          backdateAllowanceDays: days,
        },
      },
      overrideAccess: true,
    })
  const daysAgo = (n: number) => addDaysToKey(vnToday(), -n)
  const letter = (date: string) =>
    draft({ kind: 'official-letter', title: unique('Công văn'), date: day(date) })

  it('refuses issuing today a document dated yesterday, leaving it a draft (R2.4)', async () => {
    const doc = await letter(daysAgo(1))
    await expectInvalid(
      issueDocument(payload, doc.id, { user: s.users.secretary }),
      /^date: Vi phạm Điều 2 khoản 4: văn bản ban hành ngày \d\d\/\d\d\/\d{4} phải mang ngày ban hành, không ghi lùi ngày/m,
    )
    expect((await stored(doc.id)).status).toBe('draft')
  })

  it('accepts a date within the register settings’ allowance and refuses one beyond it (R2.4)', async () => {
    await setAllowance(3)
    try {
      const beyond = await letter(daysAgo(4))
      await expectInvalid(
        issueDocument(payload, beyond.id, { user: s.users.secretary }),
        /^date: Vi phạm Điều 2 khoản 4: văn bản ban hành ngày .* chỉ được ghi lùi ngày tối đa 3 ngày/m,
      )
      const within = await letter(daysAgo(3))
      await expect(
        issueDocument(payload, within.id, { user: s.users.secretary }),
      ).resolves.toMatchObject({ status: 'issued' })
    } finally {
      await setAllowance(0)
    }
  })

  it('refuses a date earlier than the last issued document of its register sequence (R2.4)', async () => {
    await issue((await draft({ kind: 'official-letter', date: day('2022-10-12') })).id)
    const earlier = await draft({ kind: 'official-letter', date: day('2022-10-10') })
    await expectInvalid(
      issue(earlier.id),
      /^date: Vi phạm Điều 2 khoản 4: ngày văn bản 10\/10\/2022 sớm hơn ngày của văn bản đã ban hành gần nhất trong cùng sổ \(12\/10\/2022\)/m,
    )
  })
})
