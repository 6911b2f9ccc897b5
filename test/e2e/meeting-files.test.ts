import { beforeAll, describe, expect, it } from 'vitest'

import { bearer, get, loginAs, request } from './http'

// Issue 13: a notice whose file is too large for the mail server carries a link to the file,
// login required. A reporter whose agency is invited downloads the file the standing body
// uploaded, on the production build; a file of no meeting of his stays closed.

let secretariat: string
let reporter: string
let agendaFile: { id: number; filename: string }
let otherFile: { id: number; filename: string }

/** A small well-formed PDF with `marker` in it, so each upload is a distinct file. */
const pdfWith = (marker: string): Buffer => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Title (${marker}) >>`,
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, index) => {
    const offset = body.length
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

const upload = async (name: string, title: string) => {
  const form = new FormData()
  form.append('file', new File([new Uint8Array(pdfWith(name))], name, { type: 'application/pdf' }))
  form.append('_payload', JSON.stringify({ title }))
  const response = await request('/api/media', {
    method: 'POST',
    headers: bearer(secretariat),
    body: form,
  })
  const body = (await response.json()) as { doc?: { id: number; filename: string } }
  if (response.status !== 201 || !body.doc) throw new Error(`upload refused: ${response.status}`)
  return body.doc
}

const json = async <T>(path: string, token: string): Promise<T> =>
  (await (await get(path, bearer(token))).json()) as T

beforeAll(async () => {
  secretariat = await loginAs('secretariat')
  reporter = await loginAs('reporter')
  const { docs: groups } = await json<{ docs: { id: number }[] }>(
    '/api/working-groups?where[kind][equals]=wg&limit=1&depth=0',
    secretariat,
  )
  const { docs: reporters } = await json<{ docs: { agency: number }[] }>(
    '/api/users?where[email][equals]=reporter@demo.taskforce06.vn&depth=0',
    secretariat,
  )
  const { docs: heads } = await json<{ docs: { id: number }[] }>(
    '/api/users?where[email][equals]=leader@demo.taskforce06.vn&depth=0',
    secretariat,
  )
  agendaFile = await upload('tai-lieu-hop-e2e.pdf', 'Tài liệu họp gửi kèm giấy mời')
  otherFile = await upload('cong-van-noi-bo-e2e.pdf', 'Công văn nội bộ của Cơ quan thường trực')
  // Thursday 04/03/2027, 08:00 Vietnam time: the reporter's agency invited as a guest's agency.
  const created = await request('/api/meetings', {
    method: 'POST',
    headers: { ...bearer(secretariat), 'content-type': 'application/json' },
    body: JSON.stringify({
      group: groups[0].id,
      kind: 'regular',
      start: '2027-03-04T01:00:00.000Z',
      end: '2027-03-04T03:00:00.000Z',
      place: 'Hội trường Công an tỉnh',
      chair: heads[0].id,
      agenda: [{ title: 'Kết quả triển khai Đề án 06 tháng 02/2027', documents: [agendaFile.id] }],
      guests: [{ name: 'Đại diện cơ quan báo cáo', agency: reporters[0].agency }],
    }),
  })
  if (created.status !== 201) throw new Error(`meeting not created: ${await created.text()}`)
})

describe("an invited agency's reporter opens the meeting's file (issue 13)", () => {
  it('downloads the file the standing body attached to the agenda', async () => {
    const response = await get(
      `/api/media/file/${encodeURIComponent(agendaFile.filename)}`,
      bearer(reporter),
    )
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer()).equals(pdfWith('tai-lieu-hop-e2e.pdf'))).toBe(
      true,
    )
  })

  it('gets no file of the standing body beyond the meeting’s', async () => {
    const response = await get(
      `/api/media/file/${encodeURIComponent(otherFile.filename)}`,
      bearer(reporter),
    )
    expect([403, 404]).toContain(response.status)
  })
})
