// The charter's numbers by edition (R14.3) and the admin-kept calendar of days off and make-up
// working days, read back through the Local API as a user's request reads them.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { CharterSetting, Holiday, User } from '../../payload-types'
import { settingsOn, type CharterNumbers } from '../../hooks/rules/charterSettings'
import { dayKeyOf } from '../../src/fields/dates'
import { createCalendar, type CalendarDay } from '../../src/lib/calendar'
import { createUser, day } from '../helpers/fixtures'
import { initPayload } from '../helpers/payload'
import { expectInvalid } from '../helpers/refusals'

let payload: Payload
let admin: User
let reporter: User

const as = (user: User) => ({ overrideAccess: false, user, depth: 0 }) as const

beforeAll(async () => {
  payload = await initPayload()
  admin = await createUser(payload, { roles: ['admin'] })
  reporter = await createUser(payload, { roles: ['reporter'] })
})

describe('charter settings: editions by effective date (R14.3)', () => {
  // The charter as adopted (Quyết định 96/QĐ-TCT, in force 01/07/2022) and an amendment in force
  // from 01/01/2025 that moves every deadline and changes the voting rules.
  const ADOPTED = {
    effectiveFrom: '2022-07-01',
    basis: '96/QĐ-TCT',
    meetingBeforeDay: 10,
    dataEndDay: 14,
    reportBeforeDay: 18,
    aggregateBeforeDay: 22,
    lockDay: 25,
    noticeLeadWorkingDays: 2,
    reminderDaysBefore: 3,
    majorityBase: 'present',
    tieRule: 'chair-side',
  } as const
  const AMENDED = {
    effectiveFrom: '2025-01-01',
    basis: '15/QĐ-TCT',
    meetingBeforeDay: 12,
    dataEndDay: 15,
    reportBeforeDay: 20,
    aggregateBeforeDay: 25,
    lockDay: 28,
    noticeLeadWorkingDays: 3,
    reminderDaysBefore: 5,
    majorityBase: 'all-members',
    tieRule: 'not-passed',
  } as const
  type Edition = Omit<CharterNumbers, 'effectiveFrom'> & { effectiveFrom: string; basis: string }
  const stored = (edition: Edition) => ({
    ...edition,
    effectiveFrom: day(edition.effectiveFrom),
  })

  let editions: (CharterNumbers & { basis?: string | null })[]

  /** The editions as a reporter reads them, effective dates as Vietnam days. */
  const readEditions = async () => {
    const settings: CharterSetting = await payload.findGlobal({
      slug: 'charter-settings',
      ...as(reporter),
    })
    return settings.editions.map(({ id: _id, ...edition }) => ({
      ...edition,
      effectiveFrom: dayKeyOf(edition.effectiveFrom) ?? '',
    }))
  }

  beforeAll(async () => {
    // Saved newest first: the order of the rows must not matter.
    await payload.updateGlobal({
      slug: 'charter-settings',
      data: { editions: [stored(AMENDED), stored(ADOPTED)] },
      ...as(admin),
    })
    editions = await readEditions()
  })

  it('stores both editions and reads them back with their numbers and effective days (R14.3)', () => {
    expect(editions).toEqual([AMENDED, ADOPTED])
  })

  it('applies the adopted edition on the day before the amendment takes effect (R14.3)', () => {
    expect(settingsOn(editions, '2024-12-31')).toEqual(ADOPTED)
  })

  it('applies the amendment from its effective date (R14.3)', () => {
    expect(settingsOn(editions, '2025-01-01')).toEqual(AMENDED)
  })

  it('keeps applying the amendment after its effective date (R14.3)', () => {
    expect(settingsOn(editions, '2026-03-18')).toEqual(AMENDED)
  })

  it('applies the adopted edition on its own first day (R14.3)', () => {
    expect(settingsOn(editions, '2022-07-01')).toEqual(ADOPTED)
  })

  it('finds no edition before the charter was adopted (R14.3)', () => {
    expect(settingsOn(editions, '2022-06-30')).toBeNull()
  })

  it('refuses two editions with the same effective date, keeping the stored ones (R14.3)', async () => {
    await expectInvalid(
      payload.updateGlobal({
        slug: 'charter-settings',
        data: {
          editions: [stored(ADOPTED), stored({ ...AMENDED, effectiveFrom: '2022-07-01' })],
        },
        ...as(admin),
      }),
      /^editions\.1\.effectiveFrom: Hai phiên bản không được có cùng ngày hiệu lực\./m,
    )
    expect(await readEditions()).toEqual(editions)
  })
})

describe('holidays: one row per Vietnam day', () => {
  const addDay = (date: string, data: Partial<Holiday> = {}) =>
    payload.create({
      collection: 'holidays',
      data: { date, kind: 'day-off', nameVi: 'Nghỉ lễ', ...data },
      ...as(admin),
    })

  const rowsOn = async (dayKey: string) =>
    (
      await payload.count({
        collection: 'holidays',
        where: { date: { equals: day(dayKey) } },
      })
    ).totalDocs

  it('refuses a second row for the same day with a clear message, storing nothing', async () => {
    await addDay(day('2030-09-04'))
    await expectInvalid(
      addDay(day('2030-09-04'), { kind: 'working-day' }),
      /^date: Ngày này đã có trong lịch\./m,
    )
    expect(await rowsOn('2030-09-04')).toBe(1)
  })

  it('refuses the same day given as another time of that Vietnam day', async () => {
    await addDay(day('2030-09-05'))
    await expectInvalid(addDay('2030-09-05T16:30:00+07:00'), /^date: Ngày này đã có trong lịch\./m)
    expect(await rowsOn('2030-09-05')).toBe(1)
  })

  it('refuses moving a row onto a day already listed, keeping the row', async () => {
    await addDay(day('2030-09-06'))
    const other = await addDay(day('2030-09-09'))
    await expectInvalid(
      payload.update({
        collection: 'holidays',
        id: other.id,
        data: { date: day('2030-09-06') },
        ...as(admin),
      }),
      /^date: Ngày này đã có trong lịch\./m,
    )
    expect(await payload.findByID({ collection: 'holidays', id: other.id, depth: 0 })).toEqual(
      other,
    )
  })

  it('lets a row be renamed without counting itself as a duplicate', async () => {
    const row = await addDay(day('2030-09-10'))
    const renamed = await payload.update({
      collection: 'holidays',
      id: row.id,
      data: { nameVi: 'Nghỉ bù Quốc khánh' },
      ...as(admin),
    })
    expect(renamed).toMatchObject({ date: day('2030-09-10'), nameVi: 'Nghỉ bù Quốc khánh' })
  })

  it('stores a date-time as 00:00 Vietnam time of its day', async () => {
    const row = await addDay('2030-10-01T15:30:00+07:00')
    expect(row.date).toBe('2030-09-30T17:00:00.000Z')
  })

  it('stores a UTC instant late in the evening as the next Vietnam day', async () => {
    // 20:00 UTC on 2 October is 03:00 on 3 October in Vietnam.
    const row = await addDay('2030-10-02T20:00:00.000Z')
    expect(row.date).toBe(day('2030-10-03'))
  })

  it('stores a plain calendar day as 00:00 Vietnam time', async () => {
    const row = await addDay('2030-10-07')
    expect(row.date).toBe('2030-10-06T17:00:00.000Z')
  })

  it('derives the year from the Vietnam day, not the UTC one', async () => {
    // 18:00 UTC on 31 December 2030 is already 1 January 2031 in Vietnam.
    const row = await addDay('2030-12-31T18:00:00.000Z')
    expect([row.date, row.year]).toEqual([day('2031-01-01'), 2031])
  })

  it('ignores a year sent with the row and derives it from the date', async () => {
    const row = await addDay(day('2030-10-08'), { year: 1999 })
    expect(row.year).toBe(2030)
  })
})

describe('holidays feed the working-day calendar (R11.3a)', () => {
  /** The calendar built from the rows a user reads from the collection. */
  const calendarFromCollection = async () => {
    const { docs } = await payload.find({
      collection: 'holidays',
      pagination: false,
      ...as(reporter),
    })
    const days: CalendarDay[] = docs.map((row) => ({
      date: dayKeyOf(row.date) ?? '',
      kind: row.kind,
      nameVi: row.nameVi,
      nameEn: row.nameEn ?? '',
    }))
    return createCalendar(days)
  }

  const addRow = (date: string, kind: Holiday['kind'], nameVi: string) =>
    payload.create({
      collection: 'holidays',
      data: { date: day(date), kind, nameVi },
      ...as(admin),
    })

  it('makes an admin-added day off on a Wednesday a non-working day (R11.3a)', async () => {
    expect((await calendarFromCollection()).isWorkingDay('2030-06-12')).toBe(true)
    await addRow('2030-06-12', 'day-off', 'Nghỉ theo thông báo của Chính phủ')
    expect((await calendarFromCollection()).isWorkingDay('2030-06-12')).toBe(false)
  })

  it('moves the last on-time notice day of a Friday meeting before the day off (R11.3a)', async () => {
    // Meeting on Friday 21/06/2030; two working days ahead is Wednesday 19/06, unless it is off.
    expect((await calendarFromCollection()).latestNoticeDay('2030-06-21', 2)).toBe('2030-06-19')
    await addRow('2030-06-19', 'day-off', 'Nghỉ hoán đổi')
    expect((await calendarFromCollection()).latestNoticeDay('2030-06-21', 2)).toBe('2030-06-18')
  })

  it('makes an admin-added make-up Saturday a working day (R11.3a)', async () => {
    expect((await calendarFromCollection()).isWorkingDay('2030-06-29')).toBe(false)
    await addRow('2030-06-29', 'working-day', 'Làm bù cho ngày nghỉ hoán đổi')
    expect((await calendarFromCollection()).isWorkingDay('2030-06-29')).toBe(true)
  })
})
