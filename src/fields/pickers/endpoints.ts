import type { Endpoint, PayloadRequest } from 'payload'

import { personOptions, seatOptions } from '../../charter/seatOptions'
import { languageOf } from '../../i18n/label'

// GET /api/members/picker-options?group=&day=&ids= and GET /api/users/picker-options: the choices
// of the member and person pickers, sorted and labelled on the server, read with the user's access.
const DAY = /^\d{4}-\d{2}-\d{2}$/

const idParam = (req: PayloadRequest, raw: string): number | string | null => {
  if (!raw) return null
  if (req.payload.db.defaultIDType === 'number') return /^\d+$/.test(raw) ? Number(raw) : null
  return raw
}

const refuseLogin = (req: PayloadRequest) =>
  Response.json(
    { errors: [{ message: languageOf(req) === 'en' ? 'Please log in.' : 'Vui lòng đăng nhập.' }] },
    { status: 401 },
  )

export const seatPickerEndpoint: Endpoint = {
  path: '/picker-options',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuseLogin(req)
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
}

export const personPickerEndpoint: Endpoint = {
  path: '/picker-options',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuseLogin(req)
    return Response.json({ options: await personOptions(req) })
  },
}
