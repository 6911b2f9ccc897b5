import type { CollectionConfig, Config } from 'payload'

import { adminOnly } from '../access'
import { isAdmin } from '../access/roles'
import { deliverNotificationTask } from './deliverNotification'
import { sendEmailTask } from './sendEmail'

// The jobs queue and its collection are for administrators only.
const adminAccess = ({ req }: { req: { user?: unknown } }) =>
  isAdmin(req.user as Parameters<typeof isAdmin>[0])

export const jobsConfig: Config['jobs'] = {
  access: { queue: adminAccess, run: adminAccess, cancel: adminAccess },
  jobsCollectionOverrides: ({ defaultJobsCollection }): CollectionConfig => ({
    ...defaultJobsCollection,
    access: {
      read: adminOnly,
      create: adminOnly,
      update: adminOnly,
      delete: adminOnly,
      readVersions: adminOnly,
      unlock: adminOnly,
    },
  }),
  tasks: [sendEmailTask, deliverNotificationTask],
  // The server runs the default queue (the outbox) every minute; tests run jobs themselves.
  autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
  shouldAutoRun: () => process.env.NODE_ENV !== 'test',
  deleteJobOnComplete: false,
}
