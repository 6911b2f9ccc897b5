import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { unseal } from './sealed'

/** Outgoing mail has a server only when SMTP_HOST is set (the demo has none). */
export const smtpConfigured = (): boolean => Boolean(process.env.SMTP_HOST)

// Without SMTP the adapter still needs a transport, or it would create an online test account.
// This one refuses every message; the outbox does not call it and holds messages instead.
const noSmtp = nodemailer.createTransport({
  name: 'no-smtp',
  version: '1',
  send: (_mail, callback) =>
    callback(new Error('SMTP is not configured (SMTP_HOST is unset).'), undefined as never),
})

// STARTTLS is used whenever the server offers it (SMTP_SECURE=1: TLS from the start, port 465).
const smtpOptions = () => ({
  host: process.env.SMTP_HOST,
  port: Number(process.env.SMTP_PORT || 587),
  secure: process.env.SMTP_SECURE === '1',
  auth: process.env.SMTP_USER
    ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD ?? '' }
    : undefined,
})

// Secrets sealed in queued messages (src/email/sealed.ts) are opened only here, on the way out.
const opened = (message: SendEmailOptions): SendEmailOptions => ({
  ...message,
  text: typeof message.text === 'string' ? unseal(message.text) : message.text,
  html: typeof message.html === 'string' ? unseal(message.html) : message.html,
})

/** SMTP from the environment; unset SMTP_HOST → no SMTP (messages stay held in the outbox). */
export const emailAdapter = async (): Promise<EmailAdapter> => {
  const base = await nodemailerAdapter({
    defaultFromAddress: process.env.SMTP_FROM_ADDRESS || 'to-cong-tac-06@localhost',
    defaultFromName: process.env.SMTP_FROM_NAME || 'Tổ công tác Đề án 06',
    skipVerify: true,
    ...(smtpConfigured() ? { transportOptions: smtpOptions() } : { transport: noSmtp }),
  })
  return (args) => {
    const adapter = base(args)
    return { ...adapter, sendEmail: (message) => adapter.sendEmail(opened(message)) }
  }
}
