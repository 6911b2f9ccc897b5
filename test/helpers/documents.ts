import type { Payload } from 'payload'

import type { User } from '../../payload-types'
import { issueDocument } from '../../collections/Documents/issue'
import { day } from './fixtures'
import { initPayload } from './payload'
import { adoptCharter, createSigners, type Signers } from './signers'

/** The document register's tests' world: Payload with the charter adopted and its signers. */
export type RegisterWorld = { payload: Payload; s: Signers }

export const bootRegister = async (): Promise<RegisterWorld> => {
  const payload = await initPayload()
  await adoptCharter(payload)
  return { payload, s: await createSigners(payload) }
}

/** Drafting, issuing and reading documents as the secretariat, in the world `world()` gives. */
export const registerActions = (world: () => RegisterWorld) => {
  const asSecretary = () =>
    ({ overrideAccess: false, user: world().s.users.secretary, depth: 0 }) as const

  const draft = (data: Record<string, unknown> = {}) =>
    world().payload.create({
      collection: 'documents',
      data: {
        kind: 'notice',
        title: 'Thông báo lịch họp Tổ công tác tháng 3',
        date: day('2025-03-03'),
        signer: world().s.users.head.id,
        signingForm: 'TM',
        recipients: '- Các thành viên Tổ công tác;\n- Lưu: VT, PC06.',
        ...data,
      } as never,
      ...asSecretary(),
    })

  // Past-dated documents are recorded as issued on their own date (as the demo seed and imports do).
  const issue = (id: number, user?: User) =>
    issueDocument(world().payload, id, {
      user: user ?? world().s.users.secretary,
      context: { recordedAsDated: true },
    })

  const stored = (id: number) => world().payload.findByID({ collection: 'documents', id, depth: 0 })

  const issuedCount = async () =>
    (
      await world().payload.count({
        collection: 'documents',
        where: { status: { equals: 'issued' } },
      })
    ).totalDocs

  return { asSecretary, draft, issue, stored, issuedCount }
}
