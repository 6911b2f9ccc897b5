// R2.4: the Support Group Head signs the Support Group's own plan, report and notices on its behalf
// ("TM. TỔ GIÚP VIỆC"), and they are registered in sequences of their own.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { issueDocument } from '../../collections/Documents/issue'
import { expectRejected } from '../helpers/errors'
import { day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { adoptCharter, createSigners, type Signers } from '../helpers/signers'

let payload: Payload
let s: Signers

beforeAll(async () => {
  payload = await initPayload()
  await adoptCharter(payload)
  s = await createSigners(payload)
})

const sgDraft = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'documents',
    data: {
      group: s.sg.id,
      kind: 'plan',
      title: 'Kế hoạch công tác năm 2025 của Tổ giúp việc',
      date: day('2025-01-06'),
      signer: s.users.sgHead.id,
      signingForm: 'TM',
      ...data,
    } as never,
    overrideAccess: true,
    depth: 0,
  })

describe('the Support Group’s own documents (R2.4)', () => {
  it('signs TM. TỔ GIÚP VIỆC by the SG Head and numbers it in the Support Group’s sequence (R2.4)', async () => {
    const draft = await sgDraft({})
    expect(draft.signatureBlock).toBe('TM. TỔ GIÚP VIỆC\nTỔ TRƯỞNG')
    expect(draft.sealAgency).toBe(s.agencies.police.id)
    const issued = await issueDocument(payload, draft.id, {
      context: { recordedAsDated: true },
    })
    expect(issued).toMatchObject({ status: 'issued', symbol: '01/KH-TGV', sequence: 'TGV-KH' })
  })

  it('refuses the Working Group Head signing a Support Group document (R2.4)', async () => {
    await expectRejected(
      sgDraft({ signer: s.users.head.id }),
      /^signer: Vi phạm Điều 2 khoản 4: văn bản của Tổ giúp việc do Tổ trưởng Tổ giúp việc ký/m,
    )
  })

  it('refuses a Support Group document signed other than TM. (R2.4)', async () => {
    await expectRejected(
      sgDraft({ kind: 'notice', signingForm: 'TL' }),
      /^signingForm: Vi phạm Điều 2 khoản 4/m,
    )
  })

  it('refuses a decision in the Support Group’s name (R2.4)', async () => {
    await expectRejected(sgDraft({ kind: 'decision' }), /^kind: Vi phạm Điều 2 khoản 4/m)
  })
})
