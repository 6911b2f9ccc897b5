import type { PayloadRequest } from 'payload'

import { assertVerdict } from '../../src/lib/assertVerdict'
import { checkChair, checkExtraordinaryCall } from '../../hooks/rules/meetings'
import { authorityOn } from '../../src/charter/authority'
import type { MeetingShape } from './shape'

const SLUG = 'meetings'

/** R11.1c / R3.4: who called it, who chairs it, on the days that count. */
export const checkAuthority = async (
  req: PayloadRequest,
  meeting: MeetingShape,
  startDay: string,
  checkCall: boolean,
  checkChairing: boolean,
  /** R4.2: the Head is recorded absent for this meeting. */
  headAbsent: boolean,
) => {
  // Authority is read from the meeting's group, never from a seat in another group.
  const scope = { groupId: meeting.group, headAbsent }
  if (checkCall && meeting.kind === 'extraordinary') {
    const mayCall =
      meeting.convenedBy !== null && meeting.calledOn !== null
        ? (
            await authorityOn(
              req.payload,
              meeting.convenedBy,
              'call-extraordinary-meeting',
              meeting.calledOn,
              req,
              { groupId: meeting.group },
            )
          ).allowed
        : false
    assertVerdict(
      checkExtraordinaryCall({
        kind: meeting.kind,
        convenedBy: meeting.convenedBy,
        calledOn: meeting.calledOn,
        startDay,
        mayCall,
      }),
      req,
      SLUG,
    )
  }
  if (checkChairing) {
    const mayChair =
      meeting.chair !== null &&
      (await authorityOn(req.payload, meeting.chair, 'chair-meeting', startDay, req, scope)).allowed
    assertVerdict(checkChair(meeting.chair, startDay, mayChair), req, SLUG)
  }
}
