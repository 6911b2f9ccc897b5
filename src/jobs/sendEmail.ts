import type { TaskConfig } from 'payload'

/** Sends one email through the configured SMTP transport, retried by the queue when SMTP is down. */
export const sendEmailTask: TaskConfig<{
  input: { to: string; subject: string; text: string; html?: string }
  output: { messageId: string }
}> = {
  slug: 'send-email',
  label: 'Gửi email',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [
    { name: 'to', type: 'email', required: true },
    { name: 'subject', type: 'text', required: true, maxLength: 300 },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea' },
  ],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  handler: async ({ input, req }) => {
    const info = (await req.payload.sendEmail({
      to: input.to,
      subject: input.subject,
      text: input.text,
      html: input.html || undefined,
    })) as { messageId?: string } | undefined
    return { output: { messageId: info?.messageId ?? '' } }
  },
}
