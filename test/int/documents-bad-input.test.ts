// Documents: bad input on every write path stores nothing; the uploaded file is kept.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { bootRegister, registerActions, type RegisterWorld } from '../helpers/documents'
import { createMedia, day } from '../helpers/fixtures'
import { expectInvalid } from '../helpers/refusals'

let payload: Payload
let s: RegisterWorld['s']

beforeAll(async () => {
  ;({ payload, s } = await bootRegister())
})

const { asSecretary, draft, issue, stored } = registerActions(() => ({ payload, s }))

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

describe('documents: the file', () => {
  it('keeps the uploaded text of the document', async () => {
    const file = await createMedia(payload)
    const doc = await draft({ file: file.id })
    expect(doc.file).toBe(file.id)
  })
})
