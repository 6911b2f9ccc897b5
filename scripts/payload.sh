#!/usr/bin/env bash
# Runs a Payload CLI command through SWC and checks that it did its work.
#
# --conditions=development: Lexical's default Node entry (*.node.mjs) picks its development or
# production build with a top-level await of a dynamic import; on Node 20 a graph of such modules
# importing each other sometimes never settles, and the CLI (which does not await its own start)
# then exits 0 having done nothing, about one run in eight on a busy machine. Naming the build by
# condition loads it directly. A run that still prints nothing is retried (idempotent commands).
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
  if ! node --conditions=development node_modules/payload/bin.js --use-swc "$command" "$@" 2>&1 | tee "$log"; then
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
