import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * SMTP from the environment. A transport is always given: without one the adapter would try to
 * create an online test account. Unset SMTP_HOST → localhost:1025 (a local catcher).
 */
export const emailAdapter = (): Promise<EmailAdapter> | EmailAdapter =>
  nodemailerAdapter({
    defaultFromAddress: process.env.SMTP_FROM_ADDRESS || 'to-cong-tac-06@localhost',
    defaultFromName: process.env.SMTP_FROM_NAME || 'Tổ công tác Đề án 06',
    skipVerify: true,
    transportOptions: {
      host: process.env.SMTP_HOST || '127.0.0.1',
      port: Number(process.env.SMTP_PORT || 1025),
      secure: process.env.SMTP_SECURE === '1',
      auth: process.env.SMTP_USER
        ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD ?? '' }
        : undefined,
      ignoreTLS: process.env.SMTP_SECURE !== '1',
    },
  })
