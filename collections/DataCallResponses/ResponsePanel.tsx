import type { UIFieldServerProps } from 'payload'

import { isOrgEditor } from '../../src/access/roles'
import { ResponsePanelView } from './ResponsePanelView'

/** Side panel of a response: send, accept, return (R7.5). */
export const ResponsePanel = async ({ id, req, data }: UIFieldServerProps) => {
  if (id === undefined || id === null) return null
  return (
    <ResponsePanelView
      id={id}
      status={String(data?.status ?? 'pending')}
      standingBody={isOrgEditor(req.user)}
    />
  )
}
