// npm run bench:dashboard-browser [-- http://127.0.0.1:3000]: warm load times in Chromium against
// a running server of the demo (`npm run demo` or `next start`), each from the start of the
// navigation: the leader's dashboard until every chart is drawn (target 0.6 s), the admin's task
// list until its rows are drawn (0.8 s), and a heatmap cell's drill-down until the records behind
// it are listed (1 s). A measurement, not a test.
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
  /** From the navigation to the list's first row (or its empty state) drawn. */
  const listOnce = (url: string) => async (): Promise<number> => {
    const started = Date.now()
    await page.goto(url, { waitUntil: 'commit' })
    await page
      .locator('.table tbody tr, .collection-list__no-results')
      .first()
      .waitFor({ timeout: 60_000 })
    return Date.now() - started
  }
  // Warm: the server has compiled and cached, the browser holds the scripts.
  const measure = async (name: string, once: () => Promise<number>) => {
    for (let i = 0; i < WARM_UP; i++) await once()
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) times.push(await once())
    const sorted = [...times].sort((a, b) => a - b)
    console.log(`${name} runs (ms): ${times.map((ms) => ms.toFixed(0)).join(' ')}`)
    console.log(
      `${name} browser warm_load_ms=${percentile(sorted, 50).toFixed(0)} p95_ms=${percentile(sorted, 95).toFixed(0)}`,
    )
  }
  await measure('dashboard', loadOnce)
  // A cell of the timeliness heatmap that opens records (the first one that is a link).
  const cell = await page
    .locator('[data-widget="heatmap"] a.dashboard-cell')
    .first()
    .getAttribute('href')
  await measure('task-list', listOnce(`${baseUrl}/admin/collections/tasks`))
  if (cell) await measure('drill-down', listOnce(new URL(cell, baseUrl).toString()))
} finally {
  await context.close()
  await rm(profileDir, { recursive: true, force: true })
}
