#!/usr/bin/env bash
# npm run demo: the product with demo data on the embedded SQLite database, at
# http://localhost:3000/admin. Safe to run again: migrations and the seed are idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f .env ]; then
  secret=$(node -e "console.log(require('node:crypto').randomBytes(32).toString('hex'))")
  sed "s/^PAYLOAD_SECRET=.*/PAYLOAD_SECRET=${secret}/" .env.example > .env
  echo "Created .env with a random PAYLOAD_SECRET."
fi
mkdir -p data

bash scripts/retry-stalled.sh npm run --silent migrate
bash scripts/retry-stalled.sh npm run --silent seed | tee data/demo-logins.txt

# Build once, and again whenever a source file is newer than the last build.
if [ ! -f .next/BUILD_ID ] || [ -n "$(find payload.config.ts collections hooks dashboards src seed \
    -newer .next/BUILD_ID -type f -print -quit 2>/dev/null)" ]; then
  npm run --silent build
fi

port=${PORT:-3000}
echo
echo "Taskforce 06 is starting at http://localhost:${port}/admin"
echo "Logins are listed above (and in data/demo-logins.txt)."
# The jobs queue (outbox, reminders) starts with the server (src/instrumentation.ts).
exec npx next start -p "$port"
