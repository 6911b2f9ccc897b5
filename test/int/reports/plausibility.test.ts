// The plausibility ratio of an indicator: the report form warns on a jump past it, the server
// never refuses one (issue 13).
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { detectJump } from '../../../collections/Reports/lineHints'
import {
  createIndicator,
  createReport,
  createReportingAgency,
  setVnNow,
  updateReport,
} from '../../helpers/reports'
import { flow, head, initReportWorld, lineOf, payload, withValues } from '../../helpers/reportWorld'

beforeAll(initReportWorld)

afterEach(() => {
  vi.useRealTimers()
})

describe('plausibility ratio of an indicator (issue 13)', () => {
  it('is ×3 when the indicator does not set one', async () => {
    const indicator = await createIndicator(payload)
    expect(indicator.plausibilityRatio).toBe(3)
  })

  it('keeps the ratio the indicator sets', async () => {
    const indicator = await createIndicator(payload, { plausibilityRatio: 1.5 })
    expect(indicator.plausibilityRatio).toBe(1.5)
  })

  it('saves a fivefold jump from last month: the form warns, the server does not refuse', async () => {
    setVnNow('2025-02-16 09:00')
    const { reporter } = await createReportingAgency(payload, head)
    const february = await createReport(payload, reporter, { period: '2025-02' })
    await updateReport(payload, reporter, february.id, {
      indicatorLines: withValues(february, new Map([[flow.id, 3956]])),
    })
    setVnNow('2025-03-16 09:00')
    const march = await createReport(payload, reporter, { period: '2025-03' })
    const saved = await updateReport(payload, reporter, march.id, {
      indicatorLines: withValues(march, new Map([[flow.id, 5 * 3956]])),
    })
    const line = saved.indicatorLines![lineOf(saved, flow)]!
    expect(line).toMatchObject({ previousValue: 3956, value: 19_780 })
    expect(detectJump(line.value, line.previousValue, flow.plausibilityRatio)).toEqual({
      direction: 'up',
      times: 5,
    })
  })
})
