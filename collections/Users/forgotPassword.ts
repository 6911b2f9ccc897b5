import {
  APIError,
  addDataAndFileToRequest,
  headersWithCors,
  type Endpoint,
  type PayloadRequest,
} from 'payload'

import { withTransaction } from '../../src/db/withTransaction'
import { queueNotification } from '../../src/email/outbox'
import { seal } from '../../src/email/sealed'
import { languageOf } from '../../src/i18n/label'
import { csrfOrigins } from '../../src/lib/csrf'

// Replaces Payload's POST /api/users/forgot-password (a collection's own endpoints are matched
// first). Payload's handler sends the reset email inline: without SMTP that throws, so an existing
// account answered 500 and an unknown one 200, which told who has an account. Here both answer
// the same 200 after the same minimum time, and a real account's link goes through the outbox.

// Answers never come sooner than this, so the extra writes for a real account do not show.
const MIN_ANSWER_MS = 400
// One reset message per account in this interval (Payload's default for its own handler).
const MIN_REQUEST_INTERVAL_MS = 15_000
const TOKEN_LIFETIME_MS = 60 * 60 * 1000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

// Claims the account for one reset, outside any transaction so that concurrent requests see it;
// null for an unknown account or one asked for less than the interval ago.
const reserve = async (req: PayloadRequest, email: string, now: number) => {
  const claimed = await req.payload.db.updateOne({
    collection: 'users',
    data: { resetPasswordRequestedAt: new Date(now).toISOString() },
    options: { atomic: true },
    returning: true,
    select: { id: true },
    where: {
      and: [
        { email: { equals: email } },
        {
          or: [
            { resetPasswordRequestedAt: { exists: false } },
            { resetPasswordRequestedAt: { equals: null } },
            {
              resetPasswordRequestedAt: {
                less_than_equal: new Date(now - MIN_REQUEST_INTERVAL_MS).toISOString(),
              },
            },
          ],
        },
      ],
    },
  })
  return claimed ? (claimed as unknown as { id: number | string }).id : null
}

const resetLink = (req: PayloadRequest, token: string): string => {
  const { config } = req.payload
  // The configured public address, or one of the app's own (loopback) addresses: never the
  // request's Host header, which a client chooses and would turn the link into a lure.
  const requested = new URL(req.url ?? 'http://localhost').origin
  const allowed = csrfOrigins()
  const origin = (
    config.serverURL ||
    process.env.SERVER_URL ||
    (allowed.includes(requested) ? requested : allowed[0])
  ).replace(/\/$/, '')
  return `${origin}${config.routes.admin}${config.admin.routes.reset}/${seal(token)}`
}

const messageText = (link: string) =>
  [
    'Kính gửi anh/chị,',
    '',
    'Phần mềm điều hành Tổ công tác Đề án 06 nhận được yêu cầu đặt lại mật khẩu cho tài khoản của anh/chị.',
    'Để đặt mật khẩu mới, mở liên kết sau (có hiệu lực trong 1 giờ):',
    '',
    link,
    '',
    'Nếu anh/chị không yêu cầu, xin bỏ qua thư này: mật khẩu hiện tại không thay đổi.',
  ].join('\n')

const sendReset = (req: PayloadRequest, email: string, userId: number | string) =>
  withTransaction(req, async () => {
    const token = await req.payload.forgotPassword({
      collection: 'users',
      data: { email },
      disableEmail: true,
      expiration: TOKEN_LIFETIME_MS,
      req,
    })
    if (token) {
      await queueNotification(req, {
        to: [email],
        subject: 'Đặt lại mật khẩu – Tổ công tác Đề án 06',
        text: messageText(resetLink(req, token)),
        kind: 'other',
        related: { collection: 'users', id: userId },
      })
    }
  })

export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    const started = Date.now()
    await addDataAndFileToRequest(req)
    const raw = (req.data as { email?: unknown } | undefined)?.email
    const email = typeof raw === 'string' ? raw.trim().toLowerCase() : ''
    if (!email) {
      throw new APIError(
        languageOf(req) === 'en' ? 'The email is missing.' : 'Chưa nhập email.',
        400,
        undefined,
        true,
      )
    }
    try {
      const userId = await reserve(req, email, started)
      if (userId !== null) await sendReset(req, email, userId)
    } catch (error) {
      // Logged, never shown: a failure only a real account can meet would tell it exists.
      req.payload.logger.error({ err: error, msg: 'Password reset could not be queued' })
    }
    await sleep(started + MIN_ANSWER_MS - Date.now())
    return Response.json(
      { message: req.t('general:success') },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
}
