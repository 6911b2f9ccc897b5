import { busyResponse, isBusyError } from './busy'
import { inRequestScope } from './requestScope'

/**
 * Runs a route handler as one request scope (its database calls share the request's transaction,
 * `requestScope.ts`) and answers 503 with a message to retry when the database was too busy to
 * serve it (Payload itself would answer a 500).
 */
export const withRequestScope =
  <Args>(handler: (request: Request, args: Args) => Promise<Response>) =>
  (request: Request, args: Args): Promise<Response> =>
    inRequestScope(async (scope) => {
      try {
        const response = await handler(request, args)
        // A login check that could not reach the database reads as "not logged in": say busy.
        const failed = response.status >= 500 || response.status === 401 || response.status === 403
        return scope.busy && failed ? busyResponse(request) : response
      } catch (error) {
        if (scope.busy || isBusyError(error)) return busyResponse(request)
        throw error
      }
    })
