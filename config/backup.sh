#!/usr/bin/env bash
# Backs up Zhaokao: the database and the archive store (档案库) into one directory with a SHA256SUMS file.
#
#   config/backup.sh [BACKUP_DIR]            default: ./zhaokao-backup-<UTC timestamp>
#
# What it reads (the same variables the server's datasource uses):
#   ZHAOKAO_DB_URL       jdbc:postgresql://host:port/db   → pg_dump --format=custom  → database.pgdump
#                        jdbc:h2:file:/path/zhaokao[;...]   → H2 SCRIPT, gzipped      → database.h2.sql.gz
#                        default: the embedded demo database, jdbc:h2:file:$WILDFLY_HOME/standalone/data/zhaokao/zhaokao
#   ZHAOKAO_DB_USER / ZHAOKAO_DB_PASSWORD   (defaults: sa/sa for H2, postgres/postgres for PostgreSQL)
#   ZHAOKAO_ARCHIVE_DIR  the archiving plugin's store (zhaokao.stage.archiving.storeDirectory);
#                        default: $WILDFLY_HOME/standalone/data/zhaokao-archives; skipped when absent
#   WILDFLY_HOME         default: config/target/wildfly (the server the build provisions)
#   H2_JAR               the H2 jar to run SCRIPT with; default: the one in WildFly's modules (same file format)
#
# Uploaded documents and attachments live in the database, so database + archive store is everything.
# PostgreSQL is dumped online (pg_dump takes a consistent snapshot). The H2 file database allows one process
# at a time: stop the server first (or back up PostgreSQL in production, as DESIGN.md intends).
# Restore with config/restore.sh BACKUP_DIR.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=config/backup-common.sh
. "$here/backup-common.sh"

out="${1:-./zhaokao-backup-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

case "$ZHAOKAO_DB_URL" in
  jdbc:postgresql:*)
    pg_env
    pg_dump --format=custom --no-owner --file="$out/database.pgdump" "$PGDATABASE"
    ;;
  jdbc:h2:*)
    # Plain SCRIPT, gzipped here: H2's own COMPRESSION option fails under DATABASE_TO_LOWER.
    h2 org.h2.tools.Script -url "$ZHAOKAO_DB_URL" -user "$DB_USER" -password "$DB_PASSWORD" \
      -script "$out/database.h2.sql"
    gzip -9 "$out/database.h2.sql"
    ;;
  *) die "ZHAOKAO_DB_URL must be a jdbc:postgresql: or jdbc:h2: URL, got: $ZHAOKAO_DB_URL" ;;
esac

if [ -d "$ARCHIVE_DIR" ]; then
  tar -C "$ARCHIVE_DIR" -czf "$out/archive-store.tar.gz" .
fi

printf 'url=%s\ncreated=%s\n' "$ZHAOKAO_DB_URL" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$out/backup.properties"
(cd "$out" && sha256sum -- database.* backup.properties $( [ -f archive-store.tar.gz ] && echo archive-store.tar.gz ) > SHA256SUMS)
echo "backup written to $out"
