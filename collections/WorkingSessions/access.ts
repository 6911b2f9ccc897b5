import { agencyScopedRead, orgEditors } from '../../src/access'

// R12.2: the standing body records the sessions; an agency reads its own, read-all roles all.
export const readWorkingSessions = agencyScopedRead('agency')
export const writeWorkingSessions = orgEditors
