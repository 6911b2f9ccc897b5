import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

// A real SMTP server on 127.0.0.1 for the outbox tests, with a minimal MIME reader (enough to
// find the subject, the parts and their decoded bodies). stop() and start() simulate an outage
// on the same port.

export type MimePart = { contentType: string; filename?: string; body: Buffer; text: string }
export type ReceivedMail = {
  to: string[]
  subject: string
  messageId: string
  raw: string
  parts: MimePart[]
}
export type TestSmtp = {
  port: number
  messages: ReceivedMail[]
  stop: () => Promise<void>
  start: () => Promise<void>
}

const qpDecode = (value: string): Buffer =>
  Buffer.from(
    value
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  )

const decodeBody = (body: string, encoding = ''): Buffer => {
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s/g, ''), 'base64')
  if (/quoted-printable/i.test(encoding)) return qpDecode(body)
  return Buffer.from(body, 'latin1')
}

// RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=), adjacent ones joined.
const decodeWords = (value: string): string =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?[^?]+\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      (kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : qpDecode(text.replace(/_/g, ' '))
      ).toString('utf8'),
    )

const headersOf = (head: string): Record<string, string> =>
  Object.fromEntries(
    head
      .replace(/\r\n[ \t]+/g, ' ')
      .split('\r\n')
      .map((line) => [
        line.slice(0, line.indexOf(':')).toLowerCase(),
        line.slice(line.indexOf(':') + 1).trim(),
      ]),
  )

const parse = (raw: string): { headers: Record<string, string>; parts: MimePart[] } => {
  const split = raw.indexOf('\r\n\r\n')
  const headers = headersOf(raw.slice(0, split))
  const body = raw.slice(split + 4).replace(/\r\n$/, '')
  const contentType = headers['content-type'] ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1]
  if (/^multipart\//i.test(contentType) && boundary) {
    const chunks = body.split(`--${boundary}`).slice(1, -1)
    return {
      headers,
      parts: chunks.flatMap((chunk) => parse(chunk.replace(/^\r\n/, '')).parts),
    }
  }
  const disposition = headers['content-disposition'] ?? ''
  const filename = /filename="?([^";]+)"?/i.exec(`${disposition};${contentType}`)?.[1]
  const decoded = decodeBody(body, headers['content-transfer-encoding'])
  return {
    headers,
    // Files are compared as bytes: only text parts are also read as text.
    parts: [
      {
        contentType,
        filename,
        body: decoded,
        text: /^text\//i.test(contentType) ? decoded.toString('utf8') : '',
      },
    ],
  }
}

export const parseMail = (raw: string, to: string[]): ReceivedMail => {
  const { headers, parts } = parse(raw)
  return {
    to,
    subject: decodeWords(headers.subject ?? ''),
    messageId: headers['message-id'] ?? '',
    raw,
    parts,
  }
}

/**
 * Starts an SMTP server on a free port of 127.0.0.1 that keeps every message it receives; with
 * `maxMessageBytes` it announces that SIZE and refuses a longer message (552), as a real one does.
 */
export const startSmtp = async ({
  maxMessageBytes,
}: { maxMessageBytes?: number } = {}): Promise<TestSmtp> => {
  const messages: ReceivedMail[] = []
  let server: SMTPServer | null = null
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const instance = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        size: maxMessageBytes,
        onData(stream, session, callback) {
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => {
            if ((stream as { sizeExceeded?: boolean }).sizeExceeded) {
              const error = Object.assign(new Error('Message exceeds fixed maximum message size'), {
                responseCode: 552,
              })
              callback(error)
              return
            }
            const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase())
            messages.push(parseMail(Buffer.concat(chunks).toString('latin1'), to))
            callback()
          })
        },
      })
      instance.on('error', reject)
      instance.listen(port, '127.0.0.1', () => {
        server = instance
        resolve((instance.server.address() as AddressInfo).port)
      })
    })
  const smtp: TestSmtp = {
    port: await listen(0),
    messages,
    stop: () =>
      new Promise<void>((resolve) => {
        const running = server
        server = null
        if (running) running.close(() => resolve())
        else resolve()
      }),
    start: async () => {
      if (!server) await listen(smtp.port)
    },
  }
  return smtp
}
