#!/usr/bin/env bash
# Runs a Payload CLI command through SWC and checks that it did its work: on Node 20 the CLI
# sometimes exits 0 having done nothing, so a silent run is retried.
set -euo pipefail
cd "$(dirname "$0")/.."
command="$1"
shift || true


for attempt in 1 2 3; do
  case "$command" in
    generate:types) target=payload-types.ts ;;
    generate:importmap) target='src/app/(payload)/admin/importMap.js' ;;
    *) target= ;;
  esac
  [ -n "$target" ] && touch -d '2000-01-01' "$target" 2>/dev/null || true
  log=$(mktemp)
  if ! npx payload --use-swc "$command" "$@" 2>&1 | tee "$log"; then
    rm -f "$log"; exit 1
  fi
  ok=0
  case "$command" in
    generate:types|generate:importmap)
      # The CLI writes (or at least touches) the file when it runs.
      [ "$(stat -c %Y "$target")" -gt 946771200 ] && ok=1 ;;
    migrate)
      grep -qiE 'done|no migrations|migrat' "$log" && ok=1 ;;
    *) [ -s "$log" ] && ok=1 ;;
  esac
  rm -f "$log"
  [ "$ok" = 1 ] && exit 0
  echo "payload $command did nothing (attempt $attempt); retrying" >&2
done
echo "payload $command failed three times" >&2
exit 1
