import { withRoles } from '../../src/access'

/** The outbox shows to administrators, the secretariat and the leaders; the system writes it. */
export const readNotifications = withRoles('admin', 'secretariat', 'leader')
