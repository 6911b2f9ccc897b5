import { createLocalReq, type Payload } from 'payload'

import { COLLECTION } from '../collections/SupportGroupReports/hooks'
import { issueSupportGroupReport } from '../collections/SupportGroupReports/issue'
import { latestEndedPeriod, monthsOf } from '../hooks/rules/supportGroupReport'
import { previousPeriod } from '../hooks/rules/reportPeriods'
import { vnToday } from '../src/lib/clock'
import type { PersonIds } from './people'
import { bump, required, SEED_OPTIONS, type Tally } from './shared'

// R7.6: the Support Group's monthly report to the Working Group: the month before last issued
// (numbered in the Support Group's sequence, signed by its Head, DOCX stored), the month just
// ended left as a draft for the secretariat to complete and issue from the browser.

type Context = { people: PersonIds }

const NEXT_STEPS = [
  'Tiếp tục đôn đốc các cơ quan, đơn vị hoàn thành các nhiệm vụ quá hạn.',
  'Chuẩn bị nội dung họp thường kỳ của Tổ công tác tháng tới.',
].join('\n')

export const seedSupportGroupReports = async (payload: Payload, ctx: Context, tally: Tally) => {
  const last = latestEndedPeriod('month', vnToday())
  const periods = [previousPeriod(monthsOf(last)[0]!), last]
  const secretary = await payload.findByID({
    collection: 'users',
    id: required(ctx.people.get('secretary'), 'user secretary'),
    ...SEED_OPTIONS,
  })
  const req = await createLocalReq(
    { user: { ...secretary, collection: 'users' }, context: { ...SEED_OPTIONS.context } },
    payload,
  )
  for (const period of periods) {
    const { docs } = await payload.find({
      collection: COLLECTION,
      where: { period: { equals: period } },
      limit: 1,
      ...SEED_OPTIONS,
    })
    const draft =
      docs[0] ??
      (await payload.create({
        collection: COLLECTION,
        data: { period, status: 'draft', nextSteps: NEXT_STEPS, proposals: '' },
        ...SEED_OPTIONS,
      }))
    if (!docs[0]) bump(tally, COLLECTION)
    if (period !== last && draft.status !== 'issued') await issueSupportGroupReport(req, draft.id)
  }
}
