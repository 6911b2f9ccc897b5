import type { UIFieldServerProps } from 'payload'

import { aggregatePanelSummary } from '../panel'
import { AggregatePanelView } from './AggregatePanelView'

/** Side panel of an aggregate report: deadline, counts, the DOCX/XLSX links and the actions. */
export const AggregatePanel = async ({ id, req, i18n }: UIFieldServerProps) => {
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const summary = id === undefined || id === null ? null : await aggregatePanelSummary(req, id)
  return <AggregatePanelView language={language} summary={summary} />
}
