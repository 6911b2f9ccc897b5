import type { Payload, PayloadRequest } from 'payload'

import type { DocumentKind } from '../../hooks/rules/documentRegister'
import type { Position } from '../../hooks/rules/positions'
import {
  checkSigning,
  signatureBlock,
  signingBasis,
  signingSeat,
  type SignerRecord,
  type SigningForm,
} from '../../hooks/rules/signing'
import type { Verdict } from '../../hooks/rules/verdict'
import { dayKeyOf } from '../fields/dates'
import { termCovers } from '../../hooks/rules/terms'
import { delegationSeats, headAbsentOn } from './authority'
import { idOf } from '../lib/relations'

/**
 * A person's posts (with the agency represented in each) and the delegations he/she received,
 * with the seats behind them, as the pure rules take them. A system check, so it reads without access control.
 */
export const signerRecordOf = async (
  payload: Payload,
  userId: number | string,
  req?: Partial<PayloadRequest>,
): Promise<SignerRecord> => {
  const [members, delegations] = await Promise.all([
    payload.find({
      collection: 'members',
      where: { user: { equals: userId } },
      depth: 0,
      pagination: false,
      select: { group: true, position: true, agency: true, from: true, to: true },
      req,
    }),
    payload.find({
      collection: 'delegations',
      where: { grantee: { equals: userId } },
      depth: 0,
      pagination: false,
      select: {
        group: true,
        grantor: true,
        scopes: true,
        validFrom: true,
        validTo: true,
        basis: true,
      },
      req,
    }),
  ])
  // R4.5 / R3.4 / R4.2: a delegation signs only while its grantor holds the Head's post and its
  // grantee sits in the group, the same validity as every other act (`authorityOn`).
  const standings = await delegationSeats(payload, delegations.docs, members.docs, req)
  return {
    positions: members.docs.map((row) => ({
      group: idOf(row.group),
      position: row.position as Position,
      agency: idOf(row.agency),
      term: { from: dayKeyOf(row.from) ?? '', to: dayKeyOf(row.to) },
    })),
    delegations: delegations.docs.map((row, index) => ({
      id: row.id,
      ...standings[index]!,
      scopes: row.scopes ?? [],
      hasWrittenBasis: idOf(row.basis) !== null,
      term: { from: dayKeyOf(row.validFrom) ?? '', to: dayKeyOf(row.validTo) },
    })),
  }
}

export type SigningOutcome = {
  verdict: Verdict
  /** R2.4: the agency whose seal the document bears: the signer's own, in the post signed from. */
  sealAgency: number | string | null
  signatureBlock: string[]
  /** The delegation the signature rests on, when it rests on one. */
  delegation: number | string | null
}

/** R2.4 / R4.5 / R5.3 against the database: may `signer` sign this on `day`, with which seal. */
export const signingOn = async (
  payload: Payload,
  request: {
    signer: number | string
    kind: DocumentKind
    form: SigningForm
    day: string
    /** The issuing group, when the document names one (R2.4: the Support Group's own documents). */
    group?: { id: number | string; kind: 'wg' | 'sg' } | null
  },
  req?: Partial<PayloadRequest>,
): Promise<SigningOutcome> => {
  const record = await signerRecordOf(payload, request.signer, req)
  // R4.2: a Standing Deputy signs "KT." by position while the Head of his/her group is absent.
  const standingGroups =
    request.form === 'KT'
      ? record.positions
          .filter((p) => p.position === 'standing-deputy' && termCovers(p.term, request.day))
          .map((p) => p.group)
          .filter((group): group is number | string => group != null)
      : []
  let headAbsent = false
  for (const group of standingGroups) {
    if (await headAbsentOn(payload, group, request.day, req)) headAbsent = true
  }
  const groupKind = request.group?.kind ?? 'wg'
  // Authority is read from the group the act belongs to: an SG document counts SG seats only.
  const positions =
    groupKind === 'sg'
      ? record.positions.filter((p) => String(p.group) === String(request.group!.id))
      : record.positions
  const held: SignerRecord = { ...record, positions, headAbsent }
  const signing = { groupKind, kind: request.kind, form: request.form, day: request.day, held }
  const verdict = checkSigning(signing)
  const seat = verdict.ok ? signingSeat(request.form, request.day, positions, groupKind) : null
  const basis = verdict.ok ? signingBasis(signing) : { allowed: false as const }
  return {
    verdict,
    sealAgency: seat?.agency ?? null,
    signatureBlock: seat ? signatureBlock(request.form, seat.position, groupKind) : [],
    delegation: basis.allowed && basis.via === 'delegation' ? (basis.delegationId ?? null) : null,
  }
}
