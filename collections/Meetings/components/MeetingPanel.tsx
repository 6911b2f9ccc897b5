import type { UIFieldServerProps } from 'payload'

import { panelSummary } from '../panel'
import { MeetingPanelView } from './MeetingPanelView'

/** Side panel of a meeting: notice deadline, attendance, voters, deliveries and the two actions. */
export const MeetingPanel = async ({ id, req, i18n }: UIFieldServerProps) => {
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const summary = id === undefined || id === null ? null : await panelSummary(req, id)
  return <MeetingPanelView language={language} summary={summary} />
}
