import type { Payload } from 'payload'

import type { DelegationScope } from '../hooks/rules/delegations'
import type { AgencyIds } from './agencies'
import { ensurePdf } from './files'
import type { GroupIds } from './groups'
import type { PersonIds, PersonKey } from './people'
import { bump, required, SEED_OPTIONS, vnDay, type Tally } from './shared'

type DelegationSeed = {
  basisNumber: string
  basisTitle: string
  basisFilename: string
  basisLines: string[]
  grantor: PersonKey
  grantee: PersonKey
  scopes: DelegationScope[]
  validFrom: string
  validTo: string
  note: string
}

/**
 * R4.5: the Head authorises the Standing Deputy to chair and to sign for the Head in 2026. An
 * earlier delegation to the former Deputy (2024) stopped when his term ended on 30/06/2024: his
 * member record lists it, from 01/07/2024 (authority ends with the post).
 */
export const DELEGATIONS: DelegationSeed[] = [
  {
    basisNumber: '03/GUQ-TCT',
    basisTitle: 'Giấy ủy quyền số 03/GUQ-TCT ngày 29/12/2023 của Tổ trưởng Tổ công tác',
    basisFilename: 'giay-uy-quyen-03-2024.pdf',
    basisLines: [
      'TO CONG TAC TRIEN KHAI DE AN 06 (demo)',
      'GIAY UY QUYEN So 03/GUQ-TCT, ngay 29/12/2023',
      'To truong uy quyen To pho chu tri hop va phe duyet ke hoach',
      'tu 02/01/2024 den 31/12/2024.',
      'Van ban gia lap, chi dung cho du lieu mau.',
    ],
    grantor: 'head',
    grantee: 'formerDeputy',
    scopes: ['chair', 'approve-plans'],
    validFrom: '2024-01-02',
    validTo: '2024-12-31',
    note: 'Ủy quyền Tổ phó chủ trì họp và phê duyệt kế hoạch năm 2024; chấm dứt từ 01/07/2024 khi người được ủy quyền thôi giữ chức danh.',
  },
  {
    basisNumber: '15/GUQ-TCT',
    basisTitle: 'Giấy ủy quyền số 15/GUQ-TCT ngày 26/12/2025 của Tổ trưởng Tổ công tác',
    basisFilename: 'giay-uy-quyen.pdf',
    basisLines: [
      'TO CONG TAC TRIEN KHAI DE AN 06 (demo)',
      'GIAY UY QUYEN So 15/GUQ-TCT, ngay 26/12/2025',
      'To truong uy quyen To pho Thuong truc chu tri hop',
      'va ky thay To truong tu 01/01/2026 den 31/12/2026.',
      'Van ban gia lap, chi dung cho du lieu mau.',
    ],
    grantor: 'head',
    grantee: 'standingDeputy',
    scopes: ['sign-for-head', 'chair'],
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    note: 'Ủy quyền Tổ phó Thường trực chủ trì các cuộc họp thường kỳ và ký thay Tổ trưởng trong năm 2026.',
  },
]

type Context = { people: PersonIds; groups: GroupIds; agencies: AgencyIds }

/** Creates the delegations that are missing (by basis number), each with its written basis. */
export const seedDelegations = async (
  payload: Payload,
  ctx: Context,
  tally: Tally,
): Promise<void> => {
  for (const seed of DELEGATIONS) {
    const found = await payload.count({
      collection: 'delegations',
      where: { basisNumber: { equals: seed.basisNumber } },
      overrideAccess: true,
    })
    if (found.totalDocs > 0) continue
    const basis = await ensurePdf(
      payload,
      {
        title: seed.basisTitle,
        filename: seed.basisFilename,
        lines: seed.basisLines,
        agency: ctx.agencies.get('people_committee:UBND_TINH'),
      },
      tally,
    )
    await payload.create({
      collection: 'delegations',
      data: {
        group: ctx.groups.wg,
        grantor: required(ctx.people.get(seed.grantor), `user ${seed.grantor}`),
        grantee: required(ctx.people.get(seed.grantee), `user ${seed.grantee}`),
        scopes: seed.scopes,
        validFrom: vnDay(seed.validFrom),
        validTo: vnDay(seed.validTo),
        basisNumber: seed.basisNumber,
        basis,
        note: seed.note,
      },
      ...SEED_OPTIONS,
    })
    bump(tally, 'delegations')
  }
}
