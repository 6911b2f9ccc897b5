import type { Payload } from 'payload'

import { vnDayStart } from '../src/lib/clock'
import type { AgencyIds, AgencyKey } from './agencies'
import { DEMO_PASSWORD, LOGIN_DOMAIN, type PersonIds, type PersonKey } from './people'
import { bump, required, SEED_OPTIONS, vnDay, type Id, type Tally } from './shared'

type Staff = { fullName: string; jobTitle: string; email: string; agency: AgencyKey }

type NominationSeed = {
  proposer: PersonKey
  proposedOn: string
  from: string
  /** A staff account of the proposer's agency, or none yet (name, job title, email only). */
  nominee: Staff & { hasAccount: boolean }
  note: string
  decision?:
    | { status: 'accepted'; on: string; number: string }
    | { status: 'declined'; on: string; reason: string }
}

// R6.3: Working Group members send staff of their agency to the Support Group (fictional people).
const NOMINATIONS: NominationSeed[] = [
  {
    // The ICT aide's seat ended with the merger (28/02/2025): Science and Technology sends its own.
    proposer: 'science',
    proposedOn: '2025-03-17',
    from: '2025-04-01',
    nominee: {
      hasAccount: true,
      fullName: 'Phan Thị Ngọc Diệp',
      jobTitle: 'Phó Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ',
      email: `phan.thi.ngoc.diep@${LOGIN_DOMAIN}`,
      agency: 'department:SKHCN',
    },
    note: 'Thay thành viên Tổ giúp việc của Sở Thông tin và Truyền thông trước khi hợp nhất.',
    decision: { status: 'accepted', on: '2025-03-24', number: '05/QĐ-TGV' },
  },
  {
    proposer: 'education',
    proposedOn: '2025-09-08',
    from: '2025-10-01',
    nominee: {
      hasAccount: true,
      fullName: 'Võ Thị Kim Ngân',
      jobTitle: 'Chuyên viên Văn phòng Sở Giáo dục và Đào tạo',
      email: `vo.thi.kim.ngan@${LOGIN_DOMAIN}`,
      agency: 'department:SGDDT',
    },
    note: 'Cán bộ phụ trách dữ liệu học sinh.',
    decision: {
      status: 'declined',
      on: '2025-09-15',
      reason:
        'Đề nghị Sở cử cán bộ cấp phòng trở lên phụ trách chuyển đổi số để đủ thẩm quyền phối hợp.',
    },
  },
  {
    proposer: 'insurance',
    proposedOn: '2026-11-20',
    from: '2026-12-15',
    nominee: {
      hasAccount: false,
      fullName: 'Nguyễn Hữu Phước',
      jobTitle: 'Trưởng phòng Quản lý thu, Bảo hiểm xã hội tỉnh',
      email: `nguyen.huu.phuoc@${LOGIN_DOMAIN}`,
      agency: 'vertical_agency:BHXH',
    },
    note: 'Chưa có tài khoản; Cơ quan thường trực tạo tài khoản trước khi Tổ trưởng Tổ giúp việc quyết định.',
  },
]

type Context = { people: PersonIds; agencies: AgencyIds }

const staffAccount = async (payload: Payload, staff: Staff, ctx: Context): Promise<Id> => {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: staff.email } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  if (docs[0]) return docs[0].id
  const user = await payload.create({
    collection: 'users',
    data: {
      fullName: staff.fullName,
      email: staff.email,
      jobTitle: staff.jobTitle,
      password: DEMO_PASSWORD,
      roles: ['viewer'],
      agency: required(ctx.agencies.get(staff.agency), `agency ${staff.agency}`),
    },
    ...SEED_OPTIONS,
  })
  return user.id
}

/** Records the missing nominations (by nominee email) and the SG Head's decisions on them. */
export const seedSgNominations = async (
  payload: Payload,
  ctx: Context,
  tally: Tally,
): Promise<void> => {
  for (const seed of NOMINATIONS) {
    const { totalDocs } = await payload.count({
      collection: 'sg-nominations',
      where: { nomineeEmail: { equals: seed.nominee.email } },
      overrideAccess: true,
    })
    if (totalDocs > 0) continue
    const nominee = seed.nominee.hasAccount ? await staffAccount(payload, seed.nominee, ctx) : null
    const created = await payload.create({
      collection: 'sg-nominations',
      data: {
        proposer: required(ctx.people.get(seed.proposer), `user ${seed.proposer}`),
        nominee,
        nomineeName: seed.nominee.fullName,
        nomineeJobTitle: seed.nominee.jobTitle,
        nomineeEmail: seed.nominee.email,
        from: vnDay(seed.from),
        note: seed.note,
        status: 'pending',
      },
      ...SEED_OPTIONS,
      context: { ...SEED_OPTIONS.context, actingAt: vnDayStart(seed.proposedOn) },
    })
    bump(tally, 'sg-nominations')
    const decision = seed.decision
    if (!decision) continue
    await payload.update({
      collection: 'sg-nominations',
      id: created.id,
      data: {
        status: decision.status,
        decidedBy: required(ctx.people.get('sgHead'), 'user sgHead'),
        decidedOn: vnDay(decision.on),
        ...(decision.status === 'accepted'
          ? { decisionNumber: decision.number }
          : { declineReason: decision.reason }),
      },
      ...SEED_OPTIONS,
      context: { ...SEED_OPTIONS.context, actingAt: vnDayStart(decision.on) },
    })
  }
}
