// Issue 11, user accounts: bulk writes of protected fields (L11) answer like the by-id request, and
// only administrators create, delete or unlock an administrator. Over HTTP through the app's own
// route handlers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { unique } from '../helpers/fixtures'
import { restJson, restLogin } from '../helpers/rest'
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
let agencyA: number
let agencyB: number
let tokens: AccountsWorld['tokens']
let newUser: AccountsWorld['newUser']
let stored: AccountsWorld['stored']

beforeAll(async () => {
  world = await createAccountsWorld()
  ;({ agencyA, agencyB, tokens, newUser, stored } = world)
})

afterAll(async () => {
  await world?.stop()
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
