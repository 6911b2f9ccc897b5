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

  it('names the fields of a refused save by label, also when the error class is minified ("o")', async () => {
    const req = {
      i18n: { language: 'vi' },
      payload: {
        config: {
          collections: [
            {
              slug: 'reports',
              fields: [{ name: 'period', type: 'text', label: { vi: 'Kỳ báo cáo', en: 'Period' } }],
            },
          ],
          globals: [],
        },
      },
    }
    const result = await plainErrors({
      error: new Error('Lỗi - Field sau không hợp lệ: period'),
      req,
      context: {},
      result: {
        errors: [
          {
            name: 'o',
            message: 'Lỗi - Field sau không hợp lệ: period',
            data: { collection: 'reports', errors: [{ path: 'period', message: 'Đã tồn tại.' }] },
          },
        ],
      },
    } as never)
    expect(result).toMatchObject({
      response: {
        errors: [
          {
            message: 'Chưa lưu được, cần sửa 1 mục: Kỳ báo cáo',
            data: { errors: [{ path: 'period', message: 'Đã tồn tại.' }] },
          },
        ],
      },
    })
  })

  it('names the fields by label when the production build formats its ValidationError without data', async () => {
    const req = {
      i18n: { language: 'vi' },
      payload: {
        config: {
          collections: [
            {
              slug: 'documents',
              fields: [
                { name: 'signer', type: 'relationship', label: { vi: 'Người ký', en: 'Signer' } },
              ],
            },
          ],
          globals: [],
        },
      },
    }
    const thrown = Object.assign(new Error('Lỗi - Field sau không hợp lệ: signer'), {
      status: 400,
      data: {
        collection: 'documents',
        errors: [{ path: 'signer', message: 'Người ký không tồn tại.' }],
      },
    })
    const result = await plainErrors({
      error: thrown,
      req,
      context: {},
      result: { errors: [{ message: 'Lỗi - Field sau không hợp lệ: signer' }] },
    } as never)
    expect(result).toEqual({
      response: {
        errors: [
          {
            name: 'ValidationError',
            message: 'Chưa lưu được, cần sửa 1 mục: Người ký',
            data: {
              collection: 'documents',
              errors: [{ path: 'signer', message: 'Người ký không tồn tại.' }],
            },
          },
        ],
      },
    })
  })
})
