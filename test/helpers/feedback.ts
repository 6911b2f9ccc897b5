// Shared by the feedback tests (test/int/feedback-*.test.ts): each test file builds its own world on
// its own database (`createFeedbackWorld` in its beforeAll), writing through the Local API as a
// user's request takes it (overrideAccess: false).
import type { Payload } from 'payload'

import type { Feedback, User } from '../../payload-types'
import { initPayload } from './payload'
import { adoptCharter, createSigners } from './signers'

const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

/**
 * The test file's Payload, the charter adopted, the signers (test/helpers/signers.ts) with the
 * police as the standing body, and the feedback steps on that Payload.
 */
export const createFeedbackWorld = async () => {
  const payload: Payload = await initPayload()
  await adoptCharter(payload)
  const s = await createSigners(payload)
  await payload.update({
    collection: 'agencies',
    id: s.agencies.police.id,
    data: { isStandingBody: true },
    overrideAccess: true,
  })

  /** An obstacle raised by `user` (the justice reporter by default). */
  const raise = (user: User = s.users.reporter, data: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'feedback',
      data: {
        kind: 'obstacle',
        title: 'Chưa kết nối được phần mềm hộ tịch với CSDL quốc gia về dân cư',
        content: 'Phần mềm hộ tịch của tỉnh chưa đồng bộ được dữ liệu khai sinh; đề nghị hỗ trợ.',
        ...data,
      } as never,
      ...as(user),
    })

  /** An update of an item by `user` (the secretariat by default). */
  const answer = (id: number, data: Record<string, unknown>, user: User = s.users.secretary) =>
    payload.update({ collection: 'feedback', id, data: data as never, ...as(user) })

  /** An amendment proposal the standing body has forwarded to the Head (R14.3). */
  const forwarded = async (): Promise<Feedback> => {
    const item = await raise(s.users.reporter, {
      kind: 'amendment-proposal',
      title: 'Đề nghị lùi hạn báo cáo tháng đến trước ngày 20',
    })
    return answer(item.id, {
      status: 'forwarded-as-amendment',
      response: 'Đã tổng hợp, báo cáo Tổ trưởng xem xét sửa đổi Quy chế.',
    })
  }

  return {
    payload,
    s,
    as,
    raise,
    answer,
    forwarded,
    stored: (id: number) => payload.findByID({ collection: 'feedback', id, depth: 0 }),
    countFeedback: async () => (await payload.count({ collection: 'feedback' })).totalDocs,
  }
}

export type FeedbackWorld = Awaited<ReturnType<typeof createFeedbackWorld>>
