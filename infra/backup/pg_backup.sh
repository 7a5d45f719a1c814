#!/usr/bin/env bash
# Dump the database (pg_dump custom format) into $BACKUP_DIR and keep the
# newest $BACKUP_KEEP dumps. Connection from the usual libpq variables
# (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE).
# Restore: pg_restore --clean --if-exists --no-owner -d "$PGDATABASE" <file>
set -euo pipefail

BACKUP_DIR="${BACKUP_DIR:-/backups}"
BACKUP_KEEP="${BACKUP_KEEP:-14}"
DB="${PGDATABASE:-somos}"

mkdir -p "$BACKUP_DIR"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
final="$BACKUP_DIR/$DB-$stamp.dump"
partial="$BACKUP_DIR/.$DB-$stamp.dump.partial"
trap 'rm -f "$partial"' EXIT

pg_dump --format=custom --no-owner --dbname="$DB" --file="$partial"
pg_restore --list "$partial" >/dev/null # the dump is readable, not truncated
mv "$partial" "$final"
echo "pg_backup: wrote $final ($(du -h "$final" | cut -f1))"

# retention: newest first, delete everything after the first $BACKUP_KEEP
mapfile -t dumps < <(ls -1t "$BACKUP_DIR/$DB"-*.dump 2>/dev/null)
for old in "${dumps[@]:$BACKUP_KEEP}"; do
    rm -f -- "$old"
    echo "pg_backup: removed $old"
done
