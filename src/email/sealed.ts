import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

// The outbox (`notifications`) is readable by the standing body, and a held message stays there
// until SMTP is configured. A secret in a message (a password-reset token) is therefore stored
// sealed with the server's secret and opened only by the email adapter as it hands the message
// to SMTP: whoever reads the outbox sees that a reset link was sent, not a usable link.

const MARK = /\[\[sealed:([A-Za-z0-9_-]+)\]\]/g

const keyOf = (): Buffer =>
  createHash('sha256')
    .update(`outbox-sealed:${process.env.PAYLOAD_SECRET ?? ''}`)
    .digest()

/** `value` sealed (AES-256-GCM) into a marker to put in a queued message's text. */
export const seal = (value: string): string => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyOf(), iv)
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()])
  return `[[sealed:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}]]`
}

const open = (marker: string, packed: string): string => {
  try {
    const bytes = Buffer.from(packed, 'base64url')
    const decipher = createDecipheriv('aes-256-gcm', keyOf(), bytes.subarray(0, 12))
    decipher.setAuthTag(bytes.subarray(12, 28))
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
  } catch {
    // Sealed under another secret (or altered): left as it is, never sent half-opened.
    return marker
  }
}

/** The text with every sealed marker replaced by its value (for the outgoing message only). */
export const unseal = (text: string): string => text.replace(MARK, open)
