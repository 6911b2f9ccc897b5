import { agencyScopedRead } from '../../src/access'

/** The read-all roles read every seat; a reporter those of his/her agency. */
export const readMembers = agencyScopedRead('agency')
