import { createEvent } from 'ics'

export type MeetingInvitationArgs = {
  uid: string
  start: Date
  end: Date
  summary: string
  location?: string
  url?: string
  description?: string
  organizer: { name: string; email: string }
  attendees: { name?: string; email: string }[]
  sequence?: number
  method?: 'REQUEST' | 'CANCEL'
}

/**
 * An iCalendar (RFC 5545) invitation to a meeting, times in UTC. Send a changed meeting again
 * with the same uid and a higher sequence; CANCEL withdraws it.
 */
export const meetingInvitation = (args: MeetingInvitationArgs): string => {
  if (!(args.end.getTime() > args.start.getTime())) {
    throw new Error('A meeting invitation needs an end after its start.')
  }
  const method = args.method ?? 'REQUEST'
  const { error, value } = createEvent({
    productId: '-//Taskforce 06//Meetings//VI',
    method,
    uid: args.uid,
    sequence: args.sequence ?? 0,
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    start: args.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: args.end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: args.summary,
    ...(args.location ? { location: args.location } : {}),
    ...(args.url ? { url: args.url } : {}),
    ...(args.description ? { description: args.description } : {}),
    organizer: args.organizer,
    attendees: args.attendees.map((attendee) => ({
      ...attendee,
      rsvp: true,
      partstat: 'NEEDS-ACTION',
      role: 'REQ-PARTICIPANT',
    })),
  })
  if (error || !value) throw new Error(`Cannot build the meeting invitation: ${error?.message}`)
  return value
}
