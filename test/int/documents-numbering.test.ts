// The document register's numbers and symbols (Decree 30, Art. 15), one sequence per kind and year
// or one for all, and never a number shared by two simultaneous issues.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Document } from '../../payload-types'
import { bootRegister, registerActions, type RegisterWorld } from '../helpers/documents'
import { day } from '../helpers/fixtures'
import { expectInvalid } from '../helpers/refusals'

let payload: Payload
let s: RegisterWorld['s']

beforeAll(async () => {
  ;({ payload, s } = await bootRegister())
})

const { draft, issue } = registerActions(() => ({ payload, s }))

describe('issuing: number and symbol (Decree 30, Art. 15)', () => {
  it('issues a notice signed TM. by the Head as 01/TB-TCT and freezes it (R2.4)', async () => {
    const doc = await issue((await draft({ date: day('2022-08-01') })).id)
    expect(doc).toMatchObject({
      status: 'issued',
      symbol: '01/TB-TCT',
      number: 1,
      year: 2022,
      issuedBy: s.users.secretary.id,
    })
  })

  it('numbers a notice and a conclusion notice in the one TB sequence', async () => {
    const first = await issue((await draft({ date: day('2022-09-01') })).id)
    const second = await issue(
      (await draft({ kind: 'conclusion-notice', date: day('2022-09-02') })).id,
    )
    expect([first.symbol, second.symbol]).toEqual(['02/TB-TCT', '03/TB-TCT'])
  })

  it('numbers each kind in its own sequence by default', async () => {
    const report = await issue(
      (await draft({ kind: 'report', signer: s.users.deputy.id, signingForm: 'KT' })).id,
    )
    expect(report.symbol).toBe('01/BC-TCT')
  })

  it('writes an official letter without a type code', async () => {
    const letter = await issue((await draft({ kind: 'official-letter' })).id)
    expect(letter.symbol).toBe('01/TCT')
  })

  it('starts again from 01 on 1 January', async () => {
    const december = await issue((await draft({ kind: 'invitation', date: day('2023-12-31') })).id)
    const january = await issue((await draft({ kind: 'invitation', date: day('2024-01-01') })).id)
    expect([december.symbol, january.symbol, january.year]).toEqual([
      '01/GM-TCT',
      '01/GM-TCT',
      2024,
    ])
  })

  it('takes the issue date as today when the draft has none', async () => {
    const doc = await issue((await draft({ kind: 'decision', date: null })).id)
    expect(doc.year).toBe(new Date().getUTCFullYear())
  })

  it('follows the register settings: one sequence for all kinds and another issuer symbol', async () => {
    // 2025 already holds 01/BC-TCT and 01/TCT: the single sequence continues after them.
    const before = await payload.find({
      collection: 'documents',
      where: { year: { equals: 2025 } },
      sort: '-number',
      limit: 1,
      depth: 0,
    })
    const highest = before.docs[0].number!
    await payload.updateGlobal({
      slug: 'charter-settings',
      data: { documentRegister: { issuerSymbol: 'TCTĐA06', numbering: 'single' } },
      overrideAccess: true,
    })
    try {
      const notice = await issue((await draft({ date: day('2025-11-03') })).id)
      const invitation = await issue(
        (await draft({ kind: 'invitation', date: day('2025-11-04') })).id,
      )
      expect([notice.symbol, invitation.symbol]).toEqual([
        `0${highest + 1}/TB-TCTĐA06`,
        `0${highest + 2}/GM-TCTĐA06`,
      ])
    } finally {
      await payload.updateGlobal({
        slug: 'charter-settings',
        data: { documentRegister: { issuerSymbol: 'TCT', numbering: 'per-kind' } },
        overrideAccess: true,
      })
    }
  })

  it('refuses an issuer symbol in lower case, keeping the settings', async () => {
    await expectInvalid(
      payload.updateGlobal({
        slug: 'charter-settings',
        data: { documentRegister: { issuerSymbol: 'tct 06' } },
        overrideAccess: false,
        user: s.users.secretary,
      }),
      /issuerSymbol: Chỉ gồm chữ in hoa/,
    )
    const settings = await payload.findGlobal({ slug: 'charter-settings' })
    expect(settings.documentRegister?.issuerSymbol).toBe('TCT')
  })
})

describe('issuing: two simultaneous issues never share a number', () => {
  it('gives 10 parallel issues 10 distinct consecutive numbers, as stored', async () => {
    const drafts: Document[] = []
    for (let i = 0; i < 10; i++) {
      drafts.push(await draft({ kind: 'plan', title: `Kế hoạch ${i}`, date: day('2023-05-02') }))
    }
    const issued = await Promise.all(drafts.map((doc) => issue(doc.id)))
    const stored = await payload.find({
      collection: 'documents',
      where: { id: { in: drafts.map((doc) => doc.id) } },
      sort: 'number',
      pagination: false,
      depth: 0,
    })
    expect(stored.docs.map((doc) => [doc.status, doc.number, doc.symbol])).toEqual(
      Array.from({ length: 10 }, (_, i) => [
        'issued',
        i + 1,
        `${String(i + 1).padStart(2, '0')}/KH-TCT`,
      ]),
    )
    expect(issued.map((doc) => doc.number).sort((a, b) => a! - b!)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ])
  })

  it('ignores a register key forged on a draft, which keeps the number free', async () => {
    const taken = await issue((await draft({ kind: 'notice', date: day('2023-02-01') })).id)
    const forged = await payload.create({
      collection: 'documents',
      data: { kind: 'notice', title: 'Giả số', registerKey: '2023/TB/2', number: 2 } as never,
      overrideAccess: true,
      depth: 0,
    })
    const next = await issue((await draft({ kind: 'notice', date: day('2023-02-02') })).id)
    expect([taken.number, forged.registerKey ?? null, next.symbol]).toEqual([1, null, '02/TB-TCT'])
  })
})
