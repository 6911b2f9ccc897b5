#!/usr/bin/env bash
# Creates a migration for both SQL adapters from the current config: npm run migrate:create -- <name>
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: npm run migrate:create -- <name>}
mkdir -p migrations/sqlite migrations/postgres

# SQLite: diff against a scratch database that has every committed migration applied.
scratch=$(mktemp -d)
DATABASE_URL="file:${scratch}/scratch.db" bash scripts/payload.sh migrate
DATABASE_URL="file:${scratch}/scratch.db" bash scripts/payload.sh migrate:create "$name"

# PostgreSQL: the same against a scratch database on the local server.
base=${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
db="tf06_migrate_$$"
psql "$base" -qc "CREATE DATABASE ${db}"
trap 'psql "$base" -qc "DROP DATABASE IF EXISTS ${db} WITH (FORCE)"; rm -rf "$scratch"' EXIT
pg_url="${base%/*}/${db}"
DATABASE_URL="$pg_url" bash scripts/payload.sh migrate
DATABASE_URL="$pg_url" bash scripts/payload.sh migrate:create "$name"
