import type { Payload } from 'payload'

import type { DocumentKind } from '../hooks/rules/documentRegister'
import { vnDayStart } from '../src/lib/clock'
import type { GroupIds } from './groups'
import type { PersonIds, PersonKey } from './people'
import { bump, required, SEED_OPTIONS, vnDay, type Id, type Tally } from './shared'

type AssignmentSeed = {
  title: string
  documentKind: DocumentKind
  assignedBy: PersonKey
  assignedOn: string
  dueDate: string
  periodFrom: string
  periodTo: string
  /** The Support Group members convened (their SG seat in office during the period). */
  convened: PersonKey[]
  note: string
  /** The title of the issued document of the register, when done. */
  document?: string
}

// R12.5: the Standing assigns the Support Group drafting work; the SG Head convenes its members.
const ASSIGNMENTS: AssignmentSeed[] = [
  {
    title: 'Dự thảo Chương trình công tác năm 2025 của Tổ công tác triển khai Đề án 06 tỉnh',
    documentKind: 'programme',
    assignedBy: 'head',
    assignedOn: '2024-12-16',
    dueDate: '2025-01-10',
    periodFrom: '2024-12-23',
    periodTo: '2025-01-06',
    convened: ['reporter', 'healthAide', 'ictAide'],
    note: 'Tổng hợp đề xuất nhiệm vụ năm 2025 của các sở, ngành, địa phương.',
    document: 'Chương trình công tác năm 2025 của Tổ công tác triển khai Đề án 06 tỉnh',
  },
  {
    title: 'Dự thảo Kế hoạch triển khai Đề án 06 năm 2027 trên địa bàn tỉnh',
    documentKind: 'plan',
    assignedBy: 'standingDeputy',
    assignedOn: '2026-11-16',
    dueDate: '2026-12-11',
    periodFrom: '2026-11-23',
    periodTo: '2026-12-04',
    convened: ['reporter', 'healthAide'],
    note: 'Bám sát kết quả sơ kết và chỉ tiêu định danh điện tử của năm 2026.',
  },
]

type Context = { people: PersonIds; groups: GroupIds }

const sgSeatOf = async (payload: Payload, user: Id, group: Id, day: string): Promise<Id> => {
  const { docs } = await payload.find({
    collection: 'members',
    where: {
      and: [
        { user: { equals: user } },
        { group: { equals: group } },
        { from: { less_than_equal: vnDay(day) } },
      ],
    },
    sort: '-from',
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return required(docs[0]?.id, `SG seat of user ${user}`)
}

/** Records the missing assignments (by title); a done one links its issued document. */
export const seedDraftingAssignments = async (
  payload: Payload,
  ctx: Context,
  tally: Tally,
): Promise<void> => {
  const person = (key: PersonKey) => required(ctx.people.get(key), `user ${key}`)
  for (const seed of ASSIGNMENTS) {
    const { totalDocs } = await payload.count({
      collection: 'drafting-assignments',
      where: { title: { equals: seed.title } },
      overrideAccess: true,
    })
    if (totalDocs > 0) continue
    const convened = await Promise.all(
      seed.convened.map((key) => sgSeatOf(payload, person(key), ctx.groups.sg, seed.periodFrom)),
    )
    const document = seed.document
      ? (
          await payload.find({
            collection: 'documents',
            where: { title: { equals: seed.document } },
            depth: 0,
            limit: 1,
            overrideAccess: true,
          })
        ).docs[0]?.id
      : undefined
    await payload.create({
      collection: 'drafting-assignments',
      data: {
        title: seed.title,
        documentKind: seed.documentKind,
        assignedBy: person(seed.assignedBy),
        assignedOn: vnDay(seed.assignedOn),
        dueDate: vnDay(seed.dueDate),
        convener: person('sgHead'),
        periodFrom: vnDay(seed.periodFrom),
        periodTo: vnDay(seed.periodTo),
        convened,
        note: seed.note,
        document: document ?? null,
      },
      ...SEED_OPTIONS,
      context: { ...SEED_OPTIONS.context, actingAt: vnDayStart(seed.assignedOn) },
    })
    bump(tally, 'drafting-assignments')
  }
}
