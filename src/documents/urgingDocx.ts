import {
  REPORT_COLUMNS,
  TASK_COLUMNS,
  URGING_TITLE,
  type UrgingLetter,
} from '../../hooks/rules/urging'
import type { DateKey } from '../lib/clock'
import { recipientLines, dataTable, heading, paragraph, renderDecree30 } from './decree30'

// R7.2: the urging letter (văn bản đôn đốc) in the Decree 30 layout: a công văn of the Working
// Group to one agency, its overdue tasks and late or missing reports in two tables, the requests
// and the day to answer by. The number is left blank: the register gives it on issue.

export type UrgingDocxInput = {
  letter: UrgingLetter
  superior: string | null
  issuer: string
  place: string
  day: DateKey
  /** The register's symbol of the issuer ("TCT"): "Số:    /TCT" until issued. */
  issuerSymbol: string
  agencyName: string
  recipients: string
}

const body = ({ letter, agencyName }: UrgingDocxInput) => [
  paragraph(`Kính gửi: ${agencyName}.`, { bold: true }),
  paragraph(letter.opening),
  ...(letter.tasksHeading
    ? [heading(letter.tasksHeading), dataTable(TASK_COLUMNS, letter.taskRows)]
    : []),
  ...(letter.reportsHeading
    ? [heading(letter.reportsHeading), dataTable(REPORT_COLUMNS, letter.reportRows)]
    : []),
  paragraph(`Để bảo đảm tiến độ triển khai Đề án 06, Tổ công tác đề nghị ${agencyName}:`),
  ...letter.requests.map((line) => paragraph(line)),
  paragraph(letter.closing),
]

/** The urging letter as a .docx file. */
export const renderUrgingDocx = (input: UrgingDocxInput): Promise<Buffer> =>
  renderDecree30({
    superior: input.superior,
    issuer: input.issuer,
    symbol: `      /${input.issuerSymbol}`,
    place: input.place,
    day: input.day,
    // A công văn has no kind title: its summary goes under the number (Decree 30, Annex I).
    kindTitle: '',
    summary: URGING_TITLE,
    body: body(input),
    recipients: recipientLines(input.recipients),
    signature: { lines: ['TM. TỔ CÔNG TÁC', 'TỔ TRƯỞNG'], name: null },
  })
