import type { Endpoint } from 'payload'

import { isAdmin } from '../../src/access/roles'
import { requeueUndelivered } from '../../src/email/outbox'
import { endpointHandler } from '../../src/lib/recordAction'

/** POST /api/notifications/redeliver: an administrator queues failed and held messages again. */
export const redeliverEndpoint: Endpoint = {
  path: '/redeliver',
  method: 'post',
  handler: endpointHandler({
    allow: isAdmin,
    forbidden: {
      vi: 'Chỉ quản trị hệ thống được gửi lại thư.',
      en: 'Only administrators can redeliver messages.',
    },
    run: async (req) => {
      const { ids } = await requeueUndelivered(req)
      return Response.json({ requeued: ids.length, ids })
    },
  }),
}
