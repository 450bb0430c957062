#!/usr/bin/env bash
# The load harness (issue 12): starts the built server on PostgreSQL, loads a generated national-scale data set,
# runs the Gatling scenarios and pgbench, prints one table and writes target/report.json and target/report.md.
# Needs a built tree (mvn -q install -DskipTests at the root), PostgreSQL on 127.0.0.1:5432, psql and pgbench.
#
# Settings (environment):            default    short run
#   BENCH_CANDIDATES                 500000     20000
#   BENCH_POSITIONS                  10000
#   BENCH_WARMUP / BENCH_MEASURE     120 / 60   10 / 20   (seconds)
#   BENCH_USERS                      32         concurrent virtual users per scenario
#   BENCH_APPLY_USERS                32         candidates in the apply/withdraw loop
#   BENCH_RUSH                       5000       2000      candidates applying to one position at once; they log
#                                               in first, arriving at 70 % of the measured login rate
#   BENCH_HEAP                       2g         server heap (WildFly's default 512 MB runs out at 32 concurrent
#                                               logins: Argon2id takes 19 MiB per hash)
#   BENCH_OFFSET                     700        port offset (HTTP 8080+offset, management 9990+offset)
#   PGHOST/PGPORT/PGUSER/PGPASSWORD  127.0.0.1 / 5432 / postgres / postgres; database zk_bench (recreated)
#   BENCH_SKIP_SERVER=1              reuse a server already started by this script (data already loaded)
# ./run.sh --short sets the short values above.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
TARGET="$HERE/target"
if [[ "${1:-}" == "--short" ]]; then
  : "${BENCH_CANDIDATES:=20000}" "${BENCH_WARMUP:=10}" "${BENCH_MEASURE:=20}" "${BENCH_RUSH:=2000}"
fi
CANDIDATES="${BENCH_CANDIDATES:-500000}"
POSITIONS="${BENCH_POSITIONS:-10000}"
WARMUP="${BENCH_WARMUP:-120}"
MEASURE="${BENCH_MEASURE:-60}"
USERS="${BENCH_USERS:-32}"
APPLY_USERS="${BENCH_APPLY_USERS:-32}"
RUSH="${BENCH_RUSH:-5000}"
OFFSET="${BENCH_OFFSET:-700}"
HEAP="${BENCH_HEAP:-2g}"
HTTP_PORT=$((8080 + OFFSET))
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export PGPASSWORD="${PGPASSWORD:-postgres}"
DB=zk_bench
MVN=(mvn -q -f "$HERE/pom.xml" ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL})
FIRST_ACCOUNT=10000000
FIRST_POSITION=20000000
SERVER="$TARGET/wildfly"
KEYS="$TARGET/zhaokao-keys.properties"
BASE="http://127.0.0.1:$HTTP_PORT"

if (( RUSH * 2 > CANDIDATES )); then
  echo "BENCH_RUSH ($RUSH) must be at most half of BENCH_CANDIDATES ($CANDIDATES)" >&2
  exit 2
fi
[[ -d "$ROOT/config/target/wildfly/standalone/deployments" && -f "$ROOT/ear/target/zhaokao.ear" ]] || {
  echo "No built server: run 'mvn -q install -DskipTests' at $ROOT first" >&2
  exit 2
}
mkdir -p "$TARGET"
q() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

start_server() {
  echo "== server: copy of config/target/wildfly on PostgreSQL database $DB, port offset $OFFSET"
  rm -rf "$SERVER" "$KEYS"
  cp -a "$ROOT/config/target/wildfly" "$SERVER"
  rm -rf "$SERVER/standalone/data" "$SERVER/standalone/log" "$SERVER/standalone/tmp" \
    "$SERVER/standalone/configuration/standalone_xml_history" \
    "$SERVER/standalone/configuration/zhaokao-keys.properties"
  "$SERVER/bin/jboss-cli.sh" --file="$ROOT/config/cli/datasource-postgres.cli" > "$TARGET/cli.log"
  rm -f "$SERVER"/standalone/deployments/*.ear* "$SERVER"/standalone/deployments/*.war*
  cp "$ROOT/ear/target/zhaokao.ear" "$ROOT"/modules/*/target/zhaokao-*.war "$SERVER/standalone/deployments/"
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  JBOSS_JAVA_SIZING="-Xms$HEAP -Xmx$HEAP" \
  ZHAOKAO_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" ZHAOKAO_DB_USER="$PGUSER" ZHAOKAO_DB_PASSWORD="$PGPASSWORD" \
    nohup "$SERVER/bin/standalone.sh" -c standalone-full.xml -Djboss.socket.binding.port-offset="$OFFSET" \
    -Dzhaokao.demo=true -Dzhaokao.keys.file="$KEYS" > "$TARGET/server.out" 2>&1 &
  echo $! > "$TARGET/server.pid"
  for _ in $(seq 1 300); do
    if curl -fs "$BASE/zhaokao/api/v1/health" > /dev/null 2>&1 \
      && [[ "$(q -tA -c "SELECT count(*) FROM pg_tables WHERE tablename = 'core_position'" 2>/dev/null)" == 1 ]] \
      && [[ "$(q -tA -c "SELECT count(*) FROM core_recruitment WHERE code = '2026-DEMO-01'" 2>/dev/null)" == 1 ]]; then
      echo "   up after ${SECONDS}s"
      return
    fi
    sleep 2
  done
  echo "server did not come up, see $TARGET/server.out" >&2
  exit 1
}

load_data() {
  echo "== data: $POSITIONS positions, $CANDIDATES candidates"
  local t0=$SECONDS
  q -v recruitment="$RECRUITMENT" -v positions="$POSITIONS" -v first_position="$FIRST_POSITION" \
    -f "$HERE/sql/positions.sql"
  "${MVN[@]}" exec:java -Dexec.args="$KEYS $CANDIDATES $FIRST_ACCOUNT $TARGET/data"
  q -v dir="$TARGET/data" -f "$HERE/sql/candidates.sql"
  echo "   loaded in $((SECONDS - t0))s"
}

gatling() { # scenario simulation extra-properties...
  local scenario=$1 simulation=$2
  shift 2
  echo "== scenario $scenario"
  rm -rf "$TARGET/gatling-$scenario" "$TARGET/gatling"
  "${MVN[@]}" gatling:test -Dgatling.simulationClass="org.zhaokao.bench.load.$simulation" \
    -Dbench.base="$BASE" -Dbench.warmup="$WARMUP" \
    -Dbench.measure="$MEASURE" -Dbench.users="$USERS" -Dbench.recruitment="$RECRUITMENT" \
    -Dbench.password=Kaosheng-Demo-2026 -Dbench.noticeVersion="$NOTICE" -Dbench.pledgeVersion="$PLEDGE" \
    -Dbench.firstPosition="$FIRST_POSITION" -Dbench.positions="$POSITIONS" "$@" > "$TARGET/gatling-$scenario.log" 2>&1 \
    || { echo "   gatling failed, see $TARGET/gatling-$scenario.log" >&2; }
  [[ -d "$TARGET/gatling" ]] && mv "$TARGET/gatling" "$TARGET/gatling-$scenario"
  grep -A3 'Global Information' "$TARGET/gatling-$scenario.log" | tail -2 || true
}

if [[ "${BENCH_SKIP_SERVER:-0}" != 1 ]]; then
  SECONDS=0
  start_server
  RECRUITMENT=$(q -tA -c "SELECT id FROM core_recruitment WHERE code = '2026-DEMO-01'")
  "${MVN[@]}" test-compile
  load_data
fi
RECRUITMENT=$(q -tA -c "SELECT id FROM core_recruitment WHERE code = '2026-DEMO-01'")
read -r NOTICE PLEDGE < <(q -tA -F ' ' -c "SELECT notice_version, pledge_version FROM core_recruitment WHERE id = $RECRUITMENT")
RUSH_FROM=$((CANDIDATES - RUSH))

gatling login LoginSimulation -Dbench.loginFrom="$APPLY_USERS" -Dbench.loginTo="$RUSH_FROM"
for t in announcement positions page static; do
  gatling "$t" PublicPagesSimulation -Dbench.target="$t"
done
gatling apply ApplySimulation -Dbench.applyFrom=0 -Dbench.users="$APPLY_USERS"
LOGIN_RATE=$(python3 "$HERE/report.py" --rate "$TARGET" login "measure login" "$MEASURE")
RUSH_RAMP=$(python3 -c "import math; print(max(10, math.ceil($RUSH / max(0.1, 0.7 * $LOGIN_RATE))))")
echo "   logins/s measured: $LOGIN_RATE; the rush's $RUSH candidates log in over ${RUSH_RAMP}s"
gatling rush RushSimulation -Dbench.rush="$RUSH" -Dbench.rushRamp="$RUSH_RAMP" -Dbench.rushFrom="$RUSH_FROM" \
  -Dbench.rushPosition="$FIRST_POSITION" -Dbench.rushWindowFile="$TARGET/rush-window.properties"
RUSH_CHECK=$(q -tA -F ' ' -v position="$FIRST_POSITION" -f "$HERE/sql/rush-check.sql" \
  | awk -v n="$RUSH" '{printf "%d candidates in the rush (see target/gatling-rush.log for failed logins), %d applications stored for %d candidates, %d doubled", n, $1, $2, $3}')
gatling mine MyApplicationsSimulation -Dbench.mineFrom="$RUSH_FROM"

echo "== pgbench: single-row insert, 8 clients, ${MEASURE}s"
q -c "DROP TABLE IF EXISTS bench_baseline" \
  -c "CREATE TABLE bench_baseline (id BIGSERIAL PRIMARY KEY, candidate_id BIGINT NOT NULL, payload VARCHAR(100) NOT NULL, created_at TIMESTAMP WITH TIME ZONE NOT NULL)"
pgbench -n -c 8 -j 2 -T "$MEASURE" -f "$HERE/sql/pgbench-insert.sql" "$DB" > "$TARGET/pgbench.log" 2>&1
TPS=$(grep -oP 'tps = \K[0-9.]+' "$TARGET/pgbench.log" | head -1)

MACHINE="$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs);\
 $(free -g | awk '/Mem:/{print $2}') GB; load generator on the same machine; $CANDIDATES candidates, $POSITIONS positions;\
 warm-up ${WARMUP}s, measure ${MEASURE}s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
python3 "$HERE/report.py" "$TARGET" "$MEASURE" "$TPS" "$RUSH_CHECK" "$MACHINE" "$WARMUP"
echo "$MACHINE"

if [[ "${BENCH_KEEP_SERVER:-0}" != 1 && -f "$TARGET/server.pid" ]]; then
  "$SERVER/bin/jboss-cli.sh" --controller="127.0.0.1:$((9990 + OFFSET))" --connect --command=shutdown > /dev/null 2>&1 \
    || kill "$(cat "$TARGET/server.pid")"
fi
