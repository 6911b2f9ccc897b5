// Signers, their seats and delegations, for the signing rule tests (test/unit/rules/signing-*.test.ts).
import type { DocumentKind } from '../../hooks/rules/documentRegister'
import type { Position } from '../../hooks/rules/positions'
import {
  checkSigning,
  type SignerDelegation,
  type SignerRecord,
  type SignerSeat,
  type SigningForm,
} from '../../hooks/rules/signing'
import type { Term } from '../../hooks/rules/terms'

export const TODAY = '2024-07-15'
export const YESTERDAY = '2024-07-14'

export const POLICE = 11
export const PEOPLES_COMMITTEE = 22
export const term: Term = { from: '2022-07-01', to: null }
export const july: Term = { from: '2024-07-01', to: '2024-07-31' }

export const seat = (position: Position, agency = POLICE, seatTerm: Term = term): SignerSeat => ({
  position,
  agency,
  term: seatTerm,
})

export const holding = (position: Position, ...delegations: SignerDelegation[]): SignerRecord => ({
  positions: [seat(position)],
  delegations,
})

export const delegation = (
  scopes: string[],
  delegationTerm: Term = july,
  hasWrittenBasis = true,
): SignerDelegation => ({ id: 7, scopes, term: delegationTerm, hasWrittenBasis })

export const sign = (
  held: SignerRecord,
  form: SigningForm,
  kind: DocumentKind = 'notice',
  day = TODAY,
) => checkSigning({ kind, form, day, held })
