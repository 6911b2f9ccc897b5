import { previousPeriod } from '../hooks/rules/reportPeriods'
import { daysBetweenKeys } from '../src/lib/clock'
import { prng } from '../src/lib/prng'

// Plausible, deterministic figures for the demo's monthly reports: each indicator follows a
// trend from the Working Group's start (07/2022) towards the end of the programme, scaled to the
// reporting agency, with seeded noise; cumulative figures never fall except for the rare
// correction, which carries its explanation.

type Profile = {
  /** flow: a monthly count; stock: a running total; rate: a percentage. */
  shape: 'flow' | 'stock' | 'rate'
  /** The owner's level at the start (07/2022) and at the end of the programme (12/2026). */
  from: number
  to: number
  /** For rates that move both ways: the spread, in points. */
  noise?: number
}

// Levels of the province-level owner; other reporters get a share (scaleOf).
const PROFILES: Record<string, Profile> = {
  CCCD_THU_NHAN: { shape: 'flow', from: 24000, to: 6000 },
  CCCD_DA_CAP: { shape: 'flow', from: 21000, to: 5500 },
  CCCD_TY_LE: { shape: 'rate', from: 78, to: 99.2 },
  DDDT_THU_NHAN_M2: { shape: 'flow', from: 30000, to: 9000 },
  DDDT_KICH_HOAT_M2: { shape: 'flow', from: 22000, to: 8000 },
  DDDT_TY_LE_M2: { shape: 'rate', from: 18, to: 78 },
  DLDC_LAM_SACH: { shape: 'flow', from: 5200, to: 2100 },
  DLDC_XAC_THUC: { shape: 'flow', from: 8000, to: 65000 },
  CSDL_KET_NOI: { shape: 'stock', from: 4, to: 18 },
  HOTICH_SO_HOA: { shape: 'flow', from: 9000, to: 4000 },
  DVC_THIET_YEU_TRIEN_KHAI: { shape: 'stock', from: 11, to: 25 },
  DVC_TICH_HOP_DC: { shape: 'stock', from: 15, to: 140 },
  DVC_HS_TIEP_NHAN: { shape: 'flow', from: 14000, to: 19000 },
  DVC_HS_TRUC_TUYEN: { shape: 'flow', from: 0.35, to: 0.88 },
  TTHC_SO_HOA: { shape: 'rate', from: 35, to: 92, noise: 4 },
  TTHC_TAI_SU_DUNG: { shape: 'rate', from: 8, to: 55, noise: 5 },
  LT_KHAI_SINH: { shape: 'flow', from: 300, to: 1400 },
  LT_KHAI_TU: { shape: 'flow', from: 150, to: 700 },
  MOT_CUA_DOC_CHIP: { shape: 'stock', from: 6, to: 30 },
  ASXH_KHONG_TIEN_MAT: { shape: 'stock', from: 42000, to: 98000 },
  ASXH_TY_LE_KHONG_TIEN_MAT: { shape: 'rate', from: 48, to: 96, noise: 2 },
  BHXH_CHI_QUA_TAI_KHOAN: { shape: 'stock', from: 21000, to: 64000 },
  KCB_CCCD_CO_SO: { shape: 'stock', from: 60, to: 312 },
  KCB_CCCD_LUOT: { shape: 'flow', from: 20000, to: 150000 },
  YT_GKSK_LAI_XE_DT: { shape: 'flow', from: 200, to: 1500 },
  YT_CHUNG_SINH_BAO_TU_DT: { shape: 'flow', from: 300, to: 2200 },
  KHONG_TIEN_MAT_TRUONG_HOC: { shape: 'rate', from: 25, to: 97 },
  LUU_TRU_THONG_BAO_DT: { shape: 'stock', from: 350, to: 2600 },
  SO_SUC_KHOE_DT: { shape: 'stock', from: 0, to: 1100000 },
  LLTP_VNEID: { shape: 'flow', from: 50, to: 900 },
  TUYEN_TRUYEN_LUOT: { shape: 'flow', from: 420, to: 260 },
  IOC_KET_NOI_DL: { shape: 'stock', from: 2, to: 21 },
}

const START = '2022-07'
const SPAN_MONTHS = 54

const monthsSinceStart = (period: string) =>
  (Number(period.slice(0, 4)) - Number(START.slice(0, 4))) * 12 +
  Number(period.slice(5, 7)) -
  Number(START.slice(5, 7))

const levelOn = (profile: Profile, period: string) =>
  profile.from + (profile.to - profile.from) * Math.min(1, monthsSinceStart(period) / SPAN_MONTHS)

/** The share of the owner's level another reporter carries, fixed per agency and indicator. */
const scaleOf = (code: string, agencyKey: string, kind: string, isOwner: boolean) => {
  if (isOwner) return 1
  const random = prng(`scale:${code}:${agencyKey}`)
  if (code === 'TUYEN_TRUYEN_LUOT')
    return kind === 'district' ? 0.15 + 0.25 * random() : 0.02 + 0.06 * random()
  if (code === 'MOT_CUA_DOC_CHIP') return 0.3 + 0.3 * random()
  return 0.03 + 0.06 * random()
}

export const CORRECTION_NOTE = 'Điều chỉnh giảm sau rà soát, làm sạch số liệu.'

export type Figure = { value: number; note: string | null }

const round1 = (value: number) => Math.round(value * 10) / 10

/**
 * The agency's figures for one indicator over consecutive periods (oldest first); `cumulative`
 * figures never fall but for a rare correction, which is explained in the note.
 */
export const seriesOf = (args: {
  code: string
  agencyKey: string
  kind: string
  isOwner: boolean
  cumulative: boolean
  periods: readonly string[]
  /** For the online share: the agency's total applications in each period. */
  totals?: readonly number[]
}): Figure[] => {
  const profile = PROFILES[args.code] ?? { shape: 'flow', from: 10, to: 20 }
  const scale = scaleOf(args.code, args.agencyKey, args.kind, args.isOwner)
  let previous: number | null = null
  return args.periods.map((period, index) => {
    const random = prng(`figure:${args.code}:${args.agencyKey}:${period}`)
    const level = levelOn(profile, period)
    let value: number
    let note: string | null = null
    if (args.code === 'DVC_HS_TRUC_TUYEN' && args.totals) {
      value = Math.round(args.totals[index] * Math.min(0.97, level + (random() - 0.5) * 0.06))
    } else if (profile.shape === 'rate') {
      const raw = round1(
        Math.min(100, Math.max(0, level + (random() - 0.5) * 2 * (profile.noise ?? 0.6))),
      )
      value = args.cumulative && previous !== null ? Math.max(previous, raw) : raw
    } else if (profile.shape === 'stock') {
      const target = Math.round(level * scale * (0.97 + 0.06 * random()))
      value = previous === null ? target : Math.max(previous, target)
      if (previous !== null && previous > 20 && random() < 0.015) {
        value = Math.round(previous * 0.97)
        note = CORRECTION_NOTE
      }
    } else {
      value = Math.max(0, Math.round(level * scale * (0.85 + 0.3 * random())))
    }
    previous = value
    return { value, note }
  })
}

/** The target of a year: the level expected in December, a little above the trend. */
export const yearTargetOf = (code: string, year: number): number | null => {
  const profile = PROFILES[code]
  if (!profile || code === 'DVC_HS_TRUC_TUYEN') return null
  const december = levelOn(profile, `${year}-12`)
  if (profile.shape === 'rate') return Math.min(100, round1(december + 3))
  if (profile.shape === 'stock') return Math.round(december * 1.05)
  // A flow's yearly target: twelve months at the December level, rounded to hundreds.
  return Math.round((december * 12 * 1.05) / 100) * 100
}

/** `count` consecutive periods ending with `last`, oldest first. */
export const periodsUpTo = (last: string, count: number): string[] => {
  const periods = [last]
  while (periods.length < count) periods.unshift(previousPeriod(periods[0]))
  return periods
}

/** How far a task had got by `day`: linear from assignment to due date, in tens, below 100. */
export const progressOn = (assignedOn: string, dueDate: string | null, day: string): number => {
  if (!dueDate || dueDate <= assignedOn) return 50
  const share = daysBetweenKeys(assignedOn, day) / daysBetweenKeys(assignedOn, dueDate)
  return Math.max(0, Math.min(90, Math.round(share * 9) * 10))
}
