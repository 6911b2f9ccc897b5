// Issue 11 H1, user accounts: only the holder or an administrator changes a password or an email,
// and an administrator's account is the administrators' own. Over HTTP through the app's own route
// handlers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { unique } from '../helpers/fixtures'
import { restJson, restLogin } from '../helpers/rest'
import {
  canLogin,
  createAccountsWorld,
  messageOf,
  NEW_PASSWORD,
  PASSWORD,
  type AccountsWorld,
} from '../helpers/users'

let world: AccountsWorld
let agencyA: number
let agencyB: number
let admin: User
let tokens: AccountsWorld['tokens']
let newUser: AccountsWorld['newUser']
let stored: AccountsWorld['stored']
let lastAuditOf: AccountsWorld['lastAuditOf']

beforeAll(async () => {
  world = await createAccountsWorld()
  ;({ agencyA, agencyB, admin, tokens, newUser, stored, lastAuditOf } = world)
})

afterAll(async () => {
  await world?.stop()
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
