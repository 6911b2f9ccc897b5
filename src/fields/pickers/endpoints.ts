import type { Endpoint, PayloadRequest } from 'payload'

import { personOptions, seatOptions } from '../../charter/seatOptions'
import { endpointHandler } from '../../lib/recordAction'

// GET /api/members/picker-options?group=&day=&ids= and GET /api/users/picker-options: the choices
// of the member and person pickers, sorted and labelled on the server, read with the user's access.
const DAY = /^\d{4}-\d{2}-\d{2}$/

const idParam = (req: PayloadRequest, raw: string): number | string | null => {
  if (!raw) return null
  if (req.payload.db.defaultIDType === 'number') return /^\d+$/.test(raw) ? Number(raw) : null
  return raw
}

export const seatPickerEndpoint: Endpoint = {
  path: '/picker-options',
  method: 'get',
  handler: endpointHandler({
    run: async (req) => {
      const query = (req.query ?? {}) as Record<string, unknown>
      const group = typeof query.group === 'string' ? idParam(req, query.group) : null
      const day = typeof query.day === 'string' && DAY.test(query.day) ? query.day : null
      const ids =
        typeof query.ids === 'string' && query.ids
          ? query.ids
              .split(',')
              .map((raw) => idParam(req, raw))
              .filter((id): id is number | string => id !== null)
          : undefined
      const options = await seatOptions(req, { group, day, ids })
      return Response.json({ options })
    },
  }),
}

export const personPickerEndpoint: Endpoint = {
  path: '/picker-options',
  method: 'get',
  handler: endpointHandler({
    run: async (req) => Response.json({ options: await personOptions(req) }),
  }),
}
