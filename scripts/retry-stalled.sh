#!/usr/bin/env bash
# Runs a command; when Node exits 13 (its top-level await was left pending with nothing else to
# do, seen about one start in ten on SQLite and not yet traced), runs it once more. Migrations
# and the seed are idempotent, so a second run is safe. Any other status is returned as is.
"$@"
status=$?
if [ "$status" = 13 ]; then
  echo "retry-stalled: '$*' stopped with its start-up left pending (exit 13); running it again." >&2
  "$@"
  status=$?
fi
exit "$status"
