import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Document, User } from '../../payload-types'
import { issueDocument } from '../../collections/Documents/issue'
import { expectRejected } from '../helpers/errors'
import { addDaysToKey, vnToday } from '../../src/lib/clock'
import { createMedia, day, unique } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectForbidden, expectInvalid } from '../helpers/refusals'
import { adoptCharter, createSigners, delegateFromHead, type Signers } from '../helpers/signers'

let payload: Payload
let s: Signers

beforeAll(async () => {
  payload = await initPayload()
  await adoptCharter(payload)
  s = await createSigners(payload)
})

const asSecretary = () => ({ overrideAccess: false, user: s.users.secretary, depth: 0 }) as const

const draft = (data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'documents',
    data: {
      kind: 'notice',
      title: 'Thông báo lịch họp Tổ công tác tháng 3',
      date: day('2025-03-03'),
      signer: s.users.head.id,
      signingForm: 'TM',
      recipients: '- Các thành viên Tổ công tác;\n- Lưu: VT, PC06.',
      ...data,
    } as never,
    ...asSecretary(),
  })

// Past-dated documents are recorded as issued on their own date (as the demo seed and imports do).
const issue = (id: number, user: User = s.users.secretary) =>
  issueDocument(payload, id, { user, context: { recordedAsDated: true } })

const stored = (id: number) => payload.findByID({ collection: 'documents', id, depth: 0 })

const issuedCount = async () =>
  (await payload.count({ collection: 'documents', where: { status: { equals: 'issued' } } }))
    .totalDocs

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

describe('issued documents are read-only', () => {
  let issued: Document
  beforeAll(async () => {
    issued = await issue((await draft({ date: day('2024-03-04') })).id)
  })

  it('refuses a change to an issued document, keeping it', async () => {
    await expectInvalid(
      payload.update({
        collection: 'documents',
        id: issued.id,
        data: { title: 'Sửa trích yếu' },
        ...asSecretary(),
      }),
      /status: Văn bản đã ban hành \(đã cấp số\) không được sửa hoặc xóa\./,
    )
    expect(await stored(issued.id)).toEqual(issued)
  })

  it('refuses an administrator correcting an issued document', async () => {
    await expectRejected(
      payload.update({
        collection: 'documents',
        id: issued.id,
        data: { recipients: 'Sửa' },
        overrideAccess: false,
        user: s.users.admin,
      }),
      /không được sửa/,
    )
  })

  it('refuses issuing it a second time', async () => {
    await expectRejected(issue(issued.id), /không được sửa/)
    expect((await stored(issued.id)).number).toBe(issued.number)
  })

  it('refuses deleting an issued document', async () => {
    await expectRejected(
      payload.delete({ collection: 'documents', id: issued.id, ...asSecretary() }),
      /không được sửa hoặc xóa/,
    )
    expect((await stored(issued.id)).id).toBe(issued.id)
  })

  it('lets the secretariat delete a draft', async () => {
    const doc = await draft()
    await payload.delete({ collection: 'documents', id: doc.id, ...asSecretary() })
    expect(
      await payload.count({ collection: 'documents', where: { id: { equals: doc.id } } }),
    ).toEqual({
      totalDocs: 0,
    })
  })

  it('ignores a status typed as issued: only the Issue action issues', async () => {
    const doc = await draft({ status: 'issued', symbol: '99/TB-TCT', number: 99 })
    expect([doc.status, doc.symbol ?? null, doc.number ?? null]).toEqual(['draft', null, null])
  })
})

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

describe('documents: bad input on every write path, nothing stored', () => {
  const tooLong = (n: number) => 'x'.repeat(n + 1)
  const countAll = async () => (await payload.count({ collection: 'documents' })).totalDocs

  it.each([
    ['an unknown kind', { kind: 'memo' }, /^kind: /m],
    ['a summary over 500 characters', { title: tooLong(500) }, /^title: .*500/m],
    ['recipients over 2000 characters', { recipients: tooLong(2000) }, /^recipients: .*2000/m],
    ['a signer who does not exist', { signer: 999999 }, /^signer: /m],
    ['a signer id that is not a number', { signer: 'giam-doc' }, /^signer: /m],
    ['a file that does not exist', { file: 999999 }, /^file: /m],
    ['a date that is not a date', { date: 'mùng 5 Tết' }, /^date: /m],
    [
      'a year before the programme',
      { date: day('2019-05-02') },
      /^date: Năm của văn bản phải từ 2022 đến 2030/m,
    ],
    [
      'a year after the programme',
      { date: day('2031-01-02') },
      /^date: Năm của văn bản phải từ 2022 đến 2030/m,
    ],
    ['an unknown signing form', { signingForm: 'TUQ' }, /^signingForm: /m],
  ])('refuses a draft with %s', async (_what, data, error) => {
    const before = await countAll()
    await expectInvalid(draft(data), error)
    expect(await countAll()).toBe(before)
  })

  it.each([
    ['an unknown kind', { kind: 'memo' }, /^kind: /m],
    ['a summary over 500 characters', { title: tooLong(500) }, /^title: .*500/m],
    ['a signer who does not exist', { signer: 999999 }, /^signer: /m],
    ['a signer sent as an object', { signer: { name: 'Tổ trưởng' } }, /^signer: /m],
    ['a file that does not exist', { file: 999999 }, /^file: /m],
    ['a date that is not a date', { date: '31/02/2025' }, /^date: /m],
    ['a year out of range', { date: day('2021-12-31') }, /^date: Năm của văn bản/m],
  ])('refuses updating a draft with %s, keeping it', async (_what, data, error) => {
    const doc = await draft()
    await expectInvalid(
      payload.update({
        collection: 'documents',
        id: doc.id,
        data: data as never,
        ...asSecretary(),
      }),
      error,
    )
    expect(await stored(doc.id)).toEqual(doc)
  })

  it('refuses issuing a document dated in the future, leaving it a draft', async () => {
    const doc = await draft({ date: day('2030-06-01') })
    await expectInvalid(issue(doc.id), /^date: Không ban hành văn bản mang ngày trong tương lai/m)
    expect((await stored(doc.id)).status).toBe('draft')
  })

  it('refuses issuing a document without a signer, leaving it a draft', async () => {
    const doc = await draft({ signer: null })
    await expectInvalid(issue(doc.id), /^signer: Ghi rõ người ký trước khi ban hành\./m)
    expect((await stored(doc.id)).number ?? null).toBeNull()
  })

  it('refuses issuing a document without a signing form, leaving it a draft', async () => {
    const doc = await draft({ signingForm: null })
    await expectInvalid(issue(doc.id), /^signingForm: Chọn hình thức ký/m)
  })
})

describe('documents: access', () => {
  it('lets a reporter read issued documents only', async () => {
    const issued = await issue((await draft({ date: day('2024-09-09') })).id)
    const hidden = await draft()
    const found = await payload.find({
      collection: 'documents',
      where: { id: { in: [issued.id, hidden.id] } },
      overrideAccess: false,
      user: s.users.reporter,
      depth: 0,
    })
    expect(found.docs.map((doc) => doc.id)).toEqual([issued.id])
  })

  it('refuses a reporter drafting a document', async () => {
    await expectForbidden(
      payload.create({
        collection: 'documents',
        data: { kind: 'notice', title: 'x' } as never,
        overrideAccess: false,
        user: s.users.reporter,
      }),
    )
  })

  it('refuses a leader issuing: the standing body keeps the register', async () => {
    const doc = await draft()
    await expectForbidden(issue(doc.id, s.users.head))
    expect((await stored(doc.id)).status).toBe('draft')
  })

  it('issues through POST /api/documents/:id/issue for the secretariat', async () => {
    const doc = await draft({ kind: 'decision', date: null })
    const endpoint = payload.collections.documents.config.endpoints
    const handler = (endpoint || []).find((e) => e.path === '/:id/issue')!.handler
    const req = (await createLocalReq({ user: s.users.secretary }, payload)) as PayloadRequest
    req.routeParams = { id: String(doc.id) }
    const response = await handler(req)
    expect([response.status, (await stored(doc.id)).status]).toEqual([200, 'issued'])
  })

  const callIssue = async (user: User | undefined, id: string) => {
    const endpoint = payload.collections.documents.config.endpoints
    const handler = (endpoint || []).find((e) => e.path === '/:id/issue')!.handler
    const req = (await createLocalReq(
      { user: user && { ...user, collection: 'users' } },
      payload,
    )) as PayloadRequest
    req.routeParams = { id }
    return handler(req)
  }

  it('answers 401 to an anonymous caller of POST /api/documents/:id/issue, leaving a draft', async () => {
    const doc = await draft()
    const response = await callIssue(undefined, String(doc.id))
    expect([response.status, (await stored(doc.id)).status]).toEqual([401, 'draft'])
  })

  it('answers 403 to a leader calling POST /api/documents/:id/issue, leaving a draft', async () => {
    const doc = await draft()
    const response = await callIssue(s.users.head, String(doc.id))
    expect([response.status, (await stored(doc.id)).status]).toEqual([403, 'draft'])
  })

  it('answers 404 to POST /api/documents/:id/issue for an id that cannot exist or is not there', async () => {
    const statuses = [
      (await callIssue(s.users.secretary, 'abc')).status,
      (await callIssue(s.users.secretary, '987654321')).status,
    ]
    expect(statuses).toEqual([404, 404])
  })
})

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

describe('documents: the file', () => {
  it('keeps the uploaded text of the document', async () => {
    const file = await createMedia(payload)
    const doc = await draft({ file: file.id })
    expect(doc.file).toBe(file.id)
  })
})
