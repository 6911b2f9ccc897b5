import { describe, expect, it } from 'vitest'

import type { DocumentKind } from '../../../hooks/rules/documentRegister'
import { describeBreach, OK } from '../../../hooks/rules/verdict'
import { expectBreach } from './expectBreach'
import {
  TODAY,
  YESTERDAY,
  POLICE,
  PEOPLES_COMMITTEE,
  july,
  seat,
  holding,
  delegation,
  sign,
} from '../../helpers/signerRecords'

const TOMORROW = '2024-07-16'

const R24 = {
  rule: 'R2.4',
  vi: 'Vi phạm Điều 2 khoản 4:',
  en: 'Breach of Article 2(4):',
}
const R33 = {
  rule: 'R3.3',
  vi: 'Vi phạm Điều 3 khoản 3:',
  en: 'Breach of Article 3(3):',
}
const R45 = {
  rule: 'R4.5',
  vi: 'Vi phạm Điều 4 khoản 5:',
  en: 'Breach of Article 4(5):',
}
const R53 = {
  rule: 'R5.3',
  vi: 'Vi phạm Điều 5 khoản 3:',
  en: 'Breach of Article 5(3):',
}

const ALL_KINDS: DocumentKind[] = [
  'notice',
  'conclusion-notice',
  'report',
  'plan',
  'programme',
  'decision',
  'official-letter',
  'invitation',
]
const DEPUTY_KINDS: DocumentKind[] = [
  'notice',
  'conclusion-notice',
  'report',
  'decision',
  'official-letter',
  'invitation',
]

describe('checkSigning: who signs at all (R2.4)', () => {
  it.each([
    ['member', 'TM'],
    ['member', 'KT'],
    ['member', 'TL'],
    ['secretary', 'TM'],
    ['secretary', 'KT'],
    ['secretary', 'TL'],
    ['sg-deputy', 'TM'],
    ['sg-deputy', 'KT'],
    ['sg-deputy', 'TL'],
    ['sg-member', 'TM'],
    ['sg-member', 'KT'],
    ['sg-member', 'TL'],
  ] as const)('refuses a %s signing %s. (R2.4)', (position, form) => {
    expectBreach(sign(holding(position), form), { ...R24, path: 'signer' })
  })

  it('refuses a forged signer who holds no post at all (R2.4)', () => {
    expectBreach(sign({ positions: [], delegations: [] }, 'TM'), { ...R24, path: 'signer' })
  })

  it('refuses a former Head whose term ended yesterday (R2.4)', () => {
    const former = {
      positions: [seat('head', POLICE, { from: '2022-07-01', to: YESTERDAY })],
      delegations: [],
    }
    expectBreach(sign(former, 'TM'), { ...R24, path: 'signer' })
  })

  it('refuses a Head whose term starts tomorrow (R2.4)', () => {
    const future = {
      positions: [seat('head', POLICE, { from: TOMORROW, to: null })],
      delegations: [],
    }
    expectBreach(sign(future, 'TM'), { ...R24, path: 'signer' })
  })

  it('refuses a plain member acting as Head by delegation: acting does not make a signer (R2.4)', () => {
    expectBreach(sign(holding('member', delegation(['act-as-head'])), 'TM'), {
      ...R24,
      path: 'signer',
    })
  })

  it('refuses a plain member with a sign-for-head delegation (R2.4)', () => {
    expectBreach(sign(holding('member', delegation(['sign-for-head'])), 'KT'), {
      ...R24,
      path: 'signer',
    })
  })

  it('refuses a Deputy whose term ended yesterday and who is now a plain member (R2.4)', () => {
    const held = {
      positions: [
        seat('deputy', PEOPLES_COMMITTEE, { from: '2022-07-01', to: YESTERDAY }),
        seat('member', PEOPLES_COMMITTEE, { from: TODAY, to: null }),
      ],
      delegations: [],
    }
    expectBreach(sign(held, 'KT'), { ...R24, path: 'signer' })
  })

  it('names the day and the four posts in both languages (R2.4)', () => {
    const verdict = sign(holding('member'), 'TM')
    expect(describeBreach(verdict, 'vi')).toBe(
      'Vi phạm Điều 2 khoản 4: chỉ Tổ trưởng, Tổ phó Thường trực, Tổ phó Tổ công tác và Tổ trưởng Tổ giúp việc được ký văn bản của Tổ; ngày 15/07/2024 người ký không giữ chức danh nào trong số này.',
    )
    expect(describeBreach(verdict, 'en')).toBe(
      "Breach of Article 2(4): only the Working Group Head, Standing Deputy, Deputies and the Support Group Head sign the groups' documents; on 15/07/2024 the signer holds none of these posts.",
    )
  })
})

describe('checkSigning: TM. on behalf of the Working Group (R2.4)', () => {
  it.each(ALL_KINDS)('lets the Head sign a %s TM. (R2.4)', (kind) => {
    expect(sign(holding('head'), 'TM', kind)).toEqual(OK)
  })

  it('lets the Standing Deputy acting as Head by a delegation valid today sign TM. (R2.4)', () => {
    expect(sign(holding('standing-deputy', delegation(['act-as-head'])), 'TM')).toEqual(OK)
  })

  it('lets an acting Head sign a plan TM. (R3.3)', () => {
    expect(sign(holding('standing-deputy', delegation(['act-as-head'])), 'TM', 'plan')).toEqual(OK)
  })

  it('refuses the Standing Deputy signing TM. without acting as Head (R2.4)', () => {
    expectBreach(sign(holding('standing-deputy'), 'TM'), { ...R24, path: 'signer' })
  })

  it('refuses the Standing Deputy signing TM. with only a sign-for-head delegation (R2.4)', () => {
    expectBreach(sign(holding('standing-deputy', delegation(['sign-for-head'])), 'TM'), {
      ...R24,
      path: 'signer',
    })
  })

  it('refuses an acting Head signing TM. the day after the delegation expired (R2.4)', () => {
    const expired = delegation(['act-as-head'], { from: '2024-07-01', to: YESTERDAY })
    expectBreach(sign(holding('standing-deputy', expired), 'TM'), { ...R24, path: 'signer' })
  })

  it('refuses a Deputy signing TM. (R2.4)', () => {
    expectBreach(sign(holding('deputy'), 'TM'), { ...R24, path: 'signer' })
  })

  it('refuses the SG Head signing TM. (R2.4)', () => {
    expectBreach(sign(holding('sg-head'), 'TM'), { ...R24, path: 'signer' })
  })
})

describe('checkSigning: KT. for the Head (R4.5, R5.3)', () => {
  it.each(DEPUTY_KINDS)('lets a Deputy sign a %s for the Head by position (R5.3)', (kind) => {
    expect(sign(holding('deputy'), 'KT', kind)).toEqual(OK)
  })

  it('refuses the Standing Deputy signing for the Head without a delegation (R4.5)', () => {
    expectBreach(sign(holding('standing-deputy'), 'KT'), { ...R45, path: 'signer' })
  })

  it('lets the Standing Deputy sign for the Head with a sign-for-head delegation valid today (R4.5)', () => {
    expect(sign(holding('standing-deputy', delegation(['sign-for-head'])), 'KT')).toEqual(OK)
  })

  it('lets the Standing Deputy sign a monthly report for the Head with an act-as-head delegation (R4.5)', () => {
    expect(sign(holding('standing-deputy', delegation(['act-as-head'])), 'KT', 'report')).toEqual(
      OK,
    )
  })

  it('refuses the Standing Deputy the day after the delegation expired (R4.5)', () => {
    const expired = delegation(['sign-for-head'], { from: '2024-07-01', to: YESTERDAY })
    expectBreach(sign(holding('standing-deputy', expired), 'KT'), { ...R45, path: 'signer' })
  })

  it('lets the Standing Deputy sign on the last day of the delegation (R4.5)', () => {
    const endsToday = delegation(['sign-for-head'], { from: '2024-07-01', to: TODAY })
    expect(sign(holding('standing-deputy', endsToday), 'KT')).toEqual(OK)
  })

  it('refuses the Standing Deputy the day before the delegation starts (R4.5)', () => {
    const future = delegation(['sign-for-head'], { from: TOMORROW, to: '2024-12-31' })
    expectBreach(sign(holding('standing-deputy', future), 'KT'), { ...R45, path: 'signer' })
  })

  it('refuses a delegation without its written basis (R4.5)', () => {
    const unwritten = delegation(['sign-for-head'], july, false)
    expectBreach(sign(holding('standing-deputy', unwritten), 'KT'), { ...R45, path: 'signer' })
  })

  it('refuses the Standing Deputy with only a chair delegation (R4.5)', () => {
    expectBreach(sign(holding('standing-deputy', delegation(['chair'])), 'KT'), {
      ...R45,
      path: 'signer',
    })
  })

  it('names the delegation and the day in both languages (R4.5)', () => {
    const verdict = sign(holding('standing-deputy'), 'KT')
    expect(describeBreach(verdict, 'vi')).toBe(
      'Vi phạm Điều 4 khoản 5: Tổ phó Thường trực chỉ ký thay Tổ trưởng khi được Tổ trưởng phân công, ủy quyền bằng văn bản còn hiệu lực ngày 15/07/2024, hoặc khi Tổ trưởng vắng mặt (Điều 4 khoản 2).',
    )
    expect(describeBreach(verdict, 'en')).toBe(
      "Breach of Article 4(5): the Standing Deputy signs for the Head only with the Head's written delegation valid on 15/07/2024, or while the Head is absent (Article 4(2)).",
    )
  })

  it('refuses the Head signing for himself/herself (KT.) (R2.4)', () => {
    expectBreach(sign(holding('head'), 'KT'), { ...R24, path: 'signingForm' })
  })

  it('refuses the SG Head signing for the Head (R5.3)', () => {
    expectBreach(sign(holding('sg-head'), 'KT'), { ...R53, path: 'signingForm' })
  })

  it.each(['plan', 'programme'] as const)(
    'refuses a Deputy signing a %s for the Head without a plan-approval delegation (R3.3)',
    (kind) => {
      expectBreach(sign(holding('deputy'), 'KT', kind), { ...R33, path: 'signer' })
    },
  )

  it('lets a Deputy holding an approve-plans delegation sign a plan for the Head (R3.3)', () => {
    expect(sign(holding('deputy', delegation(['approve-plans'])), 'KT', 'plan')).toEqual(OK)
  })

  it('refuses the Standing Deputy with only a sign-for-head delegation signing a plan (R3.3)', () => {
    expectBreach(sign(holding('standing-deputy', delegation(['sign-for-head'])), 'KT', 'plan'), {
      ...R33,
      path: 'signer',
    })
  })

  it('refuses a plan signed under an approve-plans delegation that expired yesterday (R3.3)', () => {
    const expired = delegation(['approve-plans'], { from: '2024-07-01', to: YESTERDAY })
    expectBreach(sign(holding('deputy', expired), 'KT', 'programme'), { ...R33, path: 'signer' })
  })
})

describe('checkSigning: TL. by order of the Head (R2.4)', () => {
  it.each(['notice', 'conclusion-notice', 'invitation', 'official-letter'] as const)(
    'lets the SG Head sign a %s by order of the Head (R2.4)',
    (kind) => {
      expect(sign(holding('sg-head'), 'TL', kind)).toEqual(OK)
    },
  )

  it('refuses the SG Head signing a monthly report by order (R5.3)', () => {
    expectBreach(sign(holding('sg-head'), 'TL', 'report'), { ...R53, path: 'signingForm' })
  })

  it.each(['plan', 'programme'] as const)(
    'refuses the SG Head signing a %s by order (R3.3)',
    (kind) => {
      expectBreach(sign(holding('sg-head'), 'TL', kind), { ...R33, path: 'signingForm' })
    },
  )

  it('refuses the SG Head signing a decision by order (R2.4)', () => {
    expectBreach(sign(holding('sg-head'), 'TL', 'decision'), { ...R24, path: 'signingForm' })
  })

  it.each(['head', 'standing-deputy', 'deputy'] as const)(
    'refuses a %s signing by order, which is the SG Head’s form (R2.4)',
    (position) => {
      expectBreach(sign(holding(position), 'TL'), { ...R24, path: 'signingForm' })
    },
  )

  it('refuses an SG Head whose term ended yesterday (R2.4)', () => {
    const former = {
      positions: [seat('sg-head', POLICE, { from: '2022-07-08', to: YESTERDAY })],
      delegations: [],
    }
    expectBreach(sign(former, 'TL'), { ...R24, path: 'signer' })
  })
})
