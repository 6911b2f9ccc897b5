import type { UIFieldServerProps } from 'payload'

import { reportPanelSummary } from '../panel'
import { ReportPanelView } from './ReportPanelView'

/** Side panel of a monthly report: its state, the submission receipt and the actions. */
export const ReportPanel = async ({ id, req }: UIFieldServerProps) => {
  const summary = id === undefined || id === null ? null : await reportPanelSummary(req, id)
  return <ReportPanelView summary={summary} />
}
