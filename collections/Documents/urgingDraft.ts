import { addDataAndFileToRequest, type PayloadRequest } from 'payload'

import type { Document } from '../../payload-types'
import { expectedAgencies } from '../../hooks/rules/aggregate'
import { registerSettingsOf } from '../../hooks/rules/documentRegister'
import { reportDeadline, settingsDayOf } from '../../hooks/rules/reportPeriods'
import type { Extension } from '../../hooks/rules/taskStatus'
import { formatDayKey } from '../../hooks/rules/terms'
import {
  checkSomethingToUrge,
  lateReportsOn,
  overdueTasksOn,
  URGING_ANSWER_WORKING_DAYS,
  URGING_TITLE,
  urgingLetterOf,
  urgingRecipients,
  type UrgingReportInput,
} from '../../hooks/rules/urging'
import { workingCalendarOf, yearsAround } from '../../src/charter/calendar'
import { charterNumbersOn } from '../../src/charter/settings'
import { DOCX_MIME_TYPE } from '../../src/documents/decree30'
import { issuingBodyOf } from '../../src/documents/issuers'
import { renderUrgingDocx } from '../../src/documents/urgingDocx'
import { dayKeyOf } from '../../src/fields/dates'
import { assertField, assertVerdict } from '../../src/lib/assertVerdict'
import { isDateKey, toVnDateKey, vnToday, type DateKey } from '../../src/lib/clock'
import { recordIdOf } from '../../src/lib/safeInput'
import { withTransaction } from '../../src/db/withTransaction'
import { storedFileName } from '../../src/lib/fileNames'

const COLLECTION = 'documents'

const system = (req: PayloadRequest) =>
  ({ depth: 0, overrideAccess: true, pagination: false, req }) as const

/** The agency's tasks as the urging rule reads them. */
const tasksOf = async (req: PayloadRequest, agency: number | string) => {
  const { docs } = await req.payload.find({
    collection: 'tasks',
    where: { leadAgency: { equals: agency } },
    select: {
      code: true,
      title: true,
      assignedOn: true,
      startDate: true,
      dueDate: true,
      completedOn: true,
      recurring: true,
      paused: true,
      extensions: true,
    },
    sort: 'id',
    ...system(req),
  })
  return docs.map((task) => ({
    id: task.id,
    code: task.code,
    title: task.title,
    assignedOn: dayKeyOf(task.assignedOn),
    startDate: dayKeyOf(task.startDate),
    dueDate: dayKeyOf(task.dueDate),
    completedOn: dayKeyOf(task.completedOn),
    recurring: task.recurring,
    paused: task.paused,
    extensions: (task.extensions ?? []).flatMap((extension): Extension[] => {
      const newDueDate = dayKeyOf(extension.newDueDate)
      return newDueDate && extension.status
        ? [{ newDueDate, status: extension.status as Extension['status'] }]
        : []
    }),
  }))
}

export type AgencyRow = {
  id: number | string
  name: string
  kind: string
  validFrom?: string | null
  validTo?: string | null
}

/**
 * R12.3a: the report months of the day's year that the agency owed by `day` (the deadline in
 * force for each month), with the day each report was first sent.
 */
const reportsOf = async (
  req: PayloadRequest,
  agency: AgencyRow,
  day: DateKey,
): Promise<UrgingReportInput[]> => {
  const year = day.slice(0, 4)
  const months = Array.from(
    { length: Number(day.slice(5, 7)) },
    (_, index) => `${year}-${String(index + 1).padStart(2, '0')}`,
  )
  const info = {
    id: agency.id,
    name: agency.name,
    kind: agency.kind,
    parent: null,
    validFrom: dayKeyOf(agency.validFrom),
    validTo: dayKeyOf(agency.validTo),
  }
  const owed: { period: string; deadline: DateKey }[] = []
  for (const period of months) {
    const numbers = await charterNumbersOn(req, settingsDayOf(period))
    const deadline = reportDeadline(period, numbers.reportBeforeDay)
    if (deadline < day && expectedAgencies([info], period, numbers.dataEndDay).length) {
      owed.push({ period, deadline })
    }
  }
  if (owed.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'reports',
    where: {
      and: [{ agency: { equals: agency.id } }, { period: { in: owed.map((row) => row.period) } }],
    },
    select: { period: true, status: true, submittedAt: true },
    ...system(req),
  })
  const sentOn = new Map<string, DateKey>()
  for (const report of docs) {
    if (report.status === 'draft' || !report.submittedAt) continue
    const on = toVnDateKey(report.submittedAt)
    const known = sentOn.get(report.period)
    if (!known || on < known) sentOn.set(report.period, on)
  }
  return owed.map((row) => ({ ...row, submittedOn: sentOn.get(row.period) ?? null }))
}

const UNKNOWN_AGENCY = {
  vi: 'Không tìm thấy cơ quan, đơn vị cần đôn đốc.',
  en: 'The agency to urge was not found.',
}

/** The request body {agency, asOf?}: the agency read, the day checked (Vietnam time). */
const inputOf = async (req: PayloadRequest): Promise<{ agency: AgencyRow; day: DateKey }> => {
  await addDataAndFileToRequest(req)
  const body = (req.data ?? {}) as { agency?: unknown; asOf?: unknown }
  const today = vnToday()
  const day = body.asOf == null || body.asOf === '' ? today : body.asOf
  assertField(
    isDateKey(day) && day <= today,
    req,
    'asOf',
    {
      vi: `Ngày tổng hợp phải là một ngày hợp lệ (năm-tháng-ngày), không sau hôm nay (${formatDayKey(today)}).`,
      en: `The as-of day must be a valid date (YYYY-MM-DD), not after today (${formatDayKey(today)}).`,
    },
    COLLECTION,
  )
  const id = recordIdOf(body.agency)
  const agency =
    id === null
      ? null
      : await req.payload.findByID({
          collection: 'agencies',
          id,
          select: { name: true, kind: true, validFrom: true, validTo: true },
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  assertField(agency != null, req, 'agency', UNKNOWN_AGENCY, COLLECTION)
  return { agency: agency as AgencyRow, day: day as DateKey }
}

/**
 * R7.2: drafts the urging letter to an agency from its overdue tasks and its late or missing
 * monthly reports as of a day: the register's draft, its DOCX (Decree 30 layout) as the file.
 * Nothing to urge is refused with a message, never an empty letter. Issued through the register.
 */
export const draftUrgingLetter = async (req: PayloadRequest): Promise<Document> => {
  const { agency, day } = await inputOf(req)
  return draftUrgingLetterFor(req, agency, day)
}

/** The letter to a known agency as of a day (the endpoint's work; the demo seed calls it too). */
export const draftUrgingLetterFor = async (
  req: PayloadRequest,
  agency: AgencyRow,
  day: DateKey,
): Promise<Document> => {
  const [taskRows, reportRows] = await Promise.all([
    tasksOf(req, agency.id),
    reportsOf(req, agency, day),
  ])
  const tasks = overdueTasksOn(taskRows, day)
  const reports = lateReportsOn(reportRows, day)
  assertVerdict(checkSomethingToUrge(agency.name, tasks, reports, day), req, COLLECTION)

  const [calendar, body, settings] = await Promise.all([
    workingCalendarOf(req, yearsAround(day)),
    issuingBodyOf(req, day),
    req.payload.findGlobal({ slug: 'charter-settings', depth: 0, overrideAccess: true, req }),
  ])
  const answerBy = calendar.addWorkingDays(day, URGING_ANSWER_WORKING_DAYS)
  const letter = urgingLetterOf({ agencyName: agency.name, day, answerBy, tasks, reports })
  const recipients = urgingRecipients(agency.name)
  const docx = await renderUrgingDocx({
    letter,
    ...body,
    day,
    issuerSymbol: registerSettingsOf(settings.documentRegister).issuerSymbol,
    agencyName: agency.name,
    recipients,
  })
  return withTransaction(req, async () => {
    const file = await req.payload.create({
      collection: 'media',
      data: { title: `Dự thảo văn bản đôn đốc ${agency.name}`.slice(0, 250) },
      file: {
        data: docx,
        name: storedFileName(['van-ban-don-doc', day, agency.name, `cq${agency.id}`], 'docx'),
        mimetype: DOCX_MIME_TYPE,
        size: docx.length,
      },
      depth: 0,
      overrideAccess: !req.user,
      user: req.user,
      req,
    })
    return req.payload.create({
      collection: COLLECTION,
      data: {
        kind: 'urging-letter',
        title: URGING_TITLE,
        urgedAgency: agency.id as number,
        recipients,
        file: file.id,
        // The register sets it (a draft until issued).
        status: 'draft',
      },
      depth: 0,
      overrideAccess: !req.user,
      user: req.user,
      req,
    })
  })
}
