import type { PayloadRequest } from 'payload'

import { storedDataPeriod } from '../../hooks/rules/reportPeriods'
import type { SupportGroupReport } from '../../payload-types'
import { recipientLines } from '../documents/decree30'
import { provinceOn } from '../documents/issuers'
import type { SupportGroupReportView } from '../documents/supportGroupReportDocx'
import type { Id } from '../lib/ids'
import type { SupportGroupFigures } from './figures'

// What the DOCX of a Support Group report shows, with names in place of ids: the header from the
// data (the province's committee in office that day, the Support Group's own name).

const upper = (text: string) => text.toLocaleUpperCase('vi')

/** "Tổ giúp việc Tổ công tác Đề án 06 tỉnh Quảng Nam" → "TỔ GIÚP VIỆC TỔ CÔNG TÁC ĐỀ ÁN 06". */
export const supportGroupIssuer = (name: string, place: string): string => {
  const suffix = place ? new RegExp(`\\s+(tỉnh|thành phố)\\s+${place}$`, 'i') : null
  return upper(suffix ? name.replace(suffix, '') : name)
}

export const supportGroupReportViewOf = async (
  req: PayloadRequest,
  doc: SupportGroupReport,
  issue: { symbol: string; day: string; signatureBlock: string[]; signer: Id; group: Id },
): Promise<SupportGroupReportView> => {
  const [province, group, signer] = await Promise.all([
    provinceOn(req, issue.day),
    req.payload.findByID({
      collection: 'working-groups',
      id: issue.group,
      select: { name: true },
      depth: 0,
      overrideAccess: true,
      req,
    }),
    req.payload.findByID({
      collection: 'users',
      id: issue.signer,
      select: { fullName: true },
      depth: 0,
      overrideAccess: true,
      req,
    }),
  ])
  return {
    period: doc.period ?? '',
    superior: province.superior,
    issuer: supportGroupIssuer(group.name, province.place),
    symbol: issue.symbol,
    place: province.place,
    day: issue.day,
    summary: doc.title ?? '',
    dataPeriod: storedDataPeriod(doc),
    figures: doc.figures as unknown as SupportGroupFigures,
    nextSteps: doc.nextSteps ?? '',
    proposals: doc.proposals ?? '',
    recipients: recipientLines(doc.recipients),
    signature: { lines: issue.signatureBlock, name: signer.fullName ?? null },
  }
}
