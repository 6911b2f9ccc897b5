// A database too busy to serve a request answers 503 with a message to retry, wherever Payload
// caught the error (found by the 18th-of-the-month peak of `npm run bench:api`: 500s).
import { describe, expect, it } from 'vitest'

import { plainErrors } from '../../src/lib/plainErrors'

const hookArgs = (error: Error, language = 'vi') =>
  ({
    error,
    req: { i18n: { language } },
    context: {},
    result: { errors: [{ message: 'Something went wrong.' }] },
  }) as never

describe('plain errors', () => {
  it('answers 503 "try again" to SQLite’s write turn running out', async () => {
    const busy = Object.assign(new Error('SQLITE_BUSY: database is locked (write turn)'), {
      code: 'SQLITE_BUSY',
    })
    expect(await plainErrors(hookArgs(busy))).toEqual({
      status: 503,
      response: { errors: [{ message: 'Hệ thống đang bận, vui lòng thử lại sau ít phút.' }] },
    })
  })

  it('answers 503 to PostgreSQL’s pool timing out, in English for an English user', async () => {
    const result = await plainErrors(
      hookArgs(new Error('timeout exceeded when trying to connect'), 'en'),
    )
    expect(result).toMatchObject({ status: 503 })
  })

  it('leaves other errors’ status alone, only saying them in Vietnamese', async () => {
    const result = await plainErrors(hookArgs(new Error('boom')))
    expect(result).toEqual({
      response: {
        errors: [{ message: expect.stringContaining('Đã có lỗi ngoài ý muốn') }],
      },
    })
  })
})
