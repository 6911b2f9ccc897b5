import type { FieldAccess, RequestContext } from 'payload'

import type { MeetingAction } from '../../hooks/rules/meetings'

// What the actions tell the hooks: which step runs, and the instant it runs at (the server's
// clock; the seed replays history with past instants).
export const MEETING_ACTION = 'meetingAction'

export type MeetingActionContext = { kind: MeetingAction; now: string }

export const actionOf = (context: RequestContext | undefined): MeetingActionContext | null => {
  const value = context?.[MEETING_ACTION] as MeetingActionContext | undefined
  return value && typeof value.kind === 'string' && typeof value.now === 'string' ? value : null
}

/** Fields computed by the hooks: nobody writes them. */
export const computedOnly = { create: () => false, update: () => false }

/** Fields written only by the notice and conclusions actions (deliveries, task links). */
const duringAction: FieldAccess = ({ req }) => actionOf(req.context) !== null
export const actionOnly = { create: duringAction, update: duringAction }
