#!/usr/bin/env bash
# Restores a backup made by config/backup.sh: checks SHA256SUMS, replaces the database's contents and the
# archive store with the backup's.
#
#   config/restore.sh BACKUP_DIR
#
# Same variables as backup.sh (ZHAOKAO_DB_URL, ZHAOKAO_DB_USER, ZHAOKAO_DB_PASSWORD, ZHAOKAO_ARCHIVE_DIR,
# WILDFLY_HOME, H2_JAR). Stop the server first: the restore drops what the database holds now.
#   PostgreSQL: schema public dropped and recreated, then pg_restore of the dump (the database must exist).
#   H2:         DROP ALL OBJECTS, then RUNSCRIPT of the backup's SCRIPT.
#   Archive store: emptied, then unpacked from archive-store.tar.gz (left alone if the backup has none).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=config/backup-common.sh
. "$here/backup-common.sh"

[ $# -eq 1 ] || die "usage: $0 BACKUP_DIR"
in="$(cd "$1" && pwd)"
[ -f "$in/SHA256SUMS" ] || die "$in has no SHA256SUMS: not a Zhaokao backup"
(cd "$in" && sha256sum --quiet -c SHA256SUMS) || die "the backup in $in is damaged (checksums differ)"

case "$ZHAOKAO_DB_URL" in
  jdbc:postgresql:*)
    [ -f "$in/database.pgdump" ] || die "$in holds no PostgreSQL dump"
    pg_env
    # An empty schema first: the restored database holds exactly what the backup held, nothing newer.
    PGOPTIONS="--client-min-messages=warning" psql -q -v ON_ERROR_STOP=1 \
      -c "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;" > /dev/null
    pg_restore --no-owner --single-transaction --exit-on-error --dbname="$PGDATABASE" "$in/database.pgdump"
    ;;
  jdbc:h2:*)
    [ -f "$in/database.h2.sql.gz" ] || die "$in holds no H2 script"
    script="$(mktemp)"
    trap 'rm -f "$script"' EXIT
    gunzip -c "$in/database.h2.sql.gz" > "$script"
    h2 org.h2.tools.Shell -url "$ZHAOKAO_DB_URL" -user "$DB_USER" -password "$DB_PASSWORD" \
      -sql "DROP ALL OBJECTS" > /dev/null
    h2 org.h2.tools.RunScript -url "$ZHAOKAO_DB_URL" -user "$DB_USER" -password "$DB_PASSWORD" \
      -script "$script"
    ;;
  *) die "ZHAOKAO_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL, got: $ZHAOKAO_DB_URL" ;;
esac

if [ -f "$in/archive-store.tar.gz" ]; then
  mkdir -p "$ARCHIVE_DIR"
  find "$ARCHIVE_DIR" -mindepth 1 -delete
  tar -C "$ARCHIVE_DIR" -xzf "$in/archive-store.tar.gz"
fi
echo "restored from $in"
