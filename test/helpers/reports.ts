import type { Payload } from 'payload'
import { vi } from 'vitest'

import type { Indicator, Report, User } from '../../payload-types'
import { toInstant } from '../../src/lib/clock'
import { createAgency, createGroupWithHead, createUser, day, unique } from './fixtures'

const system = { overrideAccess: true, depth: 0 } as const

/** Fixes the clock at a Vietnam wall time ('2025-04-10 09:00'); only Date is faked. */
export const setVnNow = (wallTime: string): void => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(toInstant(wallTime))
}

export const createIndicator = (payload: Payload, data: Partial<Indicator> = {}) =>
  payload.create({
    collection: 'indicators',
    data: {
      code: unique('CT').toUpperCase().replace(/-/g, '_'),
      nameVi: unique('Số hồ sơ'),
      unit: 'hồ sơ',
      group: 'G1',
      source: 'reported',
      aggregation: 'sum',
      ...data,
    },
    ...system,
  })

/** An agency with a reporter, and the Head who assigns its tasks. */
export const createReportingAgency = async (
  payload: Payload,
  head: User,
  kind: 'department' | 'district' = 'department',
) => {
  const agency = await createAgency(payload, { kind })
  const reporter = await createUser(payload, { roles: ['reporter'], agency: agency.id })
  const assign = (data: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'tasks',
      data: {
        title: unique('Nhiệm vụ'),
        source: 'provincial-plan',
        leadAgency: agency.id,
        assignedBy: head.id,
        assignedOn: day('2025-01-06'),
        dueDate: day('2025-06-30'),
        ...data,
      } as never,
      ...system,
    })
  return { agency, reporter, assign }
}

export const groupHead = async (payload: Payload) => (await createGroupWithHead(payload)).head

/** Creates a report on behalf of `user` (access and rules applied). */
export const createReport = (payload: Payload, user: User, data: Partial<Report>) =>
  payload.create({
    collection: 'reports',
    data: data as Report,
    overrideAccess: false,
    user,
    depth: 0,
  })

export const updateReport = (payload: Payload, user: User, id: number, data: Partial<Report>) =>
  payload.update({
    collection: 'reports',
    id,
    data,
    overrideAccess: false,
    user,
    depth: 0,
  })
