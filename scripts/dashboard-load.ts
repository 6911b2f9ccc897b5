// npm run bench:dashboard-browser [-- http://127.0.0.1:3000]: the warm dashboard's load time in
// Chromium, from the start of the navigation to every chart drawn, against a running server of
// the demo (`npm run demo` or `next start`). A measurement, not a test; target ≤ 1.5 s.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { chromium } from 'playwright-core'

import { CHART_MARKS, chartsDrawnAt } from '../test/e2e/dashboardProbe'

const baseUrl = (process.argv[2] ?? process.env.DASHBOARD_URL ?? 'http://127.0.0.1:3000').replace(
  /\/+$/,
  '',
)
const WARM_UP = 2
const RUNS = Number(process.env.RUNS ?? 9)

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

const profileDir = await mkdtemp(path.join(tmpdir(), 'taskforce06-dashboard-load-'))
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
  locale: 'vi-VN',
  timezoneId: 'Asia/Ho_Chi_Minh',
  viewport: { width: 1440, height: 1000 },
})
try {
  const page = context.pages()[0] ?? (await context.newPage())
  const login = await page.request.post(`${baseUrl}/api/users/login`, {
    data: { email: 'leader@demo.taskforce06.vn', password: 'Demo@2026' },
  })
  if (!login.ok()) throw new Error(`login as leader failed: ${login.status()}`)
  const loadOnce = async (): Promise<number> => {
    await page.goto(`${baseUrl}/admin`, { waitUntil: 'commit' })
    const drawnAt = await page.waitForFunction(chartsDrawnAt, CHART_MARKS, {
      polling: 'raf',
      timeout: 60_000,
    })
    return Number(await drawnAt.jsonValue())
  }
  // Warm: the server has compiled and cached, the browser holds the scripts.
  for (let i = 0; i < WARM_UP; i++) await loadOnce()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) times.push(await loadOnce())
  const sorted = [...times].sort((a, b) => a - b)
  console.log(`runs (ms): ${times.map((ms) => ms.toFixed(0)).join(' ')}`)
  console.log(`p95_ms=${percentile(sorted, 95).toFixed(0)}`)
  console.log(`dashboard browser warm_load_ms=${percentile(sorted, 50).toFixed(0)}`)
} finally {
  await context.close()
  await rm(profileDir, { recursive: true, force: true })
}
