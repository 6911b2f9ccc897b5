import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs `fn` in the request's transaction: opens one when the request has none (and then commits
 * it on success and rolls it back on a throw), or joins the caller's, which the caller ends.
 * `fn` is told whether the transaction is its own (a retry after a rollback only makes sense then).
 */
export const withTransaction = async <T>(
  req: PayloadRequest,
  fn: (isOwn: boolean) => Promise<T>,
): Promise<T> => {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await fn(shouldCommit)
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
