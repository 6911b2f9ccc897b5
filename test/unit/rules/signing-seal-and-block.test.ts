import { describe, expect, it } from 'vitest'

import { signatureBlock, signingBasis, signingSeat } from '../../../hooks/rules/signing'
import {
  TODAY,
  YESTERDAY,
  POLICE,
  PEOPLES_COMMITTEE,
  seat,
  holding,
  delegation,
} from '../../helpers/signerRecords'

describe('signingSeat: the seal is the signer’s own agency (R2.4)', () => {
  it("seals the Head's document with the Head's own agency (R2.4)", () => {
    const held = holding('head')
    held.positions = [seat('head', PEOPLES_COMMITTEE)]
    expect(signingSeat('TM', TODAY, held.positions)?.agency).toBe(PEOPLES_COMMITTEE)
  })

  it("seals an acting Head's TM. document with his/her own agency, not the Head's (R2.4)", () => {
    const positions = [seat('standing-deputy', POLICE)]
    expect(signingSeat('TM', TODAY, positions)).toEqual(seat('standing-deputy', POLICE))
  })

  it('uses the seat held on the document’s date when the signer changed agency (R2.4)', () => {
    const positions = [
      seat('deputy', PEOPLES_COMMITTEE, { from: '2022-07-01', to: YESTERDAY }),
      seat('deputy', POLICE, { from: TODAY, to: null }),
    ]
    expect(signingSeat('KT', YESTERDAY, positions)?.agency).toBe(PEOPLES_COMMITTEE)
    expect(signingSeat('KT', TODAY, positions)?.agency).toBe(POLICE)
  })

  it('prefers the SG Head’s seat for TL. when the person also holds a WG seat (R2.4)', () => {
    const positions = [seat('deputy', PEOPLES_COMMITTEE), seat('sg-head', POLICE)]
    expect(signingSeat('TL', TODAY, positions)?.position).toBe('sg-head')
  })

  it('finds no seat for a person holding no signing post (R2.4)', () => {
    expect(signingSeat('TM', TODAY, [seat('member')])).toBeNull()
  })
})

describe('signingBasis', () => {
  it('rests a Deputy’s KT. signature on the post (R5.3)', () => {
    expect(
      signingBasis({ kind: 'report', form: 'KT', day: TODAY, held: holding('deputy') }),
    ).toEqual({ allowed: true, via: 'position', position: 'deputy' })
  })

  it('rests the Standing Deputy’s KT. signature on the delegation (R4.5)', () => {
    const held = holding('standing-deputy', delegation(['sign-for-head']))
    expect(signingBasis({ kind: 'notice', form: 'KT', day: TODAY, held })).toEqual({
      allowed: true,
      via: 'delegation',
      delegationId: 7,
      scope: 'sign-for-head',
    })
  })

  it('rests a plan signed for the Head on the approve-plans delegation (R3.3)', () => {
    const held = holding('deputy', delegation(['approve-plans']))
    expect(signingBasis({ kind: 'plan', form: 'KT', day: TODAY, held })).toMatchObject({
      via: 'delegation',
      scope: 'approve-plans',
    })
  })

  it('rests the SG Head’s TL. signature on the post (R2.4)', () => {
    expect(
      signingBasis({ kind: 'notice', form: 'TL', day: TODAY, held: holding('sg-head') }),
    ).toEqual({ allowed: true, via: 'position', position: 'sg-head' })
  })

  it('finds no basis for TL. by someone else (R2.4)', () => {
    expect(
      signingBasis({ kind: 'notice', form: 'TL', day: TODAY, held: holding('deputy') }),
    ).toEqual({ allowed: false })
  })
})

describe('signatureBlock (Decree 30, Art. 13)', () => {
  it('writes "TM. TỔ CÔNG TÁC / TỔ TRƯỞNG" for the Head', () => {
    expect(signatureBlock('TM', 'head')).toEqual(['TM. TỔ CÔNG TÁC', 'TỔ TRƯỞNG'])
  })

  it('writes the acting Head’s own title under "KT. TỔ TRƯỞNG"', () => {
    expect(signatureBlock('TM', 'standing-deputy')).toEqual([
      'TM. TỔ CÔNG TÁC',
      'KT. TỔ TRƯỞNG',
      'TỔ PHÓ THƯỜNG TRỰC',
    ])
  })

  it('writes "KT. TỔ TRƯỞNG / TỔ PHÓ" for a Deputy', () => {
    expect(signatureBlock('KT', 'deputy')).toEqual(['KT. TỔ TRƯỞNG', 'TỔ PHÓ'])
  })

  it('writes "TL. TỔ TRƯỞNG / TỔ TRƯỞNG TỔ GIÚP VIỆC" for the SG Head', () => {
    expect(signatureBlock('TL', 'sg-head')).toEqual(['TL. TỔ TRƯỞNG', 'TỔ TRƯỞNG TỔ GIÚP VIỆC'])
  })
})
