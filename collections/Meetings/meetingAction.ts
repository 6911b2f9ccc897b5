import type { FieldAccess, RequestContext } from 'payload'

import type { MeetingAction } from '../../hooks/rules/meetings'
import { actingNow } from '../../src/lib/context'

// The meeting action under way, as the actions tell the hooks (`meetingAction`, src/lib/context):
// which step runs, at the request's `actingAt` (the server's clock; the seed replays history with
// past instants), and the fields only an action may write.
export type MeetingActionContext = { kind: MeetingAction; now: string }

export const actionOf = (context: RequestContext | undefined): MeetingActionContext | null => {
  const kind = context?.meetingAction
  return kind ? { kind, now: actingNow(context).toISOString() } : null
}

/** Fields written only by the notice and conclusions actions (deliveries, task links). */
const duringAction: FieldAccess = ({ req }) => actionOf(req.context) !== null
export const actionOnly = { create: duringAction, update: duringAction }
