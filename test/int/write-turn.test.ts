import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseKind } from '../../src/db/adapter'
import { withUrgentTurn } from '../../src/db/requestScope'
import { initPayload } from '../helpers/payload'

// SQLite: one write transaction at a time in the process (src/db/requestScope.ts). A write made
// outside any transaction while another flow's transaction is open (the jobs queue stamps its
// schedule that way every minute) used to wait for the lock synchronously: the whole server froze
// for the busy timeout (5 s), then the write failed. It now waits for its turn without blocking.

const sqlite = databaseKind() === 'sqlite'
let payload: Payload

beforeAll(async () => {
  payload = await initPayload()
})

afterAll(async () => {
  await payload?.destroy()
})

describe.skipIf(!sqlite)('a write outside a transaction waits for its turn (SQLite)', () => {
  it('keeps the server answering while it waits, then stores the write', async () => {
    const agency = await payload.create({
      collection: 'agencies',
      data: { name: 'Sở Thử nghiệm lượt ghi', code: 'WT-01', kind: 'department' },
      overrideAccess: true,
    })
    const transactionID = await payload.db.beginTransaction()
    expect(transactionID).toBeTruthy()
    let stored = false
    const write = payload.db
      .updateOne({
        collection: 'agencies',
        id: agency.id,
        data: { name: 'Sở Thử nghiệm lượt ghi (đã đổi)' },
        returning: false,
      })
      .then(() => {
        stored = true
      })
    // While the transaction is open the event loop stays free: a 50 ms timer fires in time.
    const started = performance.now()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(stored).toBe(false)
    await payload.db.commitTransaction(transactionID!)
    await write
    expect(stored).toBe(true)
    const read = await payload.findByID({ collection: 'agencies', id: agency.id, depth: 0 })
    expect(read.name).toBe('Sở Thử nghiệm lượt ghi (đã đổi)')
  })

  it('a refused write (a second standing body lock) fails cleanly and gives the turn back', async () => {
    const first = await payload.db.create({
      collection: 'agencies',
      data: { name: 'Cơ quan khóa 1', code: 'WT-02', kind: 'department', standingBodyLock: 'wt' },
    })
    expect(first.id).toBeDefined()
    await expect(
      payload.db.create({
        collection: 'agencies',
        data: { name: 'Cơ quan khóa 2', code: 'WT-03', kind: 'department', standingBodyLock: 'wt' },
      }),
    ).rejects.toBeDefined()
    // The turn is free again: a transaction opens at once.
    const transactionID = await payload.db.beginTransaction()
    expect(transactionID).toBeTruthy()
    await payload.db.commitTransaction(transactionID!)
  })

  it('an upsert outside a transaction (a saved preference) is stored, not refused after waiting', async () => {
    const [user] = (await payload.find({ collection: 'users', limit: 1, depth: 0 })).docs
    const owner =
      user ??
      (await payload.create({
        collection: 'users',
        data: {
          fullName: 'Người thử',
          email: 'write-turn@test.vn',
          password: 'Test@12345',
          roles: ['admin'],
        },
        overrideAccess: true,
      }))
    const where = {
      and: [
        { key: { equals: 'write-turn' } },
        { 'user.value': { equals: owner.id } },
        { 'user.relationTo': { equals: 'users' } },
      ],
    }
    const started = performance.now()
    const stored = await payload.db.upsert({
      collection: 'payload-preferences',
      data: { key: 'write-turn', user: { relationTo: 'users', value: owner.id }, value: { a: 1 } },
      where,
    } as never)
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(stored).toMatchObject({ key: 'write-turn' })
  })

  it('a transaction run with withUrgentTurn goes before the writes already waiting', async () => {
    const order: string[] = []
    const holder = await payload.db.beginTransaction()
    const waiting = (name: string) => async () => {
      const id = await payload.db.beginTransaction()
      order.push(name)
      await payload.db.commitTransaction(id!)
    }
    const first = waiting('queued first')()
    const second = waiting('queued second')()
    const urgent = withUrgentTurn(waiting('urgent'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(order).toEqual([])
    await payload.db.commitTransaction(holder!)
    await Promise.all([first, second, urgent])
    expect(order).toEqual(['urgent', 'queued first', 'queued second'])
  })
})
