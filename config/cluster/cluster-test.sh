#!/usr/bin/env bash
# The cluster tests of integration-tests (tag "cluster", issue 13), through the balancer of two-nodes.sh:
#  - CacheCoherenceIT: staff take a recruitment off the site on one node; how long the other node still serves it.
#  - NodeDeathIT: a notice is committed to one node's outbox and held there (deliveries paused on both nodes);
#    candidates sit an online exam saving answers without pause; that node is killed with kill -9 half-way; the other
#    node must send the notice once, and every save the cluster acknowledged must be stored.
# Prints their figures; exit status 0 when both pass.
#
# Needs a running cluster (two-nodes.sh start; start it again after this test, which kills a node) and the built tree
# installed in the local Maven repository (mvn -q install -DskipTests at the root).
# Settings (environment):                 default
#   CLUSTER_*_OFFSET, CLUSTER_SMTP_PORT   as for two-nodes.sh
#   EXAM_CANDIDATES                       20    candidates saving at once
#   EXAM_BEFORE / EXAM_AFTER              20/20 seconds of saving before and after the kill
#   MVN_OPTS                              -o    extra Maven options (e.g. -Dmaven.repo.local=...)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
port() { echo $((8080 + $1)); }
LB="$(port "${CLUSTER_BALANCER_OFFSET:-600}")"
O1=${CLUSTER_NODE1_OFFSET:-620}
O2=${CLUSTER_NODE2_OFFSET:-650}
NODES="node1=http://127.0.0.1:$(port "$O1"),node2=http://127.0.0.1:$(port "$O2")"
MANAGEMENT="node1=$((9990 + O1)),node2=$((9990 + O2))"
for n in node1 node2 balancer; do
  [[ -f "$HERE/target/$n.pid" ]] && kill -0 "$(cat "$HERE/target/$n.pid")" 2> /dev/null \
    || { echo "$n is not running: start the cluster with $HERE/two-nodes.sh start" >&2; exit 2; }
done

cd "$ROOT"
status=0
# shellcheck disable=SC2086
mvn -B -ntp ${MVN_OPTS:--o} verify -Pcluster -pl integration-tests -Dspotless.check.skip=true \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test='CacheCoherenceIT,NodeDeathIT' \
  -Dzhaokao.provision.skip=true -Dzhaokao.it.http.port="$LB" -Dzhaokao.it.totp.window=1 \
  -Dzhaokao.it.cluster.script="$HERE/two-nodes.sh" -Dzhaokao.it.cluster.nodes="$NODES" \
  -Dzhaokao.it.cluster.management="$MANAGEMENT" -Dzhaokao.it.smtp.port="${CLUSTER_SMTP_PORT:-3625}" \
  -Dzhaokao.it.cluster.candidates="${EXAM_CANDIDATES:-20}" -Dzhaokao.it.cluster.before="${EXAM_BEFORE:-20}" \
  -Dzhaokao.it.cluster.after="${EXAM_AFTER:-20}" > "$HERE/target/cluster-test.log" 2>&1 || status=$?
reports=integration-tests/target/failsafe-reports
cat "$reports"/org.zhaokao.it.cluster.*-output.txt 2> /dev/null \
  | grep -E "^(recruitment|read-model|review.approved|sent by|[0-9]+ candidates|kill|saves|question)" || true
if [[ $status -eq 0 ]]; then
  echo "PASS: read models coherent across the nodes; after kill -9 of a node its held notice was sent once by the other and every acknowledged answer was stored"
else
  echo "FAIL: see $HERE/target/cluster-test.log and $ROOT/$reports"
  grep -E "Tests run|FAIL|expected" "$HERE/target/cluster-test.log" | head -20
fi
exit $status
