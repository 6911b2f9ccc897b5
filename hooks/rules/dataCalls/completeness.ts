import type { ResponseStatus } from './labels'

// R7.5: how completely and how timely the agencies asked answered a call. Pure.

export type ResponseFacts = { status: ResponseStatus; late: boolean | null; submitted: boolean }

export type Completeness = {
  asked: number
  /** Sent at least once and not sent back: submitted or accepted. */
  sent: number
  onTime: number
  late: number
  /** Not sent yet (never sent, or returned and not sent again). */
  missing: number
  accepted: number
  returned: number
}

export const completenessOf = (responses: readonly ResponseFacts[]): Completeness => {
  const sent = responses.filter((r) => r.status === 'submitted' || r.status === 'accepted')
  return {
    asked: responses.length,
    sent: sent.length,
    onTime: responses.filter((r) => r.submitted && r.late === false).length,
    late: responses.filter((r) => r.submitted && r.late === true).length,
    missing: responses.filter((r) => r.status === 'pending' || r.status === 'returned').length,
    accepted: responses.filter((r) => r.status === 'accepted').length,
    returned: responses.filter((r) => r.status === 'returned').length,
  }
}
