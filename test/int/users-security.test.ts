// Issue 11, user accounts: credentials of other users (H1), bulk writes of protected fields (L11),
// account enumeration through forgot-password and login failures (L7), and who may unlock,
// delete or edit an administrator. Over HTTP through the app's own route handlers.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AuditLog, Notification, User } from '../../payload-types'
import { AUDIT_LOG_SLUG } from '../../src/audit'
import { unseal } from '../../src/email/sealed'
import { createAgency, createUser, unique } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { restJson, restLogin } from '../helpers/rest'
import { startSmtp, type TestSmtp } from '../helpers/smtp'

const PASSWORD = 'Test@12345'
const NEW_PASSWORD = 'Doi@MatKhau2026'

let payload: Payload
let smtp: TestSmtp
let agencyA: number
let agencyB: number
const tokens: Record<string, string> = {}
let admin: User
let secretariat: User
let reporter: User

const loginStatus = async (email: string, password: string, headers?: Record<string, string>) =>
  restJson('/users/login', { method: 'POST', body: { email, password }, headers })

const canLogin = async (email: string, password: string) =>
  (await loginStatus(email, password)).status === 200

/** The field-level message of a 400 (ValidationError), else the first error's message. */
type ErrorBody = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }
const messageOf = (body: unknown): string => {
  const first = (body as ErrorBody | undefined)?.errors?.[0]
  return String(first?.data?.errors?.[0]?.message ?? first?.message ?? '')
}

const stored = (id: number | string) =>
  payload.findByID({ collection: 'users', id, depth: 0, showHiddenFields: true })

const lastAuditOf = async (id: number | string): Promise<AuditLog | undefined> =>
  (
    await payload.find({
      collection: AUDIT_LOG_SLUG,
      where: {
        and: [{ collectionSlug: { equals: 'users' } }, { documentId: { equals: String(id) } }],
      },
      sort: '-id',
      limit: 1,
      depth: 0,
    })
  ).docs[0]

const newUser = (data: Partial<User> = {}) => createUser(payload, { agency: agencyA, ...data })

beforeAll(async () => {
  // A real SMTP server, configured before Payload reads its config (delivery of the reset link).
  smtp = await startSmtp()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  payload = await initPayload()
  agencyA = (await createAgency(payload)).id
  agencyB = (await createAgency(payload)).id
  admin = await newUser({ roles: ['admin'] })
  secretariat = await newUser({ roles: ['secretariat'] })
  reporter = await newUser({ roles: ['reporter'] })
  for (const [name, user] of Object.entries({ admin, secretariat, reporter })) {
    tokens[name] = await restLogin(user.email, PASSWORD)
  }
})

afterAll(async () => {
  delete process.env.SMTP_HOST
  await smtp?.stop()
})

describe('credentials of other accounts (issue 11 H1)', () => {
  it("a secretariat user cannot change an admin's password (issue 11 H1)", async () => {
    const target = await newUser({ roles: ['admin'] })
    const { status, body } = await restJson(`/users/${target.id}`, {
      method: 'PATCH',
      token: tokens.secretariat,
      body: { password: NEW_PASSWORD },
    })
    expect(status).toBe(400)
    expect(messageOf(body)).toBe(
      'Chỉ chủ tài khoản hoặc quản trị hệ thống mới được đổi mật khẩu hoặc email của tài khoản.',
    )
    expect(await canLogin(target.email, PASSWORD)).toBe(true)
    expect(await canLogin(target.email, NEW_PASSWORD)).toBe(false)
  })

  it("a secretariat user cannot change an admin's email, also with bad input (issue 11 H1)", async () => {
    const target = await newUser({ roles: ['admin'] })
    const takeover = `${unique('x').toLowerCase()}@test.vn`
    for (const email of [takeover, '', 42, null]) {
      const { status } = await restJson(`/users/${target.id}`, {
        method: 'PATCH',
        token: tokens.secretariat,
        body: { email },
      })
      expect(status, String(email)).toBe(400)
    }
    expect((await stored(target.id)).email).toBe(target.email)
    expect(await canLogin(takeover, PASSWORD)).toBe(false)
    expect(await canLogin(target.email, PASSWORD)).toBe(true)
  })

  it("a secretariat user cannot change a non-admin's password or email (issue 11 H1)", async () => {
    const target = await newUser({ roles: ['viewer'] })
    for (const body of [
      { password: NEW_PASSWORD },
      { password: 12345 },
      { email: `${unique('y').toLowerCase()}@test.vn` },
      { email: '' },
      { fullName: 'Tên mới', password: NEW_PASSWORD },
    ]) {
      const response = await restJson(`/users/${target.id}`, {
        method: 'PATCH',
        token: tokens.secretariat,
        body,
      })
      expect(response.status, JSON.stringify(body)).toBe(400)
    }
    const after = await stored(target.id)
    expect([after.email, after.fullName]).toEqual([target.email, target.fullName])
    expect(await canLogin(target.email, PASSWORD)).toBe(true)
    expect(await canLogin(target.email, NEW_PASSWORD)).toBe(false)
  })

  it('says so in English when the user works in English (issue 11 H1)', async () => {
    const target = await newUser({ roles: ['admin'] })
    const { status, body } = await restJson(`/users/${target.id}`, {
      method: 'PATCH',
      token: tokens.secretariat,
      body: { password: NEW_PASSWORD },
      headers: { 'accept-language': 'en' },
    })
    expect(status).toBe(400)
    expect(messageOf(body)).toBe(
      'Only the account holder or an administrator may change an account’s password or email.',
    )
  })

  it("a secretariat user still edits a non-admin's other fields, the unchanged email included (issue 11 H1)", async () => {
    const target = await newUser({ roles: ['viewer'] })
    const { status } = await restJson(`/users/${target.id}`, {
      method: 'PATCH',
      token: tokens.secretariat,
      body: { fullName: 'Nguyễn Văn Mới', phone: '0905 123 456', email: target.email },
    })
    expect(status).toBe(200)
    expect((await stored(target.id)).fullName).toBe('Nguyễn Văn Mới')
  })

  it("a secretariat user cannot edit an admin's account: name, agency or roles (issue 11 H1)", async () => {
    const target = await newUser({ roles: ['admin'] })
    for (const body of [
      { fullName: 'Đổi tên' },
      { agency: agencyB },
      { roles: ['admin', 'viewer'] },
      { roles: ['viewer'] },
    ]) {
      const response = await restJson(`/users/${target.id}`, {
        method: 'PATCH',
        token: tokens.secretariat,
        body,
      })
      expect(response.status, JSON.stringify(body)).toBe(400)
    }
    const after = await stored(target.id)
    expect([after.fullName, after.agency, after.roles]).toEqual([
      target.fullName,
      agencyA,
      ['admin'],
    ])
  })

  it("an admin changes another user's password and email, audited by field name only (issue 11 H1)", async () => {
    const target = await newUser({ roles: ['viewer'] })
    const password = await restJson(`/users/${target.id}`, {
      method: 'PATCH',
      token: tokens.admin,
      body: { password: NEW_PASSWORD },
    })
    expect(password.status).toBe(200)
    expect(await canLogin(target.email, NEW_PASSWORD)).toBe(true)
    expect(await canLogin(target.email, PASSWORD)).toBe(false)
    const passwordEntry = await lastAuditOf(target.id)
    expect(passwordEntry).toMatchObject({ user: admin.id, operation: 'update' })
    expect(passwordEntry?.changedFields).toEqual(['password'])

    const email = `${unique('moi').toLowerCase()}@test.vn`
    const changed = await restJson(`/users/${target.id}`, {
      method: 'PATCH',
      token: tokens.admin,
      body: { email },
    })
    expect(changed.status).toBe(200)
    const emailEntry = await lastAuditOf(target.id)
    expect(emailEntry?.changedFields).toEqual(['email'])
    // Names, never values.
    expect(JSON.stringify([passwordEntry, emailEntry])).not.toContain(NEW_PASSWORD)
    expect(JSON.stringify(emailEntry)).not.toContain(email)
  })

  it('the account holder changes his own password and email, audited as such (issue 11 H1)', async () => {
    const holder = await newUser({ roles: ['reporter'] })
    const token = await restLogin(holder.email, PASSWORD)
    const email = `${unique('tu').toLowerCase()}@test.vn`
    const { status } = await restJson(`/users/${holder.id}`, {
      method: 'PATCH',
      token,
      body: { password: NEW_PASSWORD, email },
    })
    expect(status).toBe(200)
    expect(await canLogin(email, NEW_PASSWORD)).toBe(true)
    expect(await lastAuditOf(holder.id)).toMatchObject({
      user: holder.id,
      changedFields: ['email', 'password'],
    })
  })

  it('a reporter cannot change a colleague’s password (issue 11 H1)', async () => {
    const colleague = await newUser({ roles: ['reporter'] })
    const { status } = await restJson(`/users/${colleague.id}`, {
      method: 'PATCH',
      token: tokens.reporter,
      body: { password: NEW_PASSWORD },
    })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    expect(await canLogin(colleague.email, PASSWORD)).toBe(true)
  })

  it('forged reset tokens and hashes in an update are not stored (issue 11 H1)', async () => {
    const target = await newUser({ roles: ['admin'] })
    await restJson(`/users/${target.id}`, {
      method: 'PATCH',
      token: tokens.secretariat,
      body: {
        resetPasswordToken: 'forged-token',
        resetPasswordExpiration: '2099-01-01T00:00:00.000Z',
        hash: 'x',
        salt: 'y',
      },
    })
    const reset = await restJson('/users/reset-password', {
      method: 'POST',
      body: { token: 'forged-token', password: NEW_PASSWORD },
    })
    expect(reset.status).toBeGreaterThanOrEqual(400)
    expect(await canLogin(target.email, PASSWORD)).toBe(true)
  })
})

describe('bulk writes of protected fields (issue 11 L11)', () => {
  it('a bulk PATCH of one’s own roles answers 400 like the by-id request (issue 11 L11)', async () => {
    const self = await newUser({ roles: ['secretariat'] })
    const token = await restLogin(self.email, PASSWORD)
    for (const roles of [['secretariat', 'admin'], ['secretariat', 'leader'], ['viewer']]) {
      const byId = await restJson(`/users/${self.id}`, { method: 'PATCH', token, body: { roles } })
      const bulk = await restJson(`/users?where[id][equals]=${self.id}`, {
        method: 'PATCH',
        token,
        body: { roles },
      })
      expect([byId.status, bulk.status], roles.join()).toEqual([400, 400])
      expect(messageOf(bulk.body)).toBe(
        'Không ai được tự thay đổi vai trò hoặc cơ quan của chính mình.',
      )
    }
    expect((await stored(self.id)).roles).toEqual(['secretariat'])
  })

  it('a bulk PATCH of one’s own agency answers 400 like the by-id request (issue 11 L11)', async () => {
    const self = await newUser({ roles: ['reporter'] })
    const token = await restLogin(self.email, PASSWORD)
    const byId = await restJson(`/users/${self.id}`, {
      method: 'PATCH',
      token,
      body: { agency: agencyB },
    })
    const bulk = await restJson(`/users?where[email][equals]=${self.email}`, {
      method: 'PATCH',
      token,
      body: { agency: agencyB },
    })
    expect([byId.status, bulk.status]).toEqual([400, 400])
    expect((await stored(self.id)).agency).toBe(agencyA)
  })

  it('a bulk PATCH of own roles still lets the same request keep them unchanged (issue 11 L11)', async () => {
    const self = await newUser({ roles: ['viewer'] })
    const token = await restLogin(self.email, PASSWORD)
    const bulk = await restJson(`/users?where[id][equals]=${self.id}`, {
      method: 'PATCH',
      token,
      body: { phone: '0905 000 111', roles: ['viewer'], agency: agencyA },
    })
    expect(bulk.status).toBe(200)
    expect((await stored(self.id)).phone).toBe('0905 000 111')
  })

  it('a bulk PATCH by a secretariat user cannot touch admins or credentials, changing nothing (issue 11 L11)', async () => {
    const target = await newUser({ roles: ['admin'], jobTitle: 'Quản trị' })
    const viewer = await newUser({ roles: ['viewer'], jobTitle: 'Xem' })
    const ids = `where[id][in][0]=${target.id}&where[id][in][1]=${viewer.id}`
    for (const body of [
      { password: NEW_PASSWORD },
      { email: 'chiem@test.vn' },
      { jobTitle: 'Đổi hàng loạt' },
      { roles: ['viewer'] },
    ]) {
      const response = await restJson(`/users?${ids}`, {
        method: 'PATCH',
        token: tokens.secretariat,
        body,
      })
      expect(response.status, JSON.stringify(body)).toBe(400)
    }
    const viewerPassword = await restJson(`/users?where[id][equals]=${viewer.id}`, {
      method: 'PATCH',
      token: tokens.secretariat,
      body: { password: NEW_PASSWORD },
    })
    expect(viewerPassword.status).toBe(400)
    expect((await stored(target.id)).jobTitle).toBe('Quản trị')
    expect((await stored(viewer.id)).jobTitle).toBe('Xem')
    expect(await canLogin(target.email, PASSWORD)).toBe(true)
    expect(await canLogin(viewer.email, PASSWORD)).toBe(true)
  })

  it('a bulk PATCH by a secretariat user cannot grant the admin role (issue 11 L11)', async () => {
    const viewer = await newUser({ roles: ['viewer'] })
    const response = await restJson(`/users?where[id][equals]=${viewer.id}`, {
      method: 'PATCH',
      token: tokens.secretariat,
      body: { roles: ['admin'] },
    })
    expect(response.status).toBe(400)
    expect((await stored(viewer.id)).roles).toEqual(['viewer'])
  })
})

describe('administrators’ accounts: create, delete, unlock (issue 11)', () => {
  it('a secretariat user cannot create an admin nor delete one (issue 11)', async () => {
    const created = await restJson('/users', {
      method: 'POST',
      token: tokens.secretariat,
      body: {
        fullName: 'Quản trị giả',
        email: `${unique('qt').toLowerCase()}@test.vn`,
        password: PASSWORD,
        roles: ['admin'],
      },
    })
    expect(created.status).toBe(400)
    const target = await newUser({ roles: ['admin'] })
    const deleted = await restJson(`/users/${target.id}`, {
      method: 'DELETE',
      token: tokens.secretariat,
    })
    expect(deleted.status).toBe(403)
    expect((await stored(target.id)).id).toBe(target.id)
  })

  it('a secretariat user still creates a non-admin user (issue 11)', async () => {
    const { status } = await restJson('/users', {
      method: 'POST',
      token: tokens.secretariat,
      body: {
        fullName: 'Cán bộ mới',
        email: `${unique('cb').toLowerCase()}@test.vn`,
        password: PASSWORD,
        roles: ['reporter'],
        agency: agencyA,
      },
    })
    expect(status).toBe(201)
  })

  it('only an admin may unlock an account over /api/users/unlock (issue 11)', async () => {
    const locked = await newUser({ roles: ['admin'] })
    for (let attempt = 0; attempt < 5; attempt++) await loginStatus(locked.email, 'sai-mat-khau')
    expect(await canLogin(locked.email, PASSWORD)).toBe(false)
    for (const token of [tokens.secretariat, tokens.reporter, undefined]) {
      const { status } = await restJson('/users/unlock', {
        method: 'POST',
        token,
        body: { email: locked.email },
      })
      expect(status).toBe(403)
    }
    expect(await canLogin(locked.email, PASSWORD)).toBe(false)
    const unlocked = await restJson('/users/unlock', {
      method: 'POST',
      token: tokens.admin,
      body: { email: locked.email },
    })
    expect(unlocked.status).toBe(200)
    expect(await canLogin(locked.email, PASSWORD)).toBe(true)
  })
})

describe('account enumeration (issue 11 L7)', () => {
  const notesTo = async (recipient: string): Promise<Notification[]> =>
    (
      await payload.find({
        collection: 'notifications',
        where: { recipient: { equals: recipient } },
        depth: 0,
        pagination: false,
      })
    ).docs

  it('forgot-password answers the same for an existing and an unknown account (issue 11 L7)', async () => {
    const user = await newUser({ roles: ['viewer'] })
    const unknown = `${unique('khong-co').toLowerCase()}@test.vn`
    const real = await restJson('/users/forgot-password', {
      method: 'POST',
      body: { email: user.email },
    })
    const missing = await restJson('/users/forgot-password', {
      method: 'POST',
      body: { email: unknown },
    })
    expect([real.status, missing.status]).toEqual([200, 200])
    expect(real.body).toEqual(missing.body)
    expect(await notesTo(unknown)).toEqual([])
    const [note, ...others] = await notesTo(user.email)
    expect(others).toEqual([])
    expect(note).toMatchObject({ subject: expect.stringMatching(/Đặt lại mật khẩu/) })
    // The outbox holds the link sealed: whoever reads it cannot use it.
    const { resetPasswordToken } = await stored(user.id)
    expect(resetPasswordToken).toBeTruthy()
    expect(note!.text).not.toContain(resetPasswordToken!)
    expect(unseal(note!.text)).toContain(`/admin/reset/${resetPasswordToken}`)
  })

  it('a reset link never points at the host a client names (issue 11 L7)', async () => {
    const user = await newUser({ roles: ['viewer'] })
    await restJson('/users/forgot-password', {
      method: 'POST',
      body: { email: user.email },
      origin: 'http://lure.example',
    })
    const [note] = await notesTo(user.email)
    const text = unseal(note!.text)
    expect(text).not.toContain('lure.example')
    expect(text).toMatch(/http:\/\/localhost:\d+\/admin\/reset\//)
  })

  it('forgot-password refuses a missing email the same way for everyone (issue 11 L7)', async () => {
    for (const body of [{ email: '' }, {}, { email: '   ' }]) {
      const { status } = await restJson('/users/forgot-password', { method: 'POST', body })
      expect(status, JSON.stringify(body)).toBe(400)
    }
    const typed = await restJson('/users/forgot-password', { method: 'POST', body: { email: 5 } })
    expect(typed.status).toBe(400)
  })

  it('a second request within the interval queues no second message (issue 11 L7)', async () => {
    const user = await newUser({ roles: ['viewer'] })
    for (let i = 0; i < 3; i++) {
      const { status } = await restJson('/users/forgot-password', {
        method: 'POST',
        body: { email: user.email.toUpperCase() },
      })
      expect(status).toBe(200)
    }
    expect(await notesTo(user.email)).toHaveLength(1)
  })

  it('delivers the reset link through the outbox, and the link resets the password (issue 11 L7)', async () => {
    const user = await newUser({ roles: ['viewer'] })
    await restJson('/users/forgot-password', { method: 'POST', body: { email: user.email } })
    await payload.jobs.run({ queue: 'default' })
    const [note] = await notesTo(user.email)
    expect(note?.status).toBe('sent')
    const mail = smtp.messages.find((message) => message.to.includes(user.email))
    const text = mail?.parts.map((part) => part.text).join('\n') ?? ''
    const token = /\/admin\/reset\/([0-9a-f]+)/.exec(text)?.[1]
    expect(token).toBeTruthy()
    const reset = await restJson('/users/reset-password', {
      method: 'POST',
      body: { token, password: NEW_PASSWORD },
    })
    expect(reset.status).toBe(200)
    expect(await canLogin(user.email, NEW_PASSWORD)).toBe(true)
    expect(await canLogin(user.email, PASSWORD)).toBe(false)
    expect(await lastAuditOf(user.id)).toMatchObject({
      user: user.id,
      operation: 'update',
      changedFields: ['password'],
    })
  })

  it('login failures for a locked, an unknown and a wrong-password account look the same (issue 11 L7)', async () => {
    const user = await newUser({ roles: ['viewer'] })
    const unknown = await loginStatus(`${unique('khong').toLowerCase()}@test.vn`, PASSWORD)
    const wrong = [] as Awaited<ReturnType<typeof loginStatus>>[]
    for (let attempt = 0; attempt < 5; attempt++) wrong.push(await loginStatus(user.email, 'sai'))
    const locked = await loginStatus(user.email, PASSWORD)
    for (const answer of [...wrong, locked]) {
      expect(answer.status).toBe(unknown.status)
      expect(answer.body).toEqual(unknown.body)
    }
    expect(unknown.status).toBe(401)
    expect(messageOf(unknown.body)).toMatch(
      /^Email hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa/,
    )
    // Still locked.
    expect((await stored(user.id)).lockUntil).toBeTruthy()
    const en = await loginStatus(user.email, PASSWORD, { 'accept-language': 'en' })
    const enUnknown = await loginStatus('nobody@test.vn', PASSWORD, { 'accept-language': 'en' })
    expect(en.body).toEqual(enUnknown.body)
    expect(messageOf(en.body)).toMatch(
      /^The email or password is incorrect, or the account is locked/,
    )
  })
})
