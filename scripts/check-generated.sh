#!/usr/bin/env bash
# Fails when payload-types.ts, the admin import map, the rule coverage table or the hook chains table
# is stale: regenerates them and diffs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PAYLOAD_SECRET=${PAYLOAD_SECRET:-check-generated}
export DATABASE_URL=${DATABASE_URL:-file:$(mktemp -d)/check.db}
bash scripts/payload.sh generate:types >/dev/null
bash scripts/payload.sh generate:importmap >/dev/null
npm run --silent rules:coverage >/dev/null
npm run --silent hooks:table >/dev/null
if ! git diff --exit-code -- payload-types.ts 'src/app/(payload)/admin/importMap.js' docs/rule-coverage.md docs/hook-chains.md; then
  echo "Generated files are stale: run npm run generate:types, generate:importmap, rules:coverage and hooks:table, then commit." >&2
  exit 1
fi
echo "payload-types.ts, the import map, docs/rule-coverage.md and docs/hook-chains.md are current."
