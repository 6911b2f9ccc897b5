#!/usr/bin/env bash
# Runs a command; when Node exits 13 (a top-level await left pending with nothing else to do),
# runs it once more. The known cause, Lexical's top-level-await entry on Node 20, is avoided by
# --conditions (scripts/payload.sh, package.json); this stays as a guard for the demo and the
# browser tests. Migrations and the seed are idempotent, so a second run is safe. Any other
# status is returned as is.
"$@"
status=$?
if [ "$status" = 13 ]; then
  echo "retry-stalled: '$*' stopped with its start-up left pending (exit 13); running it again." >&2
  "$@"
  status=$?
fi
exit "$status"
