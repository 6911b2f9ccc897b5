import { describe, expect, it } from 'vitest'

import {
  checkChair,
  checkExtraordinaryCall,
  checkKindFitsGroup,
  MEETING_KINDS,
  type ExtraordinaryCall,
} from '../../../../hooks/rules/meetings'
import { OK } from '../../../../hooks/rules/verdict'
import { expectBreach } from '../expectBreach'
import { expectRefusal } from './expectRefusal'

const R1111C = { vi: 'Vi phạm Điều 11 khoản 1:', en: 'Breach of Article 11(1):' }
const R34 = { vi: 'Vi phạm Điều 3 khoản 4:', en: 'Breach of Article 3(4):' }

const call = (data: Partial<ExtraordinaryCall> = {}): ExtraordinaryCall => ({
  kind: 'extraordinary',
  convenedBy: 7,
  calledOn: '2025-03-14',
  startDay: '2025-03-17',
  mayCall: true,
  ...data,
})

describe('extraordinary meetings (R11.1c)', () => {
  it('accepts an extraordinary meeting the Head called (R11.1c)', () => {
    expect(checkExtraordinaryCall(call())).toEqual(OK)
  })

  it('refuses an extraordinary meeting called by someone without the authority that day (R11.1c)', () => {
    expectBreach(checkExtraordinaryCall(call({ mayCall: false })), {
      rule: 'R11.1c',
      ...R1111C,
      path: 'convenedBy',
    })
  })

  it('refuses an extraordinary meeting that names nobody who called it (R11.1c)', () => {
    expectBreach(checkExtraordinaryCall(call({ convenedBy: null })), {
      rule: 'R11.1c',
      ...R1111C,
      path: 'convenedBy',
    })
  })

  it('refuses an extraordinary meeting without the day it was called (R11.1c)', () => {
    expectBreach(checkExtraordinaryCall(call({ calledOn: null })), {
      rule: 'R11.1c',
      ...R1111C,
      path: 'calledOn',
    })
  })

  it('refuses a call dated after the meeting (R11.1c)', () => {
    expectBreach(checkExtraordinaryCall(call({ calledOn: '2025-03-18' })), {
      rule: 'R11.1c',
      ...R1111C,
      path: 'calledOn',
    })
  })

  it('does not ask who called a regular meeting (R11.1c)', () => {
    expect(
      checkExtraordinaryCall(call({ kind: 'regular', convenedBy: null, mayCall: false })),
    ).toEqual(OK)
  })
})

describe('the chair (R3.4)', () => {
  it('accepts a chair holding the authority on the meeting day (R3.4)', () => {
    expect(checkChair(3, '2025-03-05', true)).toEqual(OK)
  })

  it('refuses a chair without the Head’s post or a chairing delegation that day (R3.4)', () => {
    expectBreach(checkChair(3, '2025-03-05', false), { rule: 'R3.4', ...R34, path: 'chair' })
  })

  it('refuses a Working Group meeting without a chair (R3.4)', () => {
    expectBreach(checkChair(null, '2025-03-05', false), { rule: 'R3.4', ...R34, path: 'chair' })
  })
})

describe('kinds of meeting by group (R11.5)', () => {
  it('lets a Support Group hold its own meetings (R11.5)', () => {
    expect(checkKindFitsGroup('sg', 'sg')).toEqual(OK)
  })

  it('refuses any Working Group kind in a Support Group (R11.5)', () => {
    for (const kind of MEETING_KINDS.filter((k) => k !== 'sg')) {
      expectRefusal(checkKindFitsGroup(kind, 'sg'), {
        rule: 'R11.5',
        path: 'kind',
        vi: 'Tổ giúp việc chỉ tổ chức "Họp Tổ giúp việc" (Điều 11 khoản 5).',
        en: 'A Support Group holds only Support Group meetings (Art. 11(5)).',
      })
    }
  })

  it('lets the Working Group hold its four kinds (R11.5)', () => {
    expect(MEETING_KINDS.filter((k) => k !== 'sg').map((k) => checkKindFitsGroup(k, 'wg'))).toEqual(
      [OK, OK, OK, OK],
    )
  })

  it('keeps Support Group meetings out of the Working Group (R11.5)', () => {
    expectRefusal(checkKindFitsGroup('sg', 'wg'), {
      rule: 'R11.5',
      path: 'kind',
      vi: 'Tổ công tác không tổ chức "Họp Tổ giúp việc"; chọn họp thường kỳ, sơ kết, tổng kết hoặc đột xuất.',
      en: 'A Working Group does not hold a "Support Group meeting"; choose regular, review or extraordinary.',
    })
  })
})
