import { describe, expect, it } from 'vitest'

import { initPayload } from '../helpers/payload'

describe('boot', () => {
  it('starts on the configured database', async () => {
    const payload = await initPayload()
    const result = await payload.count({ collection: 'agencies' })
    expect(result.totalDocs).toBe(0)
  })
})
