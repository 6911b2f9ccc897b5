#!/usr/bin/env bash
# Runs a Payload CLI command through SWC and checks that it did its work: on Node 20 the CLI
# sometimes exits 0 having done nothing, so a silent run is retried.
set -euo pipefail
cd "$(dirname "$0")/.."
command="$1"
shift || true

# What each command prints when it has really run.
case "$command" in
  generate:types) expected='Compiling TS types' ;;
  generate:importmap) expected='import map' ;;
  migrate) expected='Done|No migrations' ;;
  migrate:create) expected='Migration created|No schema changes' ;;
  *) expected='.' ;;
esac

for attempt in 1 2 3; do
  log=$(mktemp)
  if ! npx payload --use-swc "$command" "$@" 2>&1 | tee "$log"; then
    rm -f "$log"
    exit 1
  fi
  if grep -qE "$expected" "$log"; then
    rm -f "$log"
    exit 0
  fi
  rm -f "$log"
  echo "payload $command did nothing (attempt $attempt); retrying" >&2
done
echo "payload $command failed three times" >&2
exit 1
