// Counting is switched on before the Payload config (and its database adapter) loads.
process.env.DB_COUNT_STATEMENTS = '1'

import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { charterNumbersOn } from '../../src/charter/settings'
import { countStatements } from '../../src/db/statementCounter'
import { initPayload } from '../helpers/payload'

// Issue 15: a page asks for the charter's numbers several times (deadlines, notice days, the
// reporting month); one request reads the settings (R14.3 editions) from the database once.

let payload: Payload

beforeAll(async () => {
  payload = await initPayload()
})

describe('the charter settings within one request (R14.3)', () => {
  it('are read from the database once, however often a request asks', async () => {
    const once = await countStatements(async () => {
      const req = await createLocalReq({}, payload)
      return charterNumbersOn(req, '2026-12-03')
    })
    const thrice = await countStatements(async () => {
      const req = await createLocalReq({}, payload)
      await charterNumbersOn(req, '2026-12-03')
      await charterNumbersOn(req, '2026-11-03')
      return charterNumbersOn(req, '2026-12-03')
    })

    expect(once.statements).toBeGreaterThan(0)
    expect(thrice.statements).toBe(once.statements)
    expect(thrice.result).toEqual(once.result)
  })

  it('show an edition saved earlier in the same request', async () => {
    const req = await createLocalReq({}, payload)
    const before = await charterNumbersOn(req, '2026-12-03')
    await payload.updateGlobal({
      slug: 'charter-settings',
      data: { editions: [{ effectiveFrom: '2026-01-01T00:00:00.000Z', noticeLeadWorkingDays: 3 }] },
      req,
    })
    const after = await charterNumbersOn(req, '2026-12-03')

    expect(before.noticeLeadWorkingDays).toBe(2)
    expect(after.noticeLeadWorkingDays).toBe(3)
    expect(after.effectiveFrom).toBe('2026-01-01')
  })
})
