#!/usr/bin/env bash
# npm run test:crash: the crash-under-load, jobs-on-start and backup/restore tests (test/crash) on
# SQLite and PostgreSQL, against the existing production build (.next, made by `npm run build` or
# the e2e step). CRASH_DATABASES=sqlite limits the run to one database.
# Extra arguments go to vitest. Exits with vitest's status.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f .next/BUILD_ID ]; then
  echo "crash-test: no production build (.next/BUILD_ID); run npm run build first." >&2
  exit 1
fi
for tool in pg_dump pg_restore psql tar; do
  command -v "$tool" >/dev/null || { echo "crash-test: $tool is not on PATH." >&2; exit 1; }
done

# Shares the e2e lock: both use the .next build, which an e2e run may be rebuilding.
exec 9>"${TMPDIR:-/tmp}/taskforce06-e2e.lock"
flock 9

exec npx vitest run --project crash "$@"
