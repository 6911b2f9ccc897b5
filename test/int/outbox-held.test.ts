import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../payload-types'
import { queueNotification, requeueUndelivered } from '../../src/email/outbox'
import { createUser, unique } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'

// The demo has no SMTP server: messages are kept, readable and marked not sent.
let payload: Payload
let secretariat: User

beforeAll(async () => {
  delete process.env.SMTP_HOST
  payload = await initPayload()
  secretariat = await createUser(payload, { roles: ['secretariat'] })
})

const queueAndRun = async () => {
  const req = await createLocalReq({ user: { ...secretariat, collection: 'users' } }, payload)
  const { ids } = await queueNotification(req, {
    to: [`${unique('tv').toLowerCase()}@test.vn`],
    subject: unique('Nhắc gửi báo cáo tháng'),
    text: 'Đề nghị đơn vị gửi báo cáo tháng trước ngày 18.',
    kind: 'report-reminder',
  })
  await payload.jobs.run({ limit: 100, silent: true })
  return ids[0]
}

describe('outbox without SMTP', () => {
  it('holds a message without trying to send it', async () => {
    const id = await queueAndRun()
    const note = await payload.findByID({ collection: 'notifications', id, depth: 0 })
    expect(note).toMatchObject({ status: 'held', attempts: 0, lastError: null, sentAt: null })
  })

  it('lets the secretariat read a held message', async () => {
    const id = await queueAndRun()
    const note = await payload.findByID({
      collection: 'notifications',
      id,
      depth: 0,
      overrideAccess: false,
      user: secretariat,
    })
    expect(note.text).toBe('Đề nghị đơn vị gửi báo cáo tháng trước ngày 18.')
  })

  it('holds a redelivered message again while SMTP is still missing', async () => {
    const id = await queueAndRun()
    const admin = await createUser(payload, { roles: ['admin'] })
    await requeueUndelivered(
      await createLocalReq({ user: { ...admin, collection: 'users' } }, payload),
    )
    await payload.jobs.run({ limit: 100, silent: true })
    const note = await payload.findByID({ collection: 'notifications', id, depth: 0 })
    expect(note).toMatchObject({ status: 'held', attempts: 0 })
  })
})
