// Shared by the user account security tests (test/int/users-*.test.ts), over HTTP through the
// app's own route handlers: each test file builds its own world on its own database
// (`createAccountsWorld` in its beforeAll) and stops its SMTP server in its afterAll.
import type { Payload } from 'payload'

import type { AuditLog, User } from '../../payload-types'
import { AUDIT_LOG_SLUG } from '../../src/audit'
import { createAgency, createUser } from './fixtures'
import { initPayload } from './payload'
import { restJson, restLogin } from './rest'
import { startSmtp } from './smtp'

/** The password of every fixture user (test/helpers/fixtures.ts), and one to change it to. */
export const PASSWORD = 'Test@12345'
export const NEW_PASSWORD = 'Doi@MatKhau2026'

export const loginStatus = async (
  email: string,
  password: string,
  headers?: Record<string, string>,
) => restJson('/users/login', { method: 'POST', body: { email, password }, headers })

export const canLogin = async (email: string, password: string) =>
  (await loginStatus(email, password)).status === 200

/** The field-level message of a 400 (ValidationError), else the first error's message. */
type ErrorBody = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }
export const messageOf = (body: unknown): string => {
  const first = (body as ErrorBody | undefined)?.errors?.[0]
  return String(first?.data?.errors?.[0]?.message ?? first?.message ?? '')
}

const storedUser = (payload: Payload, id: number | string) =>
  payload.findByID({ collection: 'users', id, depth: 0, showHiddenFields: true })

const lastUserAudit = async (
  payload: Payload,
  id: number | string,
): Promise<AuditLog | undefined> =>
  (
    await payload.find({
      collection: AUDIT_LOG_SLUG,
      where: {
        and: [{ collectionSlug: { equals: 'users' } }, { documentId: { equals: String(id) } }],
      },
      sort: '-id',
      limit: 1,
      depth: 0,
    })
  ).docs[0]

/**
 * A real SMTP server (configured before Payload reads its config: delivery of the reset link), the
 * test file's Payload, agencies A and B, and an administrator, a secretariat user and a reporter of
 * agency A, each logged in over REST (`tokens`).
 */
export const createAccountsWorld = async () => {
  const smtp = await startSmtp()
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(smtp.port)
  const payload = await initPayload()
  const agencyA = (await createAgency(payload)).id
  const agencyB = (await createAgency(payload)).id
  /** A user of agency A (roles and the rest as given). */
  const newUser = (data: Partial<User> = {}) => createUser(payload, { agency: agencyA, ...data })
  const admin = await newUser({ roles: ['admin'] })
  const secretariat = await newUser({ roles: ['secretariat'] })
  const reporter = await newUser({ roles: ['reporter'] })
  const tokens: Record<string, string> = {}
  for (const [name, user] of Object.entries({ admin, secretariat, reporter })) {
    tokens[name] = await restLogin(user.email, PASSWORD)
  }
  return {
    payload,
    smtp,
    agencyA,
    agencyB,
    admin,
    secretariat,
    reporter,
    tokens,
    newUser,
    /** The stored user, hidden fields included. */
    stored: (id: number | string) => storedUser(payload, id),
    /** The latest audit entry of a user. */
    lastAuditOf: (id: number | string) => lastUserAudit(payload, id),
    stop: async () => {
      delete process.env.SMTP_HOST
      await smtp.stop()
    },
  }
}

export type AccountsWorld = Awaited<ReturnType<typeof createAccountsWorld>>
