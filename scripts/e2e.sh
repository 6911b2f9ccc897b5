#!/usr/bin/env bash
# npm run test:e2e: the end-to-end suite against a production build on a throwaway SQLite database.
#   E2E_SKIP_BUILD=1  reuse the existing .next build
#   E2E_PORT=3100     port of the server under test
# Extra arguments go to vitest (e.g. a test file). Exits with vitest's status.
set -euo pipefail
cd "$(dirname "$0")/.."

# One run at a time on a machine: runs share the .next build directory.
exec 9>"${TMPDIR:-/tmp}/taskforce06-e2e.lock"
flock 9

port=${E2E_PORT:-3100}
base_url="http://127.0.0.1:${port}"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/taskforce06-e2e.XXXXXX")
server_pid=

cleanup() {
  local status=$?
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    # The server runs in its own session (setsid): stop npx, next and its workers together.
    kill -TERM -- "-$server_pid" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'echo "e2e: failed (exit $?) at line ${LINENO}: ${BASH_COMMAND}" >&2' ERR
trap 'exit 130' INT
trap 'exit 143' TERM

if curl -s -o /dev/null --max-time 2 "${base_url}/"; then
  echo "e2e: something already listens on port ${port}; set E2E_PORT to a free port." >&2
  exit 1
fi

# Everything the app reads from the environment: CI runs on a clean clone without .env, and a
# local .env never takes precedence over these.
export DATABASE_URL="file:${tmp}/e2e.db"
export MEDIA_DIR="${tmp}/media"
export PAYLOAD_SECRET="e2e-$(node -e "process.stdout.write(require('node:crypto').randomBytes(24).toString('hex'))")"
export NEXT_TELEMETRY_DISABLED=1
mkdir -p "$MEDIA_DIR"

echo "e2e: database ${DATABASE_URL}"
bash scripts/retry-stalled.sh npm run --silent migrate
bash scripts/retry-stalled.sh npm run --silent seed

if [ "${E2E_SKIP_BUILD:-}" != 1 ]; then
  npm run --silent build
elif [ ! -f .next/BUILD_ID ]; then
  echo "e2e: E2E_SKIP_BUILD=1 but there is no build (.next/BUILD_ID); run without it." >&2
  exit 1
fi

echo "e2e: starting the server on ${base_url} (log: ${tmp}/server.log)"
setsid npx next start -p "$port" >"${tmp}/server.log" 2>&1 &
server_pid=$!

ready=0
for _ in $(seq 1 120); do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    break
  fi
  if curl -sf -o /dev/null --max-time 5 "${base_url}/api/users/me"; then
    ready=1
    break
  fi
  sleep 0.5
done
if [ "$ready" != 1 ]; then
  echo "e2e: the server did not answer ${base_url}/api/users/me within 60 s. Its log:" >&2
  cat "${tmp}/server.log" >&2
  exit 1
fi

export E2E_BASE_URL="$base_url"
status=0
npx vitest run --project e2e "$@" || status=$?
if [ "$status" != 0 ]; then
  echo "e2e: vitest failed; the last lines of the server log:" >&2
  tail -n 60 "${tmp}/server.log" >&2
fi
exit "$status"
