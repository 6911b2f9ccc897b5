import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['test/int/**/*.test.ts'],
          globalSetup: ['test/helpers/globalDatabase.ts'],
          setupFiles: ['test/helpers/setupDatabase.ts'],
          // One database, media folder and SMTP port per test file, made by the setup file and
          // the file itself, so two files run at once (one per core of a CI machine).
          pool: 'forks',
          maxWorkers: 2,
          // After the unit project (Vitest runs projects with different worker counts in turn).
          sequence: { groupOrder: 1 },
          // A limit against hangs, not a speed target (those are benchmarks): generous for a
          // busy two-core machine.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Against a running production build: scripts/e2e.sh starts it and sets E2E_BASE_URL.
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Starts and kills production servers itself on the existing .next build:
          // scripts/crash-test.sh.
          name: 'crash',
          include: ['test/crash/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
