#!/usr/bin/env bash
# Failover through the balancer of two-nodes.sh (issue 13): a candidate logs in, works, the node serving the session
# is killed with kill -9, and the same cookie must go on working on the other node without logging in again; what was
# saved before the kill must still be there. Then the notification sweep's job lease must move to the survivor.
# Prints PASS or FAIL with timings; exit status 0 on PASS.
#
# Needs a running cluster (two-nodes.sh start; after this test, start it again for another run).
# Settings: the same CLUSTER_* and PG* variables as two-nodes.sh; CANDIDATE / PASSWORD (the demo candidate).
set -uo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
TARGET="$HERE/target"
LB="http://127.0.0.1:$((8080 + ${CLUSTER_BALANCER_OFFSET:-600}))"
API="$LB/zhaokao/api/v1"
DB="${CLUSTER_DB:-zk_cluster}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export PGPASSWORD="${PGPASSWORD:-trust}"
CANDIDATE="${CANDIDATE:-13800138000}"
PASSWORD="${PASSWORD:-Kaosheng-Demo-2026}"
LEASE_JOB=notification.sweep
JAR="$TARGET/failover.cookies"
HEADERS="$TARGET/failover.headers"
BODY="$TARGET/failover.body"
FAILURES=()

ms() { date +%s%3N; }
secs() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }
fail() { FAILURES+=("$1"); echo "   FAIL: $1"; }
# request METHOD PATH [JSON]: prints the status; headers and body land in $HEADERS and $BODY
request() {
  local args=(-s -o "$BODY" -D "$HEADERS" -w '%{http_code}' -b "$JAR" -c "$JAR" -X "$1" --max-time 30)
  [[ -n "${CSRF:-}" ]] && args+=(-H "X-CSRF-Token: $CSRF")
  [[ $# -ge 3 ]] && args+=(-H 'Content-Type: application/json' --data "$3")
  curl "${args[@]}" "$API$2"
}
served_by() { tr -d '\r' < "$HEADERS" | sed -n 's/^[Xx]-[Zz]haokao-[Nn]ode: //p' | tail -1; }
session_route() { awk '$6 == "ZKSESSION" { print $7 }' "$JAR" | sed -n 's/.*\.//p' | tail -1; }
json() { python3 -c "import json,sys; d=json.load(open('$BODY')); print($1)" 2> /dev/null; }
lease_holder() {
  psql -X -q -tA -d "$DB" -c "SELECT holder FROM core_job_lease WHERE name = '$LEASE_JOB' AND expires_at > now()"
}

for n in node1 node2 balancer; do
  [[ -f "$TARGET/$n.pid" ]] && kill -0 "$(cat "$TARGET/$n.pid")" 2> /dev/null \
    || { echo "$n is not running: start the cluster with $HERE/two-nodes.sh start" >&2; exit 2; }
done
rm -f "$JAR"
CSRF=

echo "== login through the balancer $LB as candidate $CANDIDATE"
status=$(request POST /auth/login "{\"loginId\":\"$CANDIDATE\",\"password\":\"$PASSWORD\"}")
[[ "$status" == 200 ]] || { echo "login answered $status: $(cat "$BODY")" >&2; exit 1; }
CSRF=$(json "d['csrfToken']")
ACCOUNT=$(json "d['account']['id']")
NODE=$(served_by)
echo "   account $ACCOUNT, session cookie routed to '$(session_route)', served by '$NODE'"
[[ -n "$NODE" && "$(session_route)" == "$NODE" ]] || fail "the session id does not carry the serving node"

echo "== work on $NODE: /me three times (sticky?), then save notification preferences"
for _ in 1 2 3; do
  status=$(request GET /me)
  [[ "$status" == 200 && "$(served_by)" == "$NODE" ]] || fail "GET /me: $status from '$(served_by)', expected 200 from $NODE"
done
# The saved value is the opposite of the stored one, so the check cannot pass by default.
EMAIL_BEFORE=$(json "str(d['account']['notifyByEmail']).lower()")
[[ "$EMAIL_BEFORE" == true ]] && EMAIL=false || EMAIL=true
status=$(request PUT /me/preferences "{\"email\":$EMAIL,\"sms\":false}")
[[ "$status" == 204 ]] || fail "PUT /me/preferences before the kill answered $status: $(cat "$BODY")"

HOLDER_BEFORE=$(lease_holder)
echo "   lease $LEASE_JOB held by '${HOLDER_BEFORE:-nobody}'"

[[ "$NODE" == node1 ]] && SURVIVOR=node2 || SURVIVOR=node1
VICTIM_PID=$("$HERE/two-nodes.sh" java-pid "$NODE")
echo "== kill -9 $NODE (java pid $VICTIM_PID)"
T_KILL=$(ms)
kill -9 "$VICTIM_PID"

echo "== the same cookie through the balancer"
T_BACK=
for _ in $(seq 1 120); do
  status=$(request GET /me)
  if [[ "$status" == 200 ]]; then
    T_BACK=$(ms)
    break
  fi
  sleep 0.5
done
if [[ -z "$T_BACK" ]]; then
  fail "GET /me never answered 200 after the kill (last $status)"
else
  echo "   /me answered 200 by '$(served_by)' $(secs $((T_BACK - T_KILL))) s after the kill"
  [[ "$(served_by)" == "$SURVIVOR" ]] || fail "served by '$(served_by)', expected $SURVIVOR"
  [[ "$(json "d['account']['id']")" == "$ACCOUNT" ]] || fail "another account answered: $(cat "$BODY")"
  [[ "$(json "d['csrfToken']")" == "$CSRF" ]] || fail "the session's CSRF token changed: not the same session"
  EMAIL_AFTER=$(json "str(d['account']['notifyByEmail']).lower()")
  [[ "$EMAIL_AFTER" == "$EMAIL" ]] || fail "the preference saved before the kill is lost ($EMAIL_AFTER, saved $EMAIL)"
  T0=$(ms)
  status=$(request PUT /me/preferences "{\"email\":$EMAIL_BEFORE,\"sms\":false}")
  echo "   a state-changing request with the session's CSRF token: $status in $(secs $(($(ms) - T0))) s"
  [[ "$status" == 204 ]] || fail "PUT /me/preferences after the kill answered $status: $(cat "$BODY")"
  T0=$(ms)
  for _ in 1 2 3; do
    status=$(request GET /me)
    [[ "$status" == 200 ]] || fail "GET /me after the failover: $status"
  done
  echo "   three more /me: $(secs $(($(ms) - T0))) s"
fi

echo "== job lease $LEASE_JOB after the kill (was '${HOLDER_BEFORE:-nobody}')"
T_LEASE=
for _ in $(seq 1 180); do
  if [[ "$(lease_holder)" == "$SURVIVOR" ]]; then
    T_LEASE=$(ms)
    break
  fi
  sleep 0.5
done
if [[ -z "$T_LEASE" ]]; then
  fail "the lease did not move to $SURVIVOR within 90 s (holder '$(lease_holder)')"
else
  echo "   held by $SURVIVOR $(secs $((T_LEASE - T_KILL))) s after the kill"
fi
psql -X -q -d "$DB" -c "SELECT name, holder, expires_at FROM core_job_lease ORDER BY name"

echo
if [[ ${#FAILURES[@]} -eq 0 ]]; then
  echo "PASS: session kept across kill -9 of $NODE (back after $(secs $((T_BACK - T_KILL))) s on $SURVIVOR, same" \
    "account, same CSRF token, saved preference kept); lease $LEASE_JOB ${HOLDER_BEFORE:-none} -> $SURVIVOR after" \
    "$(secs $((T_LEASE - T_KILL))) s"
  exit 0
fi
echo "FAIL: ${#FAILURES[@]} check(s) failed:"
printf '  - %s\n' "${FAILURES[@]}"
exit 1
