import type { CollectionConfig, Config, SanitizedConfig } from 'payload'

import { adminOnly } from '../access'
import { isAdmin } from '../access/roles'
import { deliverNotificationTask } from './deliverNotification'
import { reportRemindersTask } from './reportReminders'

// The jobs queue and its collection are for administrators only.
const adminAccess = ({ req }: { req: { user?: unknown } }) =>
  isAdmin(req.user as Parameters<typeof isAdmin>[0])

/** Whether this process runs the queue by itself (the server: yes; tests and scripts: no). */
const autoRunning = () => process.env.NODE_ENV !== 'test' && process.env.JOBS_AUTORUN !== '0'

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
  tasks: [deliverNotificationTask, reportRemindersTask],
  // The server runs the default queue (the outbox) every minute and schedules its tasks' crons
  // (report reminders, hourly); tests queue and run jobs themselves, and a script that migrates
  // or inspects a database sets JOBS_AUTORUN=0 (no job may touch tables not yet migrated).
  autoRun: [
    {
      cron: '* * * * *',
      queue: 'default',
      limit: 20,
      disableScheduling: !autoRunning(),
    },
  ],
  shouldAutoRun: autoRunning,
  deleteJobOnComplete: false,
}

/**
 * Scheduling (report reminders) makes Payload add its bookkeeping global `payload-jobs-stats`
 * with its default access, any logged-in user; whoever edits it can hold back scheduled jobs.
 * Applied to the built config: administrators only.
 */
export const lockJobStats = (config: SanitizedConfig): SanitizedConfig => {
  const stats = config.globals.find((global) => global.slug === 'payload-jobs-stats')
  if (stats) {
    stats.access = {
      ...stats.access,
      read: adminOnly,
      readVersions: adminOnly,
      update: adminOnly,
    }
  }
  return config
}
