// Bad input when writing charter settings, through the Local API as an administrator's request takes it:
// each refusal is a ValidationError naming the field, and the database stays as it was.
import { beforeAll, describe, expect, it } from 'vitest'

import type { CharterSetting } from '../../../payload-types'
import {
  asAdmin,
  type Data,
  initBadInput,
  INVALID_CHOICE,
  INVALID_EMAIL,
  longerThan,
  payload,
  tooLong,
  type UpdateCase,
} from '../../helpers/badInput'
import { day } from '../../helpers/fixtures'
import { expectInvalid } from '../../helpers/refusals'

beforeAll(initBadInput)

describe('charter settings: bad input', () => {
  const edition = (overrides: Data = {}): Data => ({
    effectiveFrom: day('2022-07-01'),
    basis: '96/QĐ-TCT',
    meetingBeforeDay: 10,
    reportBeforeDay: 18,
    aggregateBeforeDay: 22,
    lockDay: 25,
    noticeLeadWorkingDays: 2,
    reminderDaysBefore: 3,
    majorityBase: 'present',
    tieRule: 'chair-side',
    ...overrides,
  })

  const readSettings = (): Promise<CharterSetting> =>
    payload.findGlobal({ slug: 'charter-settings', ...asAdmin() })

  /** The update is refused with a message matching `error`, and the stored settings stay. */
  const expectSettingsRefused = async (data: Data, error: RegExp) => {
    const before = await readSettings()
    await expectInvalid(
      payload.updateGlobal({ slug: 'charter-settings', data: data as never, ...asAdmin() }),
      error,
    )
    expect(await readSettings()).toEqual(before)
  }

  const ORDER_MESSAGE = 'Hạn tổng hợp phải sau hạn báo cáo, hạn báo cáo sau hạn họp\\.'
  const DAY_MESSAGE = 'Ngày hạn phải là số nguyên từ 2 đến 28\\.'

  beforeAll(async () => {
    await payload.updateGlobal({
      slug: 'charter-settings',
      data: {
        standingBodyEmail: 'thuongtruc@congan.quangnam.gov.vn',
        editions: [edition()],
      } as never,
      ...asAdmin(),
    })
  })

  const updateCases: UpdateCase[] = [
    {
      what: 'a report deadline on the meeting deadline (R12.3a, R11.1a)',
      data: { editions: [edition({ meetingBeforeDay: 10, reportBeforeDay: 10 })] },
      error: new RegExp(`^editions\\.0\\.reportBeforeDay: ${ORDER_MESSAGE}`, 'm'),
    },
    {
      what: 'a report deadline before the meeting deadline (R12.3a, R11.1a)',
      data: { editions: [edition({ meetingBeforeDay: 10, reportBeforeDay: 8 })] },
      error: new RegExp(`^editions\\.0\\.reportBeforeDay: ${ORDER_MESSAGE}`, 'm'),
    },
    {
      what: 'an aggregate deadline on the report deadline (R12.3b)',
      data: { editions: [edition({ reportBeforeDay: 18, aggregateBeforeDay: 18 })] },
      error: new RegExp(`^editions\\.0\\.aggregateBeforeDay: ${ORDER_MESSAGE}`, 'm'),
    },
    {
      what: 'a meeting deadline on day 31 (R11.1a)',
      data: { editions: [edition({ meetingBeforeDay: 31 })] },
      error: new RegExp(`^editions\\.0\\.meetingBeforeDay: ${DAY_MESSAGE}`, 'm'),
    },
    {
      what: 'an aggregate deadline on day 31 (R12.3b)',
      data: { editions: [edition({ aggregateBeforeDay: 31 })] },
      error: new RegExp(`^editions\\.0\\.aggregateBeforeDay: ${DAY_MESSAGE}`, 'm'),
    },
    {
      what: 'a lock day of 31',
      data: { editions: [edition({ lockDay: 31 })] },
      error: /^editions\.0\.lockDay: 31 lớn hơn giá trị tối đa cho phép của Giá trị là 28\./m,
    },
    {
      what: 'a deadline day written as text (R11.1a)',
      data: { editions: [edition({ meetingBeforeDay: 'mười' })] },
      error: new RegExp(`^editions\\.0\\.meetingBeforeDay: ${DAY_MESSAGE}`, 'm'),
    },
    {
      what: 'a deadline day that is not a whole number (R12.3a)',
      data: { editions: [edition({ reportBeforeDay: 17.5 })] },
      error: new RegExp(`^editions\\.0\\.reportBeforeDay: ${DAY_MESSAGE}`, 'm'),
    },
    {
      what: 'a notice lead written as text (R11.3a)',
      data: { editions: [edition({ noticeLeadWorkingDays: 'hai' })] },
      error: /^editions\.0\.noticeLeadWorkingDays: \S/m,
    },
    {
      what: 'an unknown tie rule (R2.1)',
      data: { editions: [edition({ tieRule: 'coin-toss' })] },
      error: new RegExp(`^editions\\.0\\.tieRule: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'an unknown majority base (R2.1)',
      data: { editions: [edition({ majorityBase: 'everyone' })] },
      error: new RegExp(`^editions\\.0\\.majorityBase: ${INVALID_CHOICE}`, 'm'),
    },
    {
      what: 'an effective date that is not a date (R14.3)',
      data: { editions: [edition({ effectiveFrom: 'sớm nhất có thể' })] },
      error: /^editions\.0\.effectiveFrom: \S/m,
    },
    {
      what: 'a basis over 200 characters',
      data: { editions: [edition({ basis: tooLong(200) })] },
      error: new RegExp(`^editions\\.0\\.basis: ${longerThan(200).source}`, 'm'),
    },
    {
      what: 'a basis sent as an object',
      data: { editions: [edition({ basis: { number: '96/QĐ-TCT' } })] },
      error: /^editions\.0\.basis: \S/m,
    },
    {
      what: 'no edition at all',
      data: { editions: [] },
      error: /^editions: Trường này cần tối thiểu 1 Hàng\./m,
    },
    {
      what: 'editions sent as an object instead of a list',
      data: { editions: { 0: edition() } },
      error: /^editions: \S/m,
    },
    {
      what: "an invalid standing body's email",
      data: { standingBodyEmail: 'thuongtruc@', editions: [edition()] },
      error: new RegExp(`^standingBodyEmail: ${INVALID_EMAIL}`, 'm'),
    },
  ]
  for (const { what, data, error } of updateCases) {
    it(`refuses charter settings with ${what}, keeping the stored ones`, async () => {
      await expectSettingsRefused(data, error)
    })
  }
})
