import { beforeAll, describe, expect, it } from 'vitest'

import { createUser } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { errorMessage, restJson, restLogin } from '../helpers/rest'

// Payload's own English texts never reach an official: a path that cannot be queried is said
// in the user's language (issue 11, "every bad request is a 4xx" with a translated message).
describe('errors Payload writes in English are translated', () => {
  let token = ''

  beforeAll(async () => {
    const payload = await initPayload()
    const user = await createUser(payload, { roles: ['viewer'] })
    token = await restLogin(user.email, 'Test@12345')
  })

  it('a filter on a field that does not exist answers 400 in Vietnamese', async () => {
    const { status, body } = await restJson('/agencies?where[khongCo][equals]=1', { token })
    expect(status).toBe(400)
    expect(errorMessage(body)).toBe('Không thể lọc hoặc sắp xếp theo: khongCo.')
  })

  it('the same filter answers in English for an English-speaking user', async () => {
    const { status, body } = await restJson('/agencies?where[khongCo][equals]=1', {
      token,
      headers: { cookie: 'payload-lng=en' },
    })
    expect(status).toBe(400)
    expect(errorMessage(body)).toBe('Cannot filter or sort by: khongCo.')
  })
})
