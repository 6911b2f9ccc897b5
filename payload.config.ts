import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections, globals, systemGlobals } from './collections'
import { dashboardCsvEndpoint } from './dashboards/csvEndpoint'
import { MAX_UPLOAD_BYTES } from './collections/Media'
import { jobsConfig, lockJobStats } from './src/jobs'
import { guardDocumentLocks } from './src/access/lockedDocuments'
import { adminWords } from './src/i18n/adminWords'
import { plainErrors } from './src/lib/plainErrors'
import { databaseAdapter } from './src/db/adapter'
import { emailAdapter } from './src/email/adapter'
import { csrfOrigins } from './src/lib/csrf'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const secret = (): string => {
  const value = process.env.PAYLOAD_SECRET
  if (value) return value
  throw new Error(
    'PAYLOAD_SECRET is not set: copy .env.example to .env (npm run demo does it for you).',
  )
}

export default buildConfig({
  secret: secret(),
  serverURL: process.env.SERVER_URL || undefined,
  csrf: csrfOrigins(),
  admin: {
    user: 'users',
    avatar: 'default',
    dateFormat: 'dd/MM/yyyy HH:mm',
    timezones: {
      supportedTimezones: [{ label: 'Việt Nam (GMT+7)', value: 'Asia/Ho_Chi_Minh' }],
      defaultTimezone: 'Asia/Ho_Chi_Minh',
    },
    meta: {
      titleSuffix: ' · Tổ công tác Đề án 06',
      description: 'Điều hành Tổ công tác triển khai Đề án 06 của tỉnh',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
      openGraph: { siteName: 'Tổ công tác Đề án 06', title: 'Tổ công tác Đề án 06' },
    },
    importMap: { baseDir: dirname },
    components: {
      graphics: { Logo: '/src/app/branding/Logo#Logo', Icon: '/src/app/branding/Icon#Icon' },
      views: {
        dashboard: { Component: '/dashboards/view/DashboardView#DashboardView' },
        // R2.2: the members' accountability, reached from the dashboard.
        accountability: {
          Component: '/dashboards/view/accountability/AccountabilityView#AccountabilityView',
          path: '/accountability',
        },
      },
    },
  },
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
    translations: adminWords,
  },
  // Copies: Payload appends its own internal collections to the arrays it is given.
  collections: [...collections],
  globals: [...globals, ...systemGlobals],
  endpoints: [dashboardCsvEndpoint],
  hooks: { afterError: [plainErrors] },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  email: emailAdapter(),
  jobs: jobsConfig,
  graphQL: { disable: true },
  defaultDepth: 1,
  // Relationships populate at most two levels deep (the admin reads at depth 0–1): a REST client's
  // `depth=10` on a list would otherwise build hundreds of MB of JSON.
  maxDepth: 2,
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
}).then(lockJobStats).then(guardDocumentLocks)
