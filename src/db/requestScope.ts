import { AsyncLocalStorage } from 'node:async_hooks'

import type { DatabaseAdapterObj } from 'payload'

import { isBusyError } from './busy'
import { DATA_VERSION_SLUG, trackDataVersion } from './dataVersion'

// One request, one database connection. A write opens a transaction on a pooled connection; a
// read made while that transaction is open but without its `req` (Payload's own document-lock
// check in every update, 3.90.1: `checkDocumentLockStatus` calls `payload.db.find` without
// `req`) asks the pool for a second connection. Under load every pooled connection is held by a
// transaction whose request waits for another one, and the server stops answering (issue 11, H3).
//
// The REST route runs each request in a scope (`inRequestScope`). The adapter records there the
// transactions the request opens, and an adapter call without a transaction of its own joins the
// request's open transaction instead of taking another connection. Outside a scope (scripts,
// jobs, tests through the Local API) nothing changes.
//
// The scope also notes when the database was too busy to answer (pool or statement timeout), so
// the route can turn Payload's generic 500 into a 503 (`busy.ts`).

type TransactionId = number | string

export type RequestScope = {
  /** Transactions opened by this request and not yet ended, oldest first. */
  open: TransactionId[]
  /** The database refused or dropped the work for lack of time or connections. */
  busy: boolean
}

const storage = new AsyncLocalStorage<RequestScope>()
/** Set while a write outside any transaction holds the SQLite write turn. */
const holdingTurn = new AsyncLocalStorage<boolean>()
/** Set for work whose transactions go first in line for the write turn (`withUrgentTurn`). */
const urgentTurn = new AsyncLocalStorage<boolean>()

/**
 * Runs `work` with its transactions first in line for the SQLite write turn: work that a request,
 * already past its own turn, is waiting for (the scope rollups after a submission's commit)
 * would otherwise wait behind every write queued meanwhile.
 */
export const withUrgentTurn = <T>(work: () => Promise<T>): Promise<T> => urgentTurn.run(true, work)

/** Runs `work` as one request: its adapter calls share the request's open transaction. */
export const inRequestScope = <T>(work: (scope: RequestScope) => Promise<T>): Promise<T> => {
  const scope: RequestScope = { open: [], busy: false }
  return storage.run(scope, () => work(scope))
}

export const currentScope = (): RequestScope | undefined => storage.getStore()

type Sessions = Record<string, unknown>
type AnyAdapter = Record<string, unknown> & { sessions?: Sessions }
type Method = (this: unknown, ...args: unknown[]) => unknown

/** Adapter methods that write, their first argument possibly carrying `req` (and a transaction). */
const WRITE_METHODS = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

/** Adapter methods whose first argument may carry `req` (and so a transaction). */
const REQ_METHODS = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
  ...WRITE_METHODS,
] as const

const writes = new Set<string>(WRITE_METHODS)

const hasTransaction = (args: unknown) =>
  Boolean((args as { req?: { transactionID?: unknown } } | undefined)?.req?.transactionID)

/** The request's most recent transaction that is still open in the adapter. */
const openTransaction = (adapter: AnyAdapter): TransactionId | undefined => {
  const scope = storage.getStore()
  if (!scope) return undefined
  for (let index = scope.open.length - 1; index >= 0; index -= 1) {
    const id = scope.open[index]!
    if (adapter.sessions?.[String(id)]) return id
  }
  return undefined
}

const withTransaction = (adapter: AnyAdapter, args: unknown): unknown => {
  if (!args || typeof args !== 'object') return args
  const { req } = args as { req?: { transactionID?: unknown } }
  if (req?.transactionID) return args
  const transactionID = openTransaction(adapter)
  if (transactionID === undefined) return args
  return { ...args, req: { ...req, transactionID } }
}

const noteBusy = (error: unknown) => {
  const scope = storage.getStore()
  if (scope && isBusyError(error)) scope.busy = true
}

const watched = (method: Method, before?: (args: unknown[]) => unknown[]): Method =>
  function (this: unknown, ...args: unknown[]) {
    let result: unknown
    try {
      result = method.apply(this, before ? before(args) : args)
    } catch (error) {
      noteBusy(error)
      throw error
    }
    if (result instanceof Promise)
      return result.catch((error: unknown) => {
        noteBusy(error)
        throw error
      })
    return result
  }

const forget = (id: string) => {
  const scope = storage.getStore()
  if (!scope) return
  const index = scope.open.findIndex((open) => String(open) === String(id))
  if (index >= 0) scope.open.splice(index, 1)
}

/**
 * One write transaction at a time in this process (SQLite): libsql runs statements synchronously,
 * so a second connection waiting for the write lock would block the very event loop the lock's
 * holder needs to finish, until its busy timeout fails it. Waiting here is asynchronous.
 */
class WriteTurn {
  #held = false
  #queue: Array<{ grant: () => void }> = []

  acquire(timeoutMs: number, first = false): Promise<() => void> {
    let released = false
    const release = () => {
      if (released) return
      released = true
      const next = this.#queue.shift()
      if (next) next.grant()
      else this.#held = false
    }
    if (!this.#held) {
      this.#held = true
      return Promise.resolve(release)
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        grant: () => {
          clearTimeout(timer)
          resolve(release)
        },
      }
      const timer = setTimeout(() => {
        this.#queue.splice(this.#queue.indexOf(waiter), 1)
        reject(
          Object.assign(new Error('SQLITE_BUSY: database is locked (write turn)'), {
            code: 'SQLITE_BUSY',
          }),
        )
      }, timeoutMs)
      if (first) this.#queue.unshift(waiter)
      else this.#queue.push(waiter)
    })
  }
}

export type ScopeOptions = {
  /**
   * Serialise write transactions in this process, waiting at most this long (SQLite). A write
   * opened inside a request that already has an open transaction joins it instead of waiting.
   */
  serialTransactionsMs?: number
}

type Session = { db: unknown; resolve: () => Promise<unknown>; reject: () => Promise<unknown> }

const isSqliteBusy = (error: unknown) =>
  String((error as { code?: unknown })?.code ?? '').startsWith('SQLITE_BUSY')

/**
 * @libsql/client 0.17 reports the base code (`SQLITE_CONSTRAINT`) where 0.14 reported the
 * extended one (`SQLITE_CONSTRAINT_UNIQUE`, kept in `extendedCode`); Payload's adapter turns only
 * the latter into a "value must be unique" ValidationError. Restores the code it expects.
 */
const withExtendedCode = (error: unknown): never => {
  const coded = error as { code?: unknown; extendedCode?: unknown } | null
  if (
    coded &&
    typeof coded.extendedCode === 'string' &&
    coded.extendedCode.startsWith(String(coded.code))
  )
    coded.code = coded.extendedCode
  throw error
}

let joined = 0

/** The transaction that commits for `id`: a joined one (`outer+n`) commits with its outer one. */
const rootTransactionId = (id: TransactionId): string => String(id).split('+')[0]!

/** Work to run once a transaction commits, by transaction id (`runAfterCommit`). */
const afterCommitQueues = new Map<string, Array<() => Promise<void>>>()

/**
 * Queues `work` to run once the transaction of `req` has committed, before its commit returns to
 * the caller (dropped if it rolls back). Returns false when `req` has no transaction opened
 * through this wrapper (MongoDB, or no transaction at all): the caller then does the work itself,
 * in the caller's own transaction. A failure of `work` is its own to report: the write it follows
 * is stored.
 */
export const runAfterCommit = (
  req: { transactionID?: unknown },
  work: () => Promise<void>,
): boolean => {
  const id = req.transactionID
  if (typeof id !== 'string' && typeof id !== 'number') return false
  const queue = afterCommitQueues.get(rootTransactionId(id))
  if (!queue) return false
  queue.push(work)
  return true
}

/** Wraps a SQL adapter so that calls inside a request scope stay on the request's transaction. */
export const scopedToRequest = (
  adapterObj: DatabaseAdapterObj,
  options: ScopeOptions = {},
): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as unknown as AnyAdapter
    const sessions = () => (adapter.sessions ?? {}) as Record<string, Session | undefined>
    const turn = options.serialTransactionsMs ? new WriteTurn() : null
    const version = trackDataVersion(adapter, {
      // Outside the request (never in its transaction), first in line for the SQLite write turn:
      // the writer's answer waits for it.
      writeStamp: (stamp) =>
        storage.exit(() =>
          withUrgentTurn(
            () =>
              (adapter.updateGlobal as Method).call(adapter, {
                slug: DATA_VERSION_SLUG,
                data: { stamp },
                returning: false,
              }) as Promise<unknown>,
          ),
        ),
      logError: (error) =>
        (
          adapter.payload as { logger?: { error: (log: unknown) => void } } | undefined
        )?.logger?.error({ err: error, msg: 'The data version could not be stamped' }),
      inOpenTransaction: () => openTransaction(adapter) !== undefined,
    })
    /** The transaction a write commits with, if it is still open (else the write stood alone). */
    const committingTransactionOf = async (args: unknown): Promise<string | undefined> => {
      const id = await (args as { req?: { transactionID?: unknown } } | undefined)?.req
        ?.transactionID
      if (typeof id !== 'string' && typeof id !== 'number') return undefined
      return sessions()[String(id)] ? rootTransactionId(id) : undefined
    }
    for (const name of REQ_METHODS) {
      const method = adapter[name]
      if (typeof method !== 'function') continue
      const inScope = watched(method as Method, (callArgs) => {
        if (turn) watchClient()
        return [withTransaction(adapter, callArgs[0]), ...callArgs.slice(1)]
      })
      // A write also tells the data version (dataVersion.ts) once it has succeeded.
      const tracked = writes.has(name)
        ? async function (this: unknown, ...callArgs: unknown[]) {
            const args = withTransaction(adapter, callArgs[0]) as {
              collection?: unknown
              slug?: unknown
            }
            const result = await inScope.apply(this, callArgs)
            // `updateJobs` names no collection: it writes the jobs queue.
            const collection =
              name === 'updateJobs' ? 'payload-jobs' : (args?.collection ?? args?.slug)
            await version.wrote(collection, await committingTransactionOf(args))
            return result
          }
        : inScope
      adapter[name] =
        turn && writes.has(name)
          ? function (this: unknown, ...callArgs: unknown[]) {
              // A write outside any transaction (the jobs queue's schedule stamp, a script's
              // single update) takes its turn too: run at once, libsql would wait for the lock
              // synchronously, stalling every request for the busy timeout, then fail.
              // The adapter's own nested calls (an upsert is an updateOne) run inside the turn
              // their caller holds.
              if (holdingTurn.getStore() || hasTransaction(withTransaction(adapter, callArgs[0])))
                return tracked.apply(this, callArgs)
              return turn
                .acquire(options.serialTransactionsMs!, urgentTurn.getStore() === true)
                .then((release) =>
                  holdingTurn
                    .run(true, () => Promise.resolve().then(() => tracked.apply(this, callArgs)))
                    .finally(release),
                )
            }
          : tracked
    }
    const releases = new Map<string, () => void>()
    let commitFailure: unknown
    /**
     * libsql: notes a failed COMMIT, and replaces the client's connection after a statement failed
     * with SQLITE_BUSY. Such a statement (a BEGIN IMMEDIATE that waited in vain, a write outside a
     * transaction) stays "in progress" on its connection, and the next transaction opened on that
     * connection then fails its COMMIT: "cannot commit transaction - SQL statements in progress".
     */
    type Tx = {
      commit: () => Promise<void>
      execute: (...args: unknown[]) => Promise<unknown>
      batch?: (...args: unknown[]) => Promise<unknown>
    }
    type Client = {
      transaction?: (...args: unknown[]) => Promise<Tx>
      execute?: (...args: unknown[]) => Promise<unknown>
      batch?: (...args: unknown[]) => Promise<unknown>
      reconnect?: () => Promise<void> | void
      watched?: boolean
    }
    const watchClient = () => {
      const client = adapter.client as Client | undefined
      if (!client?.transaction || client.watched) return
      client.watched = true
      const renewAfterBusy = async (error: unknown) => {
        if (isSqliteBusy(error)) await client.reconnect?.()
        throw error
      }
      const transaction = client.transaction.bind(client)
      client.transaction = async (...args: unknown[]) => {
        const tx = await transaction(...args).catch(renewAfterBusy)
        const commit = tx.commit.bind(tx)
        tx.commit = () =>
          commit().catch((error: unknown) => {
            commitFailure = error
            throw error
          })
        const execute = tx.execute.bind(tx)
        tx.execute = (...callArgs: unknown[]) => execute(...callArgs).catch(withExtendedCode)
        const batch = tx.batch?.bind(tx)
        if (batch) tx.batch = (...callArgs: unknown[]) => batch(...callArgs).catch(withExtendedCode)
        return tx
      }
      const execute = client.execute?.bind(client)
      if (execute)
        client.execute = (...args: unknown[]) =>
          execute(...args)
            .catch(withExtendedCode)
            .catch(renewAfterBusy)
      const batch = client.batch?.bind(client)
      if (batch)
        client.batch = (...args: unknown[]) =>
          batch(...args)
            .catch(withExtendedCode)
            .catch(renewAfterBusy)
    }
    const begin = adapter.beginTransaction
    if (typeof begin === 'function') {
      adapter.beginTransaction = watched(async function (this: unknown, ...args: unknown[]) {
        const scope = storage.getStore()
        const outer = openTransaction(adapter)
        if (turn && scope && outer !== undefined) {
          // Joins the request's transaction: ending the joined one ends nothing.
          const id = `${String(outer)}+${++joined}`
          sessions()[id] = {
            db: sessions()[String(outer)]!.db,
            resolve: () => Promise.resolve(),
            reject: () => Promise.resolve(),
          }
          scope.open.push(id)
          return id
        }
        if (turn) watchClient()
        const release = turn
          ? await turn.acquire(options.serialTransactionsMs!, urgentTurn.getStore() === true)
          : undefined
        let id: unknown
        try {
          id = await (begin.apply(this, args) as Promise<unknown>)
        } catch (error) {
          release?.()
          throw error
        }
        if (typeof id === 'string' || typeof id === 'number') {
          afterCommitQueues.set(String(id), [])
          if (release) releases.set(String(id), release)
          scope?.open.push(id)
        } else release?.()
        return id
      } as Method)
    }
    for (const name of ['commitTransaction', 'rollbackTransaction'] as const) {
      const end = adapter[name]
      if (typeof end !== 'function') continue
      adapter[name] = watched(async function (this: unknown, ...args: unknown[]) {
        const id = String(await args[0])
        forget(id)
        // Transactions that joined this one end with it.
        for (const key of Object.keys(sessions()))
          if (key.startsWith(`${id}+`)) {
            delete sessions()[key]
            forget(key)
          }
        const release = releases.get(id)
        releases.delete(id)
        const afterCommit = afterCommitQueues.get(id) ?? []
        afterCommitQueues.delete(id)
        commitFailure = undefined
        try {
          await (end.apply(this, args) as Promise<unknown>)
        } catch (error) {
          version.rolledBack(id)
          throw error
        } finally {
          release?.()
        }
        // The adapter swallows a failed COMMIT (and the write is rolled back): surface it, so a
        // write is never reported done when it was not stored. Serialised transactions only: one
        // COMMIT at a time, so the failure is this one's.
        const failure = commitFailure
        commitFailure = undefined
        const stored = name === 'commitTransaction' && !(turn && failure)
        if (!stored) version.rolledBack(id)
        if (turn && name === 'commitTransaction' && failure) throw failure
        if (stored) {
          await version.committed(id)
          for (const work of afterCommit) await work()
        }
      } as Method)
    }
    return adapter as never
  },
})
