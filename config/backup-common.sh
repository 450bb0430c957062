# Shared by backup.sh and restore.sh: the database URL, credentials, archive store and the H2 tool runner.
# shellcheck shell=bash
die() { echo "error: $*" >&2; exit 2; }

WILDFLY_HOME="${WILDFLY_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/target/wildfly}"
ZHAOKAO_DB_URL="${ZHAOKAO_DB_URL:-jdbc:h2:file:$WILDFLY_HOME/standalone/data/zhaokao/zhaokao;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}"
ARCHIVE_DIR="${ZHAOKAO_ARCHIVE_DIR:-$WILDFLY_HOME/standalone/data/zhaokao-archives}"
case "$ZHAOKAO_DB_URL" in
  jdbc:h2:*) DB_USER="${ZHAOKAO_DB_USER:-sa}"; DB_PASSWORD="${ZHAOKAO_DB_PASSWORD:-sa}" ;;
  *) DB_USER="${ZHAOKAO_DB_USER:-postgres}"; DB_PASSWORD="${ZHAOKAO_DB_PASSWORD:-postgres}" ;;
esac

# Exports libpq's variables from jdbc:postgresql://host[:port]/db.
pg_env() {
  local rest="${ZHAOKAO_DB_URL#jdbc:postgresql://}"
  rest="${rest%%\?*}"
  local hostport="${rest%%/*}"
  export PGDATABASE="${rest#*/}" PGHOST="${hostport%%:*}" PGUSER="$DB_USER" PGPASSWORD="$DB_PASSWORD"
  if [[ "$hostport" == *:* ]]; then export PGPORT="${hostport##*:}"; else export PGPORT=5432; fi
}

# Runs an H2 tool class with the H2 jar the server uses (its file format must match).
h2() {
  local jar="${H2_JAR:-}"
  if [ -z "$jar" ]; then
    jar="$(ls "$WILDFLY_HOME"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar 2>/dev/null | head -1 || true)"
  fi
  [ -n "$jar" ] && [ -f "$jar" ] || die "no H2 jar: set H2_JAR or WILDFLY_HOME"
  java -cp "$jar" "$@"
}
