import {
  authorityFor,
  type AuthorityBasis,
  type HeldDelegation,
  type HeldPosition,
} from './authority'
import type { DocumentKind } from './documentRegister'
import { POSITION_LABELS, type Position } from './positions'
import { formatDayKey, termCovers } from './terms'
import { breach, clause, OK, type Bilingual, type Verdict } from './verdict'

/**
 * Who may sign the groups' documents, in which form, on which day: the one signing rule used by
 * the register of outgoing documents, meetings (notices, conclusions) and reporting (monthly
 * reports). Signature forms follow Decree 30/2020/NĐ-CP, Art. 13:
 * - TM. (thay mặt): on behalf of the Working Group, a collective body: the Head, or whoever acts
 *   as Head by a delegation valid that day ("TM. TỔ CÔNG TÁC / TỔ TRƯỞNG").
 * - KT. (ký thay): for the Head: a Deputy by position (R5.3: documents, conclusions, monthly
 *   reports), the Standing Deputy with a sign-for-head or act-as-head delegation (R4.5), or by
 *   position while the Head is absent (R4.2, Art. 4.2).
 * - TL. (thừa lệnh): by order of the Head, the head of the internal unit signs routine papers:
 *   here the SG Head (R2.4 names him/her among the signers; the SG is the WG's working apparatus),
 *   for notices, conclusion notices, invitations and official letters only — never decisions,
 *   plans or programmes (R3.3: the Head's), nor reports (R5.3: the Deputies').
 * Programmes and plans issue what R3.3 reserves to the Head: signed TM. by the Head or acting
 * Head, or KT. by a Deputy holding an approve-plans (or act-as-head) delegation that day.
 */
export const SIGNING_FORMS = ['TM', 'KT', 'TL'] as const
export type SigningForm = (typeof SIGNING_FORMS)[number]

export const SIGNING_FORM_LABELS: Record<SigningForm, Bilingual> = {
  // The group is the one the document is issued by: the Working Group or its Support Group (R2.4).
  TM: {
    vi: 'TM. (thay mặt Tổ công tác hoặc Tổ giúp việc)',
    en: 'TM. (on behalf of the Working Group or the Support Group)',
  },
  KT: { vi: 'KT. (ký thay Tổ trưởng)', en: 'KT. (signed for the Head)' },
  TL: { vi: 'TL. (thừa lệnh Tổ trưởng)', en: 'TL. (by order of the Head)' },
}

/** Kinds the SG Head may sign by order of the Head (TL.). */
export const TL_KINDS: readonly DocumentKind[] = [
  'notice',
  'conclusion-notice',
  'invitation',
  'official-letter',
]

/** Kinds that issue a programme or plan: R3.3 reserves them to the Head. */
export const PLAN_DOCUMENT_KINDS: readonly DocumentKind[] = ['plan', 'programme']

/** A position held, with the agency the holder represents in it (whose seal he/she uses). */
export type SignerSeat = HeldPosition & {
  agency?: number | string | null
  group?: number | string | null
}

/** A delegation received; one without its written basis grants nothing (R4.5). */
export type SignerDelegation = HeldDelegation & { hasWrittenBasis?: boolean }

export type SignerRecord = {
  positions: readonly SignerSeat[]
  delegations: readonly SignerDelegation[]
  /** R4.2: the Head is absent (on leave) on the document's day: the Standing Deputy stands in. */
  headAbsent?: boolean
}

/** R2.4: the Support Group's own documents, which its Head signs "TM. TỔ GIÚP VIỆC". */
export const SG_DOCUMENT_KINDS: readonly DocumentKind[] = ['plan', 'report', 'notice', 'invitation']

export type SigningRequest = {
  /** The group the document is issued by; the Working Group when not given. */
  groupKind?: 'wg' | 'sg'
  kind: DocumentKind
  form: SigningForm
  /** The document's date (Vietnam calendar day, YYYY-MM-DD): powers are those held that day. */
  day: string
  held: SignerRecord
}

const r24 = clause(2, 4)
const r33 = clause(3, 3)
const r45 = clause(4, 5)
const r53 = clause(5, 3)

const withWrittenBasis = (held: SignerRecord): SignerRecord => ({
  positions: held.positions,
  headAbsent: held.headAbsent,
  delegations: held.delegations.filter((delegation) => delegation.hasWrittenBasis !== false),
})

const holds = (held: SignerRecord, position: Position, day: string): boolean =>
  held.positions.some((seat) => seat.position === position && termCovers(seat.term, day))

/**
 * R2.4 / R4.5 / R5.3 (and R3.3 for programmes and plans): may this person sign a document of
 * this kind in this form on this day? The verdict points at `signer` when the person may not
 * sign, at `signingForm` when the form does not suit the kind or the post.
 */
export const checkSigning = (request: SigningRequest): Verdict => {
  const { kind, form, day } = request
  const held = withWrittenBasis(request.held)
  const on = formatDayKey(day)
  if (request.groupKind === 'sg') return checkSupportGroupSigning(kind, form, day, held)

  // R2.4: only the WG Head, the Standing Deputy, the Deputies and the SG Head sign.
  if (!authorityFor('sign-group-document', day, held).allowed) {
    return breach(
      'R2.4',
      r24,
      {
        vi: `chỉ Tổ trưởng, Tổ phó Thường trực, Tổ phó Tổ công tác và Tổ trưởng Tổ giúp việc được ký văn bản của Tổ; ngày ${on} người ký không giữ chức danh nào trong số này.`,
        en: `only the Working Group Head, Standing Deputy, Deputies and the Support Group Head sign the groups' documents; on ${on} the signer holds none of these posts.`,
      },
      'signer',
    )
  }

  if (form === 'TM') {
    // R2.4: on behalf of the group, the Head signs, or whoever acts as Head that day.
    if (authorityFor('sign-as-head', day, held).allowed) return OK
    return breach(
      'R2.4',
      r24,
      {
        vi: `ký "TM. Tổ công tác" là Tổ trưởng hoặc người được ủy quyền thay mặt Tổ trưởng còn hiệu lực ngày ${on}; Tổ phó ký "KT. Tổ trưởng".`,
        en: `"TM." (on behalf of the Working Group) is signed by the Head or by whoever acts as Head under a delegation valid on ${on}; Deputies sign "KT.".`,
      },
      'signer',
    )
  }

  if (form === 'KT') {
    if (holds(held, 'head', day)) {
      return breach(
        'R2.4',
        r24,
        {
          vi: 'Tổ trưởng ký "TM. Tổ công tác", không ký thay chính mình ("KT.").',
          en: 'the Head signs "TM." (on behalf of the Working Group), not "KT." (for the Head).',
        },
        'signingForm',
      )
    }
    if (PLAN_DOCUMENT_KINDS.includes(kind)) {
      // R3.3: issuing a programme or plan is the Head's; a Deputy needs an approve-plans delegation.
      if (authorityFor('approve-plan', day, held).allowed) return OK
      return breach(
        'R3.3',
        r33,
        {
          vi: `chương trình, kế hoạch do Tổ trưởng phê duyệt; ký thay cần ủy quyền phê duyệt kế hoạch còn hiệu lực ngày ${on}.`,
          en: `programmes and plans are approved by the Head; signing one for the Head needs a plan-approval delegation valid on ${on}.`,
        },
        'signer',
      )
    }
    // R5.3: a Deputy signs for the Head; R4.5: the Standing Deputy only when authorised.
    if (authorityFor('sign-for-head', day, held).allowed) return OK
    if (holds(held, 'standing-deputy', day)) {
      return breach(
        'R4.5',
        r45,
        {
          vi: `Tổ phó Thường trực chỉ ký thay Tổ trưởng khi được Tổ trưởng phân công, ủy quyền bằng văn bản còn hiệu lực ngày ${on}, hoặc khi Tổ trưởng vắng mặt (Điều 4 khoản 2).`,
          en: `the Standing Deputy signs for the Head only with the Head's written delegation valid on ${on}, or while the Head is absent (Article 4(2)).`,
        },
        'signer',
      )
    }
    return breach(
      'R5.3',
      r53,
      {
        vi: 'ký thay Tổ trưởng ("KT.") là Tổ phó Tổ công tác (hoặc Tổ phó Thường trực khi được ủy quyền); Tổ trưởng Tổ giúp việc ký "TL.".',
        en: 'signing for the Head ("KT.") is for the Deputies (or the Standing Deputy when authorised); the Support Group Head signs "TL.".',
      },
      'signingForm',
    )
  }

  // TL.: by order of the Head, the SG Head signs routine papers only.
  if (kind === 'report') {
    return breach(
      'R5.3',
      r53,
      {
        vi: 'báo cáo của Tổ công tác do Tổ trưởng ký hoặc Tổ phó ký thay, không ký thừa lệnh ("TL.").',
        en: 'the Working Group\'s reports are signed by the Head or for the Head by a Deputy, never by order ("TL.").',
      },
      'signingForm',
    )
  }
  if (PLAN_DOCUMENT_KINDS.includes(kind)) {
    return breach(
      'R3.3',
      r33,
      {
        vi: 'chương trình, kế hoạch do Tổ trưởng phê duyệt, không ký thừa lệnh ("TL.").',
        en: 'programmes and plans are approved by the Head, never signed by order ("TL.").',
      },
      'signingForm',
    )
  }
  if (!TL_KINDS.includes(kind)) {
    return breach(
      'R2.4',
      r24,
      {
        vi: 'quyết định của Tổ do Tổ trưởng ký hoặc Tổ phó ký thay, không ký thừa lệnh ("TL.").',
        en: 'the group\'s decisions are signed by the Head or for the Head by a Deputy, never by order ("TL.").',
      },
      'signingForm',
    )
  }
  if (holds(held, 'sg-head', day)) return OK
  return breach(
    'R2.4',
    r24,
    {
      vi: 'ký thừa lệnh ("TL. Tổ trưởng") là Tổ trưởng Tổ giúp việc; Tổ trưởng ký "TM.", Tổ phó ký "KT.".',
      en: 'signing by order ("TL.") is for the Support Group Head; the Head signs "TM.", the Deputies "KT.".',
    },
    'signingForm',
  )
}

/**
 * R2.4 (Art. 2.4, Art. 8.2): the Support Group's own plan, report and notices are signed by its
 * Head on behalf of the Support Group ("TM. TỔ GIÚP VIỆC").
 */
const checkSupportGroupSigning = (
  kind: DocumentKind,
  form: SigningForm,
  day: string,
  held: SignerRecord,
): Verdict => {
  if (!SG_DOCUMENT_KINDS.includes(kind)) {
    return breach(
      'R2.4',
      r24,
      {
        vi: 'Tổ giúp việc chỉ ban hành kế hoạch, báo cáo, thông báo và giấy mời của mình; văn bản khác do Tổ công tác ban hành.',
        en: 'the Support Group issues only its own plans, reports, notices and invitations; other documents are the Working Group’s.',
      },
      'kind',
    )
  }
  if (form !== 'TM') {
    return breach(
      'R2.4',
      r24,
      {
        vi: 'văn bản của Tổ giúp việc do Tổ trưởng Tổ giúp việc ký "TM. Tổ giúp việc".',
        en: 'the Support Group’s documents are signed by its Head "TM." (on behalf of the Support Group).',
      },
      'signingForm',
    )
  }
  if (holds(held, 'sg-head', day)) return OK
  return breach(
    'R2.4',
    r24,
    {
      vi: `văn bản của Tổ giúp việc do Tổ trưởng Tổ giúp việc ký; ngày ${formatDayKey(day)} người ký không giữ chức danh này.`,
      en: `the Support Group’s documents are signed by its Head; on ${formatDayKey(day)} the signer does not hold that post.`,
    },
    'signer',
  )
}

// Which seat's agency seals the document, by preference for each form.
const SEAT_PREFERENCE: Record<SigningForm, readonly Position[]> = {
  TM: ['head', 'standing-deputy', 'deputy', 'sg-head'],
  KT: ['deputy', 'standing-deputy', 'sg-head', 'head'],
  TL: ['sg-head', 'standing-deputy', 'deputy', 'head'],
}

/**
 * R2.4: the seat the signer signs from on that day; its agency is the seal on the document
 * ("each with the seal of his/her own agency"). Null when no signing post covers the day.
 */
export const signingSeat = (
  form: SigningForm,
  day: string,
  positions: readonly SignerSeat[],
  groupKind: 'wg' | 'sg' = 'wg',
): SignerSeat | null => {
  const preference: readonly Position[] = groupKind === 'sg' ? ['sg-head'] : SEAT_PREFERENCE[form]
  for (const position of preference) {
    const seat = positions.find((p) => p.position === position && termCovers(p.term, day))
    if (seat) return seat
  }
  return null
}

/** The basis a valid signature rests on, for the record: a post or a delegation. */
export const signingBasis = (request: SigningRequest): AuthorityBasis => {
  const held = withWrittenBasis(request.held)
  if (request.groupKind === 'sg') {
    return holds(held, 'sg-head', request.day)
      ? { allowed: true, via: 'position', position: 'sg-head' }
      : { allowed: false }
  }
  if (request.form === 'TM') return authorityFor('sign-as-head', request.day, held)
  if (request.form === 'KT' && PLAN_DOCUMENT_KINDS.includes(request.kind))
    return authorityFor('approve-plan', request.day, held)
  if (request.form === 'KT') return authorityFor('sign-for-head', request.day, held)
  const seat = signingSeat('TL', request.day, held.positions)
  return seat?.position === 'sg-head'
    ? { allowed: true, via: 'position', position: 'sg-head' }
    : { allowed: false }
}

const upper = (text: string) => text.toLocaleUpperCase('vi')

/**
 * The signature block's title lines (Decree 30, Art. 13), e.g. ["KT. TỔ TRƯỞNG", "TỔ PHÓ"]; the
 * signer's name goes under them. A Deputy acting as Head signs "TM. TỔ CÔNG TÁC / KT. TỔ TRƯỞNG".
 */
export const signatureBlock = (
  form: SigningForm,
  seat: Position | null,
  groupKind: 'wg' | 'sg' = 'wg',
): string[] => {
  // R2.4: the SG Head signs the Support Group's own documents on its behalf.
  if (groupKind === 'sg') return ['TM. TỔ GIÚP VIỆC', 'TỔ TRƯỞNG']
  const title = seat ? upper(POSITION_LABELS[seat].vi) : ''
  if (form === 'TM') {
    return seat === 'head' || !seat
      ? ['TM. TỔ CÔNG TÁC', 'TỔ TRƯỞNG']
      : ['TM. TỔ CÔNG TÁC', 'KT. TỔ TRƯỞNG', title]
  }
  if (form === 'KT') return ['KT. TỔ TRƯỞNG', title]
  return ['TL. TỔ TRƯỞNG', title]
}
