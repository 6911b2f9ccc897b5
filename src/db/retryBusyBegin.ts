import type { DatabaseAdapterObj } from 'payload'

// libsql hands its connection to a transaction and opens a fresh one for the next caller, without
// the busy timeout Payload set on the first. A second concurrent BEGIN IMMEDIATE then fails at
// once with SQLITE_BUSY instead of waiting its turn; this waits for it (up to `timeoutMs`).
const isBusy = (error: unknown) => /SQLITE_BUSY|database is locked/i.test(String(error))

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const retryBusyBegin = (
  base: DatabaseAdapterObj,
  timeoutMs: number,
): DatabaseAdapterObj => ({
  ...base,
  init: (args) => {
    const adapter = base.init(args)
    const begin = adapter.beginTransaction
    if (!begin) return adapter
    adapter.beginTransaction = async function beginWhenFree(this: typeof adapter, options) {
      const deadline = Date.now() + timeoutMs
      for (let attempt = 0; ; attempt++) {
        try {
          return await begin.call(this, options)
        } catch (error) {
          if (!isBusy(error) || Date.now() > deadline) throw error
          await pause(Math.min(50, 2 + attempt * 3) * (0.5 + Math.random()))
        }
      }
    }
    return adapter
  },
})
