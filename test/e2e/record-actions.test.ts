import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { logIn, openBrowser, SCREENSHOTS, type Browser } from './browser'
import { bearer, get, idOf, loginAs, postJson, readResponse, unique, url } from './http'

// The buttons beside Save on a record (src/admin/RecordActionButtons.tsx), as the secretariat
// meets them on a phone: a draft of the register is issued with "Ban hành và cấp số", the number
// is toasted, and a form with unsaved changes is refused first (R4.5).

type DocumentRow = {
  id: number
  kind: string
  group?: number | null
  status: string
  number?: string | null
  signer: number
}

let browser: Browser
let token = ''

beforeAll(async () => {
  browser = await openBrowser()
  token = await loginAs('secretariat')
})

afterAll(async () => {
  await browser?.close()
})

/** A new draft of the kind of an issued demo document signed "TM.", with the same signer. */
const draftDocument = async (): Promise<DocumentRow> => {
  const issued = await readResponse(
    await get(
      '/api/documents?where[signingForm][equals]=TM&where[status][equals]=issued&limit=1&depth=0',
      bearer(token),
    ),
  )
  const [model] = (issued.body as { docs: DocumentRow[] }).docs
  const created = await readResponse(
    await postJson(
      '/api/documents',
      {
        kind: model!.kind,
        group: model!.group ?? undefined,
        title: unique('Văn bản thử ban hành từ nút'),
        date: new Date().toISOString(),
        signer: idOf(model!.signer),
        signingForm: 'TM',
        recipients: '- Các thành viên Tổ công tác;\n- Lưu: VT.',
      },
      bearer(token),
    ),
  )
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return (created.body as { doc: DocumentRow }).doc
}

const stored = async (id: number): Promise<DocumentRow> =>
  (await readResponse(await get(`/api/documents/${id}?depth=0`, bearer(token)))).body as DocumentRow

describe('a record’s action buttons (R4.5)', () => {
  it('a refused save names the field by its label, not its path, in the production build', async () => {
    const refused = await readResponse(
      await postJson(
        '/api/documents',
        { kind: 'decision', title: 'x', signer: 999999, signingForm: 'TM', recipients: 'x' },
        bearer(token),
      ),
    )
    expect(refused.status).toBe(400)
    const [first] = (refused.body as { errors: { message: string }[] }).errors
    expect(first!.message).not.toMatch(/Field|signer/)
    expect(first!.message).toMatch(/^Chưa lưu được, cần sửa \d mục: .*Người ký/)
  })

  it('refuse while the form has unsaved changes, then issue the draft and toast its number', async () => {
    const draft = await draftDocument()
    const { page } = browser
    await logIn(page, 'secretariat')
    await page.setViewportSize({ width: 390, height: 844 })
    // Leaving a form with unsaved changes asks first: the test answers yes.
    page.on('dialog', (dialog) => void dialog.accept())
    await page.goto(url(`/admin/collections/documents/${draft.id}`))
    const issue = page.getByRole('button', { name: 'Ban hành và cấp số' })
    await issue.waitFor()

    await page.locator('#field-title').fill(`${draft.id} (sửa chưa lưu)`)
    await issue.click()
    await page.getByText('Lưu văn bản trước khi ban hành.').waitFor()
    expect((await stored(draft.id)).status).toBe('draft')

    await page.goto(url(`/admin/collections/documents/${draft.id}`))
    await page.getByRole('button', { name: 'Ban hành và cấp số' }).click()
    await page.getByText(/^Đã cấp số /).waitFor()
    await page.screenshot({ path: path.join(SCREENSHOTS, 'record-action-issued-390.png') })
    const issued = await stored(draft.id)
    expect(issued.status).toBe('issued')
    expect(issued.number).toBeTruthy()
    expect(
      await page
        .getByText(/^Đã cấp số /)
        .first()
        .innerText(),
    ).toContain(String(issued.number))
  })
})
