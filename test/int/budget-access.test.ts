// Who may do what with the budget (R13.1): only finance officers write; everyone but agency
// reporters reads; nobody anonymous. Every user here belongs to the provincial police.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { SYSTEM_ROLES, type SystemRole } from '../../src/access/roles'
import { BUDGET_READER_ROLES } from '../../src/budget/access'
import {
  createBudgetSetup,
  createExpense,
  createLine,
  expenseData,
  lineData,
  type BudgetSetup,
} from '../helpers/budget'
import { createUser } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'

let payload: Payload
let setup: BudgetSetup
let lineId: number
let expenseId: number
const users = {} as Record<SystemRole, User>

const ROLES_AND_ANONYMOUS = [...SYSTEM_ROLES, 'anonymous'] as const
type Role = (typeof ROLES_AND_ANONYMOUS)[number]

const as = (role: Role) =>
  role === 'anonymous'
    ? ({ overrideAccess: false, depth: 0 } as const)
    : ({ overrideAccess: false, user: users[role], depth: 0 } as const)

const allowed = async (action: Promise<unknown>): Promise<boolean> =>
  action.then(
    () => true,
    (error: { status?: number; name?: string }) => {
      if (error.status === 403 || error.status === 404 || error.name === 'Forbidden') return false
      throw error
    },
  )

const isReader = (role: Role) => (BUDGET_READER_ROLES as string[]).includes(role)
const isFinance = (role: Role) => role === 'finance'

beforeAll(async () => {
  payload = await initPayload()
  setup = await createBudgetSetup(payload)
  for (const role of SYSTEM_ROLES) {
    users[role] =
      role === 'finance'
        ? setup.finance
        : await createUser(payload, { roles: [role], agency: setup.police.id })
  }
  lineId = (await createLine(payload, setup)).id
  expenseId = (await createExpense(payload, setup, lineId)).id
})

describe('budget access (R13.1)', () => {
  for (const role of ROLES_AND_ANONYMOUS) {
    describe(role, () => {
      it(`${isFinance(role) ? 'lets' : 'refuses'} ${role} record a budget line (R13.1)`, async () => {
        const before = (await payload.count({ collection: 'budget-lines' })).totalDocs
        const ok = await allowed(
          payload.create({
            collection: 'budget-lines',
            data: lineData(setup) as never,
            ...as(role),
          }),
        )
        expect(ok).toBe(isFinance(role))
        expect((await payload.count({ collection: 'budget-lines' })).totalDocs).toBe(
          before + Number(ok),
        )
      })

      it(`${isFinance(role) ? 'lets' : 'refuses'} ${role} edit a budget line (R13.1)`, async () => {
        const ok = await allowed(
          payload.update({
            collection: 'budget-lines',
            id: lineId,
            data: { note: `Ghi chú của ${role}` },
            ...as(role),
          }),
        )
        expect(ok).toBe(isFinance(role))
      })

      it(`${isFinance(role) ? 'lets' : 'refuses'} ${role} delete a budget line without spending (R13.1)`, async () => {
        const victim = await createLine(payload, setup)
        const ok = await allowed(
          payload.delete({ collection: 'budget-lines', id: victim.id, ...as(role) }),
        )
        expect(ok).toBe(isFinance(role))
      })

      it(`${isFinance(role) ? 'lets' : 'refuses'} ${role} record an expenditure (R13.1)`, async () => {
        const before = (await payload.count({ collection: 'expenditures' })).totalDocs
        const ok = await allowed(
          payload.create({
            collection: 'expenditures',
            data: expenseData(setup, lineId) as never,
            ...as(role),
          }),
        )
        expect(ok).toBe(isFinance(role))
        expect((await payload.count({ collection: 'expenditures' })).totalDocs).toBe(
          before + Number(ok),
        )
      })

      it(`${isReader(role) ? 'lets' : 'refuses'} ${role} read a budget line (R13.1)`, async () => {
        const ok = await allowed(
          payload.findByID({ collection: 'budget-lines', id: lineId, ...as(role) }),
        )
        expect(ok).toBe(isReader(role))
      })

      it(`${isReader(role) ? 'lets' : 'refuses'} ${role} list the budget lines (R13.1)`, async () => {
        const ok = await allowed(payload.find({ collection: 'budget-lines', ...as(role) }))
        expect(ok).toBe(isReader(role))
      })

      it(`${isReader(role) ? 'lets' : 'refuses'} ${role} read an expenditure (R13.1)`, async () => {
        const ok = await allowed(
          payload.findByID({ collection: 'expenditures', id: expenseId, ...as(role) }),
        )
        expect(ok).toBe(isReader(role))
      })

      it(`${isReader(role) ? 'lets' : 'refuses'} ${role} read the closed fiscal years (R13.1)`, async () => {
        const ok = await allowed(payload.findGlobal({ slug: 'budget-settings', ...as(role) }))
        expect(ok).toBe(isReader(role))
      })

      it(`${isFinance(role) ? 'lets' : 'refuses'} ${role} change the closed fiscal years (R13.1)`, async () => {
        const ok = await allowed(
          payload.updateGlobal({ slug: 'budget-settings', data: {}, ...as(role) }),
        )
        expect(ok).toBe(isFinance(role))
      })
    })
  }
})

describe('budget access configuration (R13.1)', () => {
  it('lets nobody change or delete an expenditure through access control (R13.2)', async () => {
    const access = payload.collections.expenditures.config.access
    const req = { req: { user: setup.finance } } as never
    expect([await access.update(req), await access.delete(req)]).toEqual([false, false])
  })

  it('lets only administrators unlock budget records (R13.1)', async () => {
    const req = (role: SystemRole) => ({ req: { user: users[role] } }) as never
    const unlock = payload.collections['budget-lines'].config.access.unlock
    expect([await unlock(req('admin')), await unlock(req('finance'))]).toEqual([true, false])
  })
})
