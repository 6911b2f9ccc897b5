import type { Endpoint } from 'payload'

import { isAdmin } from '../../src/access/roles'
import { requeueUndelivered } from '../../src/email/outbox'
import { languageOf } from '../../src/i18n/label'

/** POST /api/notifications/redeliver: an administrator queues failed and held messages again. */
export const redeliverEndpoint: Endpoint = {
  path: '/redeliver',
  method: 'post',
  handler: async (req) => {
    if (!isAdmin(req.user)) {
      const message =
        languageOf(req) === 'en'
          ? 'Only administrators can redeliver messages.'
          : 'Chỉ quản trị hệ thống được gửi lại thư.'
      return Response.json({ errors: [{ message }] }, { status: 403 })
    }
    const { ids } = await requeueUndelivered(req)
    return Response.json({ requeued: ids.length, ids })
  },
}
