// Issue 11 L7, user accounts: forgot-password and login failures do not tell whether an account
// exists; the reset link goes through the outbox. Over HTTP through the app's own route handlers.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Notification } from '../../payload-types'
import { unseal } from '../../src/email/sealed'
import { unique } from '../helpers/fixtures'
import { restJson } from '../helpers/rest'
import type { TestSmtp } from '../helpers/smtp'
import {
  canLogin,
  createAccountsWorld,
  loginStatus,
  messageOf,
  NEW_PASSWORD,
  PASSWORD,
  type AccountsWorld,
} from '../helpers/users'

let world: AccountsWorld
let payload: Payload
let smtp: TestSmtp
let newUser: AccountsWorld['newUser']
let stored: AccountsWorld['stored']
let lastAuditOf: AccountsWorld['lastAuditOf']

beforeAll(async () => {
  world = await createAccountsWorld()
  ;({ payload, smtp, newUser, stored, lastAuditOf } = world)
})

afterAll(async () => {
  await world?.stop()
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
