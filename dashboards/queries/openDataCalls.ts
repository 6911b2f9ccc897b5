import type { PayloadRequest } from 'payload'

import { dayKeyOf } from '../../src/fields/dates'
import type { Id } from '../../src/lib/ids'
import { docHref, listHref } from './hrefs'
import { readAsViewer } from './readAsViewer'

// R7.5: the open data calls ("Yêu cầu báo cáo nhanh đang mở"), soonest due first, each with how
// many of the agencies asked have sent their answers. Two reads, whatever the number of calls;
// the viewer's read access applies (a reporter sees the calls sent to his/her agency).

export type OpenDataCall = {
  id: Id
  title: string
  dueDay: string | null
  asked: number
  sent: number
  href: string
  responsesHref: string
}

const SENT = ['submitted', 'accepted']

export const loadOpenDataCalls = async (req: PayloadRequest): Promise<OpenDataCall[]> => {
  const calls = await readAsViewer<{ id: Id; title: string; dueDate?: unknown }>(
    req,
    'data-calls',
    {
      where: { status: { equals: 'open' } },
      select: { title: true, dueDate: true },
      sort: 'dueDate',
    },
  )
  if (calls.length === 0) return []
  const responses = await readAsViewer<{ call?: unknown; status?: string }>(
    req,
    'data-call-responses',
    {
      where: { call: { in: calls.map((call) => call.id) } },
      select: { call: true, status: true },
    },
  )
  const tally = new Map<string, { asked: number; sent: number }>()
  for (const row of responses) {
    const key = String(row.call)
    const counts = tally.get(key) ?? { asked: 0, sent: 0 }
    counts.asked += 1
    if (SENT.includes(row.status ?? '')) counts.sent += 1
    tally.set(key, counts)
  }
  return calls.map((call) => ({
    id: call.id,
    title: call.title,
    dueDay: dayKeyOf(call.dueDate),
    ...(tally.get(String(call.id)) ?? { asked: 0, sent: 0 }),
    href: docHref('data-calls', call.id),
    responsesHref: listHref(
      'data-call-responses',
      { call: { equals: call.id } },
      { vi: `Trả lời: ${call.title}`, en: `Responses: ${call.title}` },
    ),
  }))
}
