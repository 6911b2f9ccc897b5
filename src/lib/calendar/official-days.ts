import { addDaysToKey, type DateKey } from '../clock'

export type CalendarDayKind = 'day-off' | 'working-day'

export type CalendarDay = {
  date: DateKey
  kind: CalendarDayKind
  nameVi: string
  nameEn: string
}

type Names = readonly [nameVi: string, nameEn: string]

const NEW_YEAR: Names = ['Nghỉ Tết Dương lịch', "New Year's Day holiday"]
const TET: Names = ['Nghỉ Tết Nguyên đán', 'Lunar New Year (Tết) holiday']
const HUNG_KINGS: Names = ['Nghỉ Giỗ Tổ Hùng Vương', 'Hùng Kings Commemoration holiday']
const APRIL_MAY: Names = [
  'Nghỉ lễ Chiến thắng 30/4 và Quốc tế Lao động 1/5',
  "Reunification Day and International Workers' Day holiday",
]
const HUNG_KINGS_APRIL_MAY: Names = [
  'Nghỉ Giỗ Tổ Hùng Vương, lễ 30/4 và 1/5',
  "Hùng Kings, Reunification Day and International Workers' Day holiday",
]
const NATIONAL_DAY: Names = ['Nghỉ lễ Quốc khánh 2/9', 'National Day holiday']

/** Every day from `from` to `to` inclusive, weekends included, as announced. */
const off = (from: DateKey, to: DateKey, [nameVi, nameEn]: Names): CalendarDay[] => {
  const days: CalendarDay[] = []
  for (let date = from; date <= to; date = addDaysToKey(date, 1)) {
    days.push({ date, kind: 'day-off', nameVi, nameEn })
  }
  return days
}

const viDate = (key: DateKey) => `${key.slice(8)}/${key.slice(5, 7)}/${key.slice(0, 4)}`

/** hoán đổi ngày làm việc: a weekday becomes a day off, made up on a Saturday. */
const swap = (dayOff: DateKey, saturday: DateKey): CalendarDay[] => [
  {
    date: dayOff,
    kind: 'day-off',
    nameVi: `Nghỉ hoán đổi (làm bù thứ Bảy ${viDate(saturday)})`,
    nameEn: `Swapped day off (made up on Saturday ${saturday})`,
  },
  {
    date: saturday,
    kind: 'working-day',
    nameVi: `Làm bù cho ngày nghỉ hoán đổi ${viDate(dayOff)}`,
    nameEn: `Make-up working day for the swapped day off on ${dayOff}`,
  },
]

/**
 * Days off and make-up Saturdays announced for civil servants (cán bộ, công chức, viên chức),
 * 2022–2026. Seeds the `holidays` collection, which admins then edit. Statutory days are also
 * computed by statutory.ts; listing whole breaks here keeps each year readable as announced.
 * Not encoded: Ngày Văn hóa Việt Nam 24/11 (Politburo decision 2026; the Labour Code amendment
 * making it a paid day off was still a draft when this was written).
 */
export const OFFICIAL_CALENDAR_DAYS: CalendarDay[] = [
  // 2022 — Government Office notice of Deputy PM Vũ Đức Đam (Tết 31/01–04/02, Quốc khánh 01–02/9);
  // Bộ LĐTBXH notices for Hùng Kings (Sun 10/4 → Mon 11/4) and 30/4–1/5 (Sat–Sun → Mon–Tue).
  ...off('2022-01-01', '2022-01-03', NEW_YEAR),
  ...off('2022-01-29', '2022-02-06', TET),
  ...off('2022-04-09', '2022-04-11', HUNG_KINGS),
  ...off('2022-04-30', '2022-05-03', APRIL_MAY),
  ...off('2022-09-01', '2022-09-04', NATIONAL_DAY),

  // 2023 — Tết 20/01–26/01 (Government plan, Bộ LĐTBXH; pld.net.vn); 29/4–03/5 = Hùng Kings (Sat),
  // 30/4 (Sun), 1/5 + two compensatory days; Quốc khánh 01/9–04/9 (Bộ LĐTBXH, Aug 2023).
  // New Year: Sun 01/01 → Mon 02/01 by Điều 111(3) (no separate notice checked).
  ...off('2022-12-31', '2023-01-02', NEW_YEAR),
  ...off('2023-01-20', '2023-01-26', TET),
  ...off('2023-04-29', '2023-05-03', HUNG_KINGS_APRIL_MAY),
  ...off('2023-09-01', '2023-09-04', NATIONAL_DAY),

  // 2024 — Prime Minister's approval of Nov 2023 (New Year 30/12/2023–01/01/2024, Tết 08/02–14/02,
  // Hùng Kings Thu 18/4, Quốc khánh 31/8–03/9); 30/4–1/5: off Sat 27/4–Wed 01/5, Mon 29/4 swapped
  // → work Sat 04/5 (Bộ LĐTBXH, Apr 2024).
  ...off('2023-12-30', '2024-01-01', NEW_YEAR),
  ...off('2024-02-08', '2024-02-14', TET),
  ...off('2024-04-18', '2024-04-18', HUNG_KINGS),
  ...off('2024-04-27', '2024-04-28', APRIL_MAY),
  ...swap('2024-04-29', '2024-05-04'),
  ...off('2024-04-30', '2024-05-01', APRIL_MAY),
  ...off('2024-08-31', '2024-09-03', NATIONAL_DAY),

  // 2025 — VPCP 8726/VPCP-KGVX of 26/11/2024 and Thông báo 6150/TB-BLĐTBXH: Tết 25/01–02/02,
  // Hùng Kings 05/4–07/4, 30/4–04/5 with Fri 02/5 swapped → work Sat 26/4; Bộ Nội vụ notice of
  // Aug 2025: Quốc khánh 30/8–02/9 (Mon 01/9 the adjacent day).
  ...off('2025-01-01', '2025-01-01', NEW_YEAR),
  ...off('2025-01-25', '2025-02-02', TET),
  ...off('2025-04-05', '2025-04-07', HUNG_KINGS),
  ...swap('2025-05-02', '2025-04-26'),
  ...off('2025-04-30', '2025-05-01', APRIL_MAY),
  ...off('2025-05-03', '2025-05-04', APRIL_MAY),
  ...off('2025-08-30', '2025-09-02', NATIONAL_DAY),

  // 2026 — VPCP 12729/VPCP-KGVX of 25/12/2025: New Year 01/01–04/01, Fri 02/01 swapped → work
  // Sat 10/01; Thông báo 9441/TB-BNV of 16/10/2025: Tết 14/02–22/02, Quốc khánh 29/8–02/9 with
  // Mon 31/8 swapped → work Sat 22/8. Hùng Kings Sun 26/4 → Mon 27/4 and 30/4–1/5 (Thu–Fri)
  // by the Labour Code.
  ...off('2026-01-01', '2026-01-01', NEW_YEAR),
  ...swap('2026-01-02', '2026-01-10'),
  ...off('2026-01-03', '2026-01-04', NEW_YEAR),
  ...off('2026-02-14', '2026-02-22', TET),
  ...off('2026-04-25', '2026-04-27', HUNG_KINGS),
  ...off('2026-04-30', '2026-05-03', APRIL_MAY),
  ...off('2026-08-29', '2026-08-30', NATIONAL_DAY),
  ...swap('2026-08-31', '2026-08-22'),
  ...off('2026-09-01', '2026-09-02', NATIONAL_DAY),
].sort((a, b) => a.date.localeCompare(b.date))
