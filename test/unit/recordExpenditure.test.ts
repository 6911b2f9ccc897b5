// recordExpenditure's retry and queue (R13.2), against a stand-in for Payload: the database
// behaviour itself is covered by test/int/budget-concurrency.test.ts.
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { recordExpenditure } from '../../src/budget/recordExpenditure'
import type { LedgerAttempt } from '../../src/lib/context'

const UNIQUE = 'Value must be unique'

const uniqueViolation = () =>
  Object.assign(new Error('The following field is invalid: line_id'), {
    name: 'ValidationError',
    data: { errors: [{ path: 'line_id', message: UNIQUE }] },
  })

type Step = { fail?: Error; sequence?: number }

/** A stand-in whose create claims a sequence number, then fails or succeeds as scripted. */
const fakePayload = (steps: Step[], slotTaken: boolean) => {
  const calls: string[] = []
  const payload = {
    config: {
      i18n: {
        supportedLanguages: { en: { translations: { error: { valueMustBeUnique: UNIQUE } } } },
      },
    },
    create: async (args: {
      data: { amount: number }
      context: { ledgerAttempt: LedgerAttempt }
    }) => {
      const step = steps.shift() ?? {}
      args.context.ledgerAttempt.line = 7
      args.context.ledgerAttempt.sequence = step.sequence ?? 1
      calls.push(`create ${args.data.amount}`)
      await new Promise((resolve) => setTimeout(resolve, 5))
      if (step.fail) throw step.fail
      calls.push(`stored ${args.data.amount}`)
      return { id: calls.length, amount: args.data.amount }
    },
    count: async () => {
      calls.push('count')
      return { totalDocs: slotTaken ? 1 : 0 }
    },
  }
  return { payload: payload as unknown as Payload, calls }
}

describe('recordExpenditure (R13.2)', () => {
  it('checks an entry again when another writer took its sequence number (R13.2)', async () => {
    const { payload, calls } = fakePayload(
      [{ fail: uniqueViolation(), sequence: 3 }, { sequence: 4 }],
      true,
    )
    await recordExpenditure(payload, { data: { line: 7, amount: 100 } })
    expect(calls).toEqual(['create 100', 'count', 'create 100', 'stored 100'])
  })

  it('does not retry a refusal of the entry itself (R13.2)', async () => {
    const refusal = Object.assign(new Error('over'), {
      name: 'ValidationError',
      data: { errors: [{ path: 'amount', message: 'Vượt dự toán còn lại' }] },
    })
    const { payload, calls } = fakePayload([{ fail: refusal }], true)
    await expect(recordExpenditure(payload, { data: { line: 7, amount: 100 } })).rejects.toBe(
      refusal,
    )
    expect(calls).toEqual(['create 100'])
  })

  it('does not retry a unique violation when the number is still free (R13.2)', async () => {
    const violation = uniqueViolation()
    const { payload, calls } = fakePayload([{ fail: violation }], false)
    await expect(recordExpenditure(payload, { data: { line: 7, amount: 100 } })).rejects.toBe(
      violation,
    )
    expect(calls).toEqual(['create 100', 'count'])
  })

  it('records the entries of one line one after the other (R13.2)', async () => {
    const { payload, calls } = fakePayload([], false)
    await Promise.all(
      [100, 200, 300].map((amount) => recordExpenditure(payload, { data: { line: 7, amount } })),
    )
    expect(calls).toEqual([
      'create 100',
      'stored 100',
      'create 200',
      'stored 200',
      'create 300',
      'stored 300',
    ])
  })

  it('gives up after 25 lost races (R13.2)', async () => {
    const { payload, calls } = fakePayload(
      Array.from({ length: 30 }, () => ({ fail: uniqueViolation() })),
      true,
    )
    await expect(recordExpenditure(payload, { data: { line: 7, amount: 100 } })).rejects.toThrow()
    expect(calls.filter((call) => call.startsWith('create'))).toHaveLength(25)
  })
})
