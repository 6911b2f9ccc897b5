import { afterEach, describe, expect, it } from 'vitest'

import {
  DEFAULT_MAX_MESSAGE_BYTES,
  encodedBytes,
  maxMessageBytes,
  planAttachments,
} from '../../src/email/attachments'

const MB = 1024 * 1024

afterEach(() => {
  delete process.env.MAIL_MAX_MESSAGE_BYTES
})

describe('the size of a message as the SMTP server counts it (issue 13)', () => {
  it('counts a file in base64 with line breaks, about 37 % larger than on disk', () => {
    expect(encodedBytes(0)).toBe(0)
    expect(encodedBytes(3)).toBe(4 + 2)
    expect(encodedBytes(57)).toBe(76 + 2)
    expect(encodedBytes(5 * MB) / (5 * MB)).toBeCloseTo(1.37, 2)
  })

  it('takes the limit from MAIL_MAX_MESSAGE_BYTES, 10 MB when unset or not a positive number', () => {
    expect(maxMessageBytes()).toBe(DEFAULT_MAX_MESSAGE_BYTES)
    process.env.MAIL_MAX_MESSAGE_BYTES = '26214400'
    expect(maxMessageBytes()).toBe(25 * MB)
    for (const wrong of ['', 'mười', '-1', '0']) {
      process.env.MAIL_MAX_MESSAGE_BYTES = wrong
      expect(maxMessageBytes()).toBe(DEFAULT_MAX_MESSAGE_BYTES)
    }
  })
})

describe('which files go attached (issue 13)', () => {
  const files = [
    { name: 'a', size: 5 * MB },
    { name: 'b', size: 5 * MB },
    { name: 'c', size: 1 * MB },
  ]

  it('attaches a 5 MB file under the 10 MB default', () => {
    expect(planAttachments([files[0]], 64 * 1024, 10 * MB).attached).toEqual([files[0]])
  })

  it('attaches in order while the encoded message fits, a smaller later file included', () => {
    const { attached, tooLarge } = planAttachments(files, 64 * 1024, 10 * MB)
    expect(attached.map((file) => file.name)).toEqual(['a', 'c'])
    expect(tooLarge.map((file) => file.name)).toEqual(['b'])
  })

  it('attaches nothing when the limit is below the first file', () => {
    expect(planAttachments(files, 64 * 1024, 1 * MB).attached).toEqual([])
  })
})
