import { createLocalReq, ValidationError, type Payload } from 'payload'

import { issueDocument } from '../collections/Documents/issue'
import { draftUrgingLetterFor } from '../collections/Documents/urgingDraft'
import type { AgencyIds, AgencyKey } from './agencies'
import type { PersonIds } from './people'
import { bump, required, SEED_OPTIONS, vnDay, type Tally } from './shared'

// R7.2: one urging letter of the demo, issued to an agency whose tasks from the Standing's
// working session of April 2025 are still open past their due dates in November.
const AS_OF = '2025-11-17'
/** The first of these with something to urge gets the letter. */
const CANDIDATES: AgencyKey[] = ['district:502', 'department:SYT', 'department:SGDDT']

type Context = { people: PersonIds; agencies: AgencyIds }

/** Drafts the letter from the agency's record as of AS_OF and issues it, signed TM. by the Head. */
export const seedUrgingLetters = async (
  payload: Payload,
  ctx: Context,
  tally: Tally,
): Promise<void> => {
  const { totalDocs } = await payload.count({
    collection: 'documents',
    where: { kind: { equals: 'urging-letter' } },
    overrideAccess: true,
  })
  if (totalDocs > 0) return
  const context = { ...SEED_OPTIONS.context, seeding: true }
  const req = await createLocalReq({ context }, payload)
  for (const key of CANDIDATES) {
    const id = ctx.agencies.get(key)
    if (id === undefined) continue
    const agency = await payload.findByID({
      collection: 'agencies',
      id,
      select: { name: true, kind: true, validFrom: true, validTo: true },
      ...SEED_OPTIONS,
    })
    let draft
    try {
      draft = await draftUrgingLetterFor(req, agency, AS_OF)
    } catch (error) {
      // Nothing to urge at this agency: try the next one.
      if (error instanceof ValidationError) continue
      throw error
    }
    await payload.update({
      collection: 'documents',
      id: draft.id,
      data: {
        date: vnDay(AS_OF),
        signer: required(ctx.people.get('head'), 'user head'),
        signingForm: 'TM',
      },
      ...SEED_OPTIONS,
      context,
    })
    const secretary = await payload.findByID({
      collection: 'users',
      id: required(ctx.people.get('secretary'), 'user secretary'),
      ...SEED_OPTIONS,
    })
    await issueDocument(payload, draft.id, { user: secretary, context })
    bump(tally, 'documents')
    return
  }
}
