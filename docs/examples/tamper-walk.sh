#!/usr/bin/env bash
# Tampers with case files the way someone with database access could, and shows `verify` noticing each time
# (docs/audit.md): a variable's final value edited after sealing; a comment deleted a few milliseconds after it was
# written, before the sealer came; a history row deleted; a link of the chain edited (refused by its trigger);
# and a node killed (kill -9) right after a change: verify says "not yet sealed", never "intact", until the restarted
# node seals it. Also prints the timeline's variable changes with the person who made each.
#
# Needs: the jar (mvn -B -q package -DskipTests), PostgreSQL on 127.0.0.1:5432 with trust auth for user postgres, curl,
# psql, python3. Creates and drops the database safetyflow_tamper; the postgres profile with the demo users switched
# on for this throwaway database. Loopback only. Usage: docs/examples/tamper-walk.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=safetyflow_tamper
PORT=8112
BASE=http://127.0.0.1:$PORT
JAR=$(ls target/safetyflow-*.jar | grep -v original | head -1)
PSQL="psql -h 127.0.0.1 -U postgres -d $DB -tAq"
LOG=${TMPDIR:-/tmp}/safetyflow-tamper
rm -rf "$LOG"; mkdir -p "$LOG"
psql -h 127.0.0.1 -U postgres -tAc "drop database if exists $DB" >/dev/null 2>&1
psql -h 127.0.0.1 -U postgres -tAc "create database $DB" >/dev/null

node() { # log-name seal-interval
  SAFETYFLOW_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB SAFETYFLOW_DB_USER=postgres \
  SAFETYFLOW_ADMIN_USER=admin SAFETYFLOW_ADMIN_PASSWORD=Tw-2026-probe!Q \
  SAFETYFLOW_SECURITY_ADMIN_USER=secadmin SAFETYFLOW_SECURITY_ADMIN_PASSWORD=Sk-2026-probe!Q \
  SAFETYFLOW_AUDIT_ADMIN_USER=auditadmin SAFETYFLOW_AUDIT_ADMIN_PASSWORD=Ak-2026-probe!Q \
  java -Xmx512m -jar "$JAR" --spring.profiles.active=postgres --safetyflow.demo-users=true \
    --safetyflow.audit.seal-interval-seconds="$2" --server.port=$PORT --server.address=127.0.0.1 > "$LOG/$1.log" 2>&1 &
  echo $!
}
ready() { until curl -sf "$BASE/actuator/health" >/dev/null; do sleep 1; done; }
call() { # user method path [json]
  if [ -n "${4:-}" ]; then curl -s -u "$1:demo" -X "$2" -H 'Content-Type: application/json' "$BASE$3" -d "$4"
  else curl -s -u "$1:demo" -X "$2" "$BASE$3"; fi
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
verify() { call auditor GET "/api/audit/cases/$1/verify" | json "d['status'] + '  ' + d['statusText'] + ((' — ' + d['firstDifference']['problem'] + '：' + d['firstDifference']['explanation']) if d.get('firstDifference') else '')"; }
report() { call complaint-clerk POST /engine-rest/process-definition/key/complaint-intake/start '{"variables": {
  "jurisdiction": {"value": "370405"}, "reportedAt": {"value": "2026-11-30T09:30:00+08:00"}, "reportChannel": {"value": "HOTLINE_12350"},
  "reportCategory": {"value": "VIOLATION"}, "enterpriseName": {"value": "台儿庄某化工有限公司"},
  "description": {"value": "夜间组织工人进入有限空间作业，未进行气体检测。"}}}'; }
sealed() { for _ in $(seq 60); do [ "$(call auditor GET "/api/audit/cases/$1/verify" | json "d['status']")" = INTACT ] && return; sleep 0.5; done; echo "not sealed"; exit 1; }

PID=$(node first 1); ready
trap 'kill -9 $PID 2>/dev/null || true' EXIT

echo "== 1. a final value edited after sealing"
STARTED=$(report); A=$(echo "$STARTED" | json "d['businessKey']"); PI=$(echo "$STARTED" | json "d['id']")
TASK=$(call complaint-clerk GET "/engine-rest/task?processInstanceId=$PI" | json "d[0]['id']")
call complaint-clerk POST "/engine-rest/task/$TASK/complete" '{"variables": {"acceptance": {"value": "ACCEPT"}}}'
sealed "$A"; echo "$A sealed: $(verify "$A")"
echo "who changed each figure (timeline):"
call auditor GET "/api/audit/cases/$A/timeline" | python3 -c "
import json,sys
for e in json.load(sys.stdin):
    if e['type'].startswith('VARIABLE') and e.get('variable') in ('enterpriseName', 'acceptance', 'acceptanceReason', 'jurisdiction'):
        print('  ', e['time'][:19], e.get('user') or '（系统）', e['description'])"
$PSQL -c "update act_hi_varinst set text_ = '另一家公司' where proc_inst_id_ = '$PI' and name_ = 'enterpriseName'"
echo "after UPDATE act_hi_varinst (enterpriseName): $(verify "$A")"

echo "== 2. a comment deleted right after it was written, before the sealer came"
STARTED=$(report); B=$(echo "$STARTED" | json "d['businessKey']"); PI=$(echo "$STARTED" | json "d['id']")
sealed "$B"
TASK=$(call complaint-clerk GET "/engine-rest/task?processInstanceId=$PI" | json "d[0]['id']")
# The comment written over REST, then deleted at once through a psql session opened beforehand.
AGE=$(python3 - "$BASE" "$TASK" "$DB" <<'PY'
import base64, json, subprocess, sys, urllib.request
base, task, db = sys.argv[1:4]
psql = subprocess.Popen(['psql', '-h', '127.0.0.1', '-U', 'postgres', '-d', db, '-tAq'], stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE, text=True)
request = urllib.request.Request(f'{base}/engine-rest/task/{task}/comment/create', method='POST',
    data=json.dumps({'message': '举报人电话核实，情况属实'}).encode(), headers={'Content-Type': 'application/json',
    'Authorization': 'Basic ' + base64.b64encode(b'complaint-clerk:demo').decode()})
comment = json.load(urllib.request.urlopen(request))['id']
out, _ = psql.communicate(f"delete from act_hi_comment where id_ = '{comment}' returning "
    "(extract(epoch from (clock_timestamp() at time zone 'Asia/Shanghai') - time_) * 1000)::int;")
print(out.strip())
PY
)
sleep 3
echo "comment deleted ${AGE} ms after it was written: $(verify "$B")"

echo "== 3. a history row deleted, and a link of the chain edited"
STARTED=$(report); D=$(echo "$STARTED" | json "d['businessKey']"); PI=$(echo "$STARTED" | json "d['id']")
sealed "$D"
$PSQL -c "delete from act_hi_actinst where proc_inst_id_ = '$PI' and act_type_ = 'startEvent'"
echo "$D: after DELETE of its start event's row: $(verify "$D")"
echo "UPDATE sf_audit_link: $($PSQL -c "update sf_audit_link set event_hash = sha256('x') where seq = 1" 2>&1 | head -1)"

echo "== 4. kill -9 right after a change: not yet sealed, then sealed by the restarted node"
STARTED=$(report); C=$(echo "$STARTED" | json "d['businessKey']")
kill -9 "$PID"
echo "$C acknowledged, node killed; its work waiting in sf_audit_pending: $($PSQL -c "select count(*) from sf_audit_pending p join act_hi_procinst i on i.id_ = p.process_instance_id where i.business_key_ = '$C'") row(s)"
PID=$(node second 15); ready
echo "restarted (first seal round 15 s after start, to look before it): $(verify "$C")"
sealed "$C"; echo "after the first round: $(verify "$C")"
kill -9 "$PID" 2>/dev/null || true; sleep 1
psql -h 127.0.0.1 -U postgres -tAc "drop database $DB" >/dev/null
