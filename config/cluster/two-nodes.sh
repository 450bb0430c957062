#!/usr/bin/env bash
# A local two-node Zhaokao cluster for trying failover (issue 13): two WildFly nodes (standalone-full-ha.xml, JGroups
# over TCP on 127.0.0.1 with a static TCPPING member list) on one PostgreSQL database, and a third WildFly, the
# load-balancer profile with an Undertow reverse proxy, sticky on the session cookie, in front of them.
#
#   config/cluster/two-nodes.sh start     build the servers from config/target/wildfly (copies) and start them
#   config/cluster/two-nodes.sh stop      stop the balancer and the nodes
#   config/cluster/two-nodes.sh status    processes, cluster view, who holds the job leases
#
# Needs a built tree (mvn -q install -DskipTests at the root), PostgreSQL on 127.0.0.1:5432 and psql.
# Settings (environment):                 default
#   CLUSTER_BALANCER_OFFSET               600   balancer HTTP 8680 (the address clients use), management 10590
#   CLUSTER_NODE1_OFFSET                  620   node1 HTTP 8700, management 10610, JGroups TCP 8220
#   CLUSTER_NODE2_OFFSET                  650   node2 HTTP 8730, management 10640, JGroups TCP 8250
#   CLUSTER_DB                            zk_cluster (dropped and created again at each start)
#   CLUSTER_HEAP                          1g    per node
#   CLUSTER_SMTP_PORT                     3625  where the nodes send mail, on 127.0.0.1 (cluster-test.sh listens)
#   PGHOST/PGPORT/PGUSER/PGPASSWORD       127.0.0.1 / 5432 / postgres / trust
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
TARGET="$HERE/target"
LB_OFFSET="${CLUSTER_BALANCER_OFFSET:-600}"
OFFSETS=("${CLUSTER_NODE1_OFFSET:-620}" "${CLUSTER_NODE2_OFFSET:-650}")
NODES=(node1 node2)
DB="${CLUSTER_DB:-zk_cluster}"
HEAP="${CLUSTER_HEAP:-1g}"
SMTP_PORT="${CLUSTER_SMTP_PORT:-3625}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export PGPASSWORD="${PGPASSWORD:-trust}"
KEYS="$TARGET/zhaokao-keys.properties"
# What every node must share besides the database: the data-protection key file (node1 generates it in demo mode),
# the written exam's master key (it wraps each exam's paper key: a paper sealed on one node must open on the other)
# and the archive store (a shared directory; NFS or the like across machines).
EXAM_KEY="$TARGET/written-exam-master.key"
ARCHIVES="$TARGET/archive-store"
MEMBERS="127.0.0.1[$((7600 + OFFSETS[0]))],127.0.0.1[$((7600 + OFFSETS[1]))]"

http_port() { echo $((8080 + $1)); }
mgmt_port() { echo $((9990 + $1)); }
alive() { [[ -f "$TARGET/$1.pid" ]] && kill -0 "$(cat "$TARGET/$1.pid")" 2> /dev/null; }
cli() { # offset command
  "$TARGET/base/bin/jboss-cli.sh" --timeout=30000 --connect --controller="127.0.0.1:$(mgmt_port "$1")" --command="$2" 2> /dev/null
}
cluster_view() { # offset -> the members of the ee channel's view, e.g. "node1 node2"
  cli "$1" "/subsystem=jgroups/channel=ee:read-attribute(name=view)" \
    | sed -n 's/.*"result" => "[^]]*\] ([0-9]*) \[\(.*\)\]".*/\1/p' | tr -d ','
}
leases() {
  psql -X -q -tA -F ' ' -d "$DB" -c \
    "SELECT name, holder, to_char(expires_at AT TIME ZONE 'UTC', 'HH24:MI:SS') FROM core_job_lease ORDER BY name" \
    2> /dev/null || true
}
ms() { date +%s%3N; }

wait_for() { # description seconds command...
  local what=$1 limit=$2 t0
  shift 2
  t0=$(ms)
  for _ in $(seq 1 $((limit * 2))); do
    if "$@" > /dev/null 2>&1; then
      echo "   $what after $(( ($(ms) - t0) / 1000 )).$(( ($(ms) - t0) % 1000 / 100 )) s"
      return 0
    fi
    sleep 0.5
  done
  echo "   $what: not within $limit s" >&2
  return 1
}

healthy() { curl -fs -o /dev/null "http://127.0.0.1:$(http_port "$1")/zhaokao/api/v1/health"; }
# node2's log says it joined a view of two (asking the management API takes a minute on a loaded machine)
joined_two() { grep -q "WFLYCLJG0033: Connected 'ee' channel.*(2)" "$TARGET/node2/standalone/log/server.log"; }
join_time() { # seconds between node2 connecting its channel and joining the view, from its log
  local log="$TARGET/node2/standalone/log/server.log" a b
  a=$(grep -m1 "WFLYCLJG0032: Connecting 'ee'" "$log" | cut -c12-23)
  b=$(grep -m1 "WFLYCLJG0033: Connected 'ee'" "$log" | cut -c12-23)
  python3 -c "from datetime import datetime as d; f='%H:%M:%S,%f'; \
print('%.1f' % (d.strptime('$b', f) - d.strptime('$a', f)).total_seconds())"
}

build() {
  [[ -d "$ROOT/config/target/wildfly/standalone/deployments" && -f "$ROOT/ear/target/zhaokao.ear" ]] || {
    echo "No built server: run 'mvn -q install -DskipTests' at $ROOT first" >&2
    exit 2
  }
  echo "== servers: copies of config/target/wildfly under $TARGET"
  rm -rf "$TARGET/base" "$TARGET/node1" "$TARGET/node2" "$TARGET/balancer" "$KEYS" "$ARCHIVES"
  mkdir -p "$ARCHIVES"
  head -c 32 /dev/urandom | base64 > "$EXAM_KEY"
  chmod 600 "$EXAM_KEY"
  mkdir -p "$TARGET/cli"
  : > "$TARGET/cli.log"
  cp -a "$ROOT/config/target/wildfly" "$TARGET/base"
  rm -rf "$TARGET/base/standalone/data" "$TARGET/base/standalone/log" "$TARGET/base/standalone/tmp" \
    "$TARGET/base/standalone/configuration/standalone_xml_history" \
    "$TARGET/base/standalone/configuration/zhaokao-keys.properties"
  rm -f "$TARGET"/base/standalone/deployments/*.ear* "$TARGET"/base/standalone/deployments/*.war*
  # The same scripts as a single server, on the HA profile, then what makes a node of it; in one embedded server
  # (each start of one costs half a minute).
  {
    echo "embed-server --server-config=standalone-full-ha.xml --std-out=discard"
    for s in datasource-postgres messaging infinispan mail web openapi; do
      grep -v -e '^embed-server' -e '^stop-embedded-server' "$ROOT/config/cli/$s.cli"
    done
    grep -v -e '^embed-server' -e '^stop-embedded-server' "$HERE/node.cli"
    echo "stop-embedded-server"
  } > "$TARGET/cli/node-all.cli"
  "$TARGET/base/bin/jboss-cli.sh" --file="$TARGET/cli/node-all.cli" >> "$TARGET/cli.log"
  cp -a "$TARGET/base" "$TARGET/balancer"
  # the nodes' ports stay expressions, given when the balancer starts
  "$TARGET/balancer/bin/jboss-cli.sh" --file="$HERE/balancer.cli" >> "$TARGET/cli.log"
  cp "$ROOT/ear/target/zhaokao.ear" "$ROOT"/modules/*/target/zhaokao-*.war "$TARGET/base/standalone/deployments/"
  for n in "${NODES[@]}"; do cp -a "$TARGET/base" "$TARGET/$n"; done
}

start_node() { # index
  local n=${NODES[$1]} offset=${OFFSETS[$1]}
  echo "== $n: port offset $offset (HTTP $(http_port "$offset"), management $(mgmt_port "$offset"))"
  JBOSS_JAVA_SIZING="-Xms$HEAP -Xmx$HEAP" \
  ZHAOKAO_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" ZHAOKAO_DB_USER="$PGUSER" ZHAOKAO_DB_PASSWORD="$PGPASSWORD" \
  ZHAOKAO_WRITTEN_EXAM_MASTER_KEY="$(cat "$EXAM_KEY")" \
    nohup "$TARGET/$n/bin/standalone.sh" -c standalone-full-ha.xml -Djboss.node.name="$n" \
    -Djboss.tx.node.id="$n" -Djboss.socket.binding.port-offset="$offset" -Djboss.bind.address=127.0.0.1 \
    -Djboss.bind.address.private=127.0.0.1 -Dzhaokao.cluster.members="$MEMBERS" \
    -Djboss.messaging.cluster.password=zhaokao-local-cluster \
    -Dzhaokao.demo=true -Dzhaokao.keys.file="$KEYS" -Dzhaokao.stage.archiving.storeDirectory="$ARCHIVES" \
    -Dzhaokao.smtp.host=127.0.0.1 -Dzhaokao.smtp.port="$SMTP_PORT" \
    > "$TARGET/$n.out" 2>&1 &
  echo $! > "$TARGET/$n.pid"
}

start() {
  if alive node1 || alive node2 || alive balancer; then
    echo "Already running (stop first):" >&2
    status
    exit 1
  fi
  build
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  # node1 first: it creates the schema, the demo data and the key file both nodes share.
  start_node 0
  wait_for "node1 ready" 900 healthy "${OFFSETS[0]}"
  start_node 1
  wait_for "node2 ready" 900 healthy "${OFFSETS[1]}"
  wait_for "cluster of two formed" 60 joined_two
  echo "   node2 joined node1's view $(join_time) s after connecting its channel:"
  grep -m1 "WFLYCLJG0033" "$TARGET/node2/standalone/log/server.log" | sed 's/.*with view: /   /'
  start_balancer
  status
}

start_balancer() {
  echo "== balancer: HTTP $(http_port "$LB_OFFSET") -> node1, node2 (sticky on ZKSESSION)"
  nohup "$TARGET/balancer/bin/standalone.sh" -c standalone-load-balancer.xml \
    -Djboss.socket.binding.port-offset="$LB_OFFSET" -Djboss.node.name=balancer \
    -Dzhaokao.node1.http.port="$(http_port "${OFFSETS[0]}")" -Dzhaokao.node2.http.port="$(http_port "${OFFSETS[1]}")" \
    > "$TARGET/balancer.out" 2>&1 &
  echo $! > "$TARGET/balancer.pid"
  wait_for "balancer ready" 120 healthy "$LB_OFFSET"
}

stop_one() {
  local name=$1
  if alive "$name"; then
    local pid
    pid=$(cat "$TARGET/$name.pid")
    # standalone.sh runs java as its child: end both, java first
    pkill -TERM -P "$pid" 2> /dev/null || true
    kill -TERM "$pid" 2> /dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2> /dev/null || break; sleep 0.5; done
    pkill -KILL -P "$pid" 2> /dev/null || true
    kill -KILL "$pid" 2> /dev/null || true
    echo "$name stopped"
  fi
  rm -f "$TARGET/$name.pid"
}

stop() {
  stop_one balancer
  for n in "${NODES[@]}"; do stop_one "$n"; done
}

status() {
  for i in 0 1; do
    local n=${NODES[$i]} offset=${OFFSETS[$i]}
    if alive "$n"; then
      printf '%-8s pid %-8s HTTP %s  %-5s view: %s\n' "$n" "$(java_pid "$n")" "$(http_port "$offset")" \
        "$(healthy "$offset" && echo up || echo down)" "$(cluster_view "$offset" || true)"
    else
      printf '%-8s stopped\n' "$n"
    fi
  done
  if alive balancer; then
    printf '%-8s pid %-8s HTTP %s  %s\n' balancer "$(java_pid balancer)" "$(http_port "$LB_OFFSET")" \
      "$(healthy "$LB_OFFSET" && echo up || echo down)"
  else
    printf '%-8s stopped\n' balancer
  fi
  echo "job leases (name holder expires UTC):"
  leases | sed 's/^/  /'
}

# The JVM of a node: standalone.sh's java child (kill -9 must hit it, not the shell).
java_pid() { pgrep -P "$(cat "$TARGET/$1.pid")" java || cat "$TARGET/$1.pid"; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  java-pid) java_pid "$2" ;;
  restart-balancer) stop_one balancer && start_balancer ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
