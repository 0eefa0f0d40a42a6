#!/usr/bin/env bash
# kill -9 under load, then restart: exactly the acknowledged cases survive (plus at most the ones in flight whose answer
# the kill cut off), none is half-created, case numbers stay gap-free, and every case is sealed into its audit chain
# soon after the restart (the seal's pending work is written in the engine's own transaction: docs/audit.md).
#
# Needs: the jar (mvn -B -q package -DskipTests), PostgreSQL on 127.0.0.1:5432 with trust auth for user postgres (as on
# the development machine and CI), curl, psql, python3. Creates and drops the database safetyflow_crash; the node runs
# the postgres profile with the demo users switched on for this throwaway database. Loopback only.
# Usage: docs/examples/crash-restart.sh [number-of-starts] [kill-after-acknowledged]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-600}
KILL_AT=${2:-$((N / 3))}
DB=safetyflow_crash
PORT=8111
BASE=http://127.0.0.1:$PORT
JAR=$(ls target/safetyflow-*.jar | grep -v original | head -1)
PSQL="psql -h 127.0.0.1 -U postgres -d $DB -tA"
LOG=${TMPDIR:-/tmp}/safetyflow-crash
rm -rf "$LOG"; mkdir -p "$LOG/answers"

psql -h 127.0.0.1 -U postgres -tAc "drop database if exists $DB" >/dev/null
psql -h 127.0.0.1 -U postgres -tAc "create database $DB" >/dev/null

node() { # log-name
  SAFETYFLOW_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB SAFETYFLOW_DB_USER=postgres \
  SAFETYFLOW_ADMIN_USER=admin SAFETYFLOW_ADMIN_PASSWORD=Cr-2026-probe!Q \
  SAFETYFLOW_SECURITY_ADMIN_USER=secadmin SAFETYFLOW_SECURITY_ADMIN_PASSWORD=Sk-2026-probe!Q \
  SAFETYFLOW_AUDIT_ADMIN_USER=auditadmin SAFETYFLOW_AUDIT_ADMIN_PASSWORD=Ak-2026-probe!Q \
  java -Xmx512m -jar "$JAR" --spring.profiles.active=postgres --safetyflow.demo-users=true \
    --server.port=$PORT --server.address=127.0.0.1 > "$LOG/$1.log" 2>&1 &
  echo $!
}
ready() { until curl -sf "$BASE/actuator/health" >/dev/null; do sleep 1; done; }

PID=$(node first); ready
trap 'kill -9 $PID 2>/dev/null || true' EXIT
echo "node up (pid $PID); $N 12350 reports to start, 8 at a time, kill -9 after $KILL_AT acknowledged"

cat > "$LOG/report.json" <<'JSON'
{"variables": {"jurisdiction": {"value": "370405"}, "reportedAt": {"value": "2026-11-30T09:30:00+08:00"},
  "reportChannel": {"value": "HOTLINE_12350"}, "reportCategory": {"value": "VIOLATION"},
  "enterpriseName": {"value": "台儿庄某化工有限公司"}, "description": {"value": "夜间组织工人进入有限空间作业，未进行气体检测。"}}}
JSON
# Each answer in its own file: status and, for a 200, the case number. A request the kill cuts off leaves status 000.
seq "$N" | xargs -P 8 -I _N_ sh -c "curl -s -m 30 -o '$LOG/answers/_N_.json' -w '%{http_code}\n' -u complaint-clerk:demo \
  -H 'Content-Type: application/json' -d @'$LOG/report.json' \
  $BASE/engine-rest/process-definition/key/complaint-intake/start > '$LOG/answers/_N_.status'" &
LOAD=$!
until [ "$(grep -l '^200$' "$LOG"/answers/*.status 2>/dev/null | wc -l)" -ge "$KILL_AT" ]; do sleep 0.05; done
kill -9 "$PID"
KILLED=$(date +%s.%N)
wait $LOAD || true
echo "killed (kill -9) after $(grep -l '^200$' "$LOG"/answers/*.status | wc -l) acknowledged starts"
echo "answers by status: $(cat "$LOG"/answers/*.status | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')"

PID=$(node second); ready
UP=$(date +%s.%N)
printf 'restarted, ready %.1f s after the kill\n' "$(echo "$UP - $KILLED" | bc)"
# The work left to seal, as the restart found it; then how long until none is left.
echo "seal work pending at restart: $($PSQL -c "select count(*) from sf_audit_pending")"
until [ "$($PSQL -c "select count(*) from sf_audit_pending")" -eq 0 ]; do
  sleep 0.2
  if (( $(echo "$(date +%s.%N) - $UP > 120" | bc) )); then echo "seal work still pending 2 minutes after the restart"; exit 1; fi
done
printf 'all pending seal work done %.1f s after the restart\n' "$(echo "$(date +%s.%N) - $UP" | bc)"

python3 - "$LOG" "$DB" "$BASE" <<'PY'
import base64, glob, json, os, subprocess, sys, urllib.request
log, db, base = sys.argv[1:4]
def sql(q):
    return [l.split('|') for l in subprocess.run(['psql', '-h', '127.0.0.1', '-U', 'postgres', '-d', db, '-tA', '-c', q],
            check=True, capture_output=True, text=True).stdout.splitlines() if l]
acknowledged, cut_off = set(), 0
for status in glob.glob(f'{log}/answers/*.status'):
    code = open(status).read().strip()
    if code == '200':
        acknowledged.add(json.load(open(status[:-7] + '.json'))['businessKey'])
    elif code == '000':
        cut_off += 1
present = {r[0] for r in sql("select business_key_ from act_hi_procinst where proc_def_key_ = 'complaint-intake'")}
extra = present - acknowledged
print(f"acknowledged {len(acknowledged)}, in the database {len(present)}: all acknowledged there: {acknowledged <= present}; "
      f"{len(extra)} more (committed, answer cut off by the kill; {cut_off} requests got no answer: cut off, or refused while the node was down)")
assert acknowledged <= present and len(extra) <= cut_off
half = sql("""select p.business_key_ from act_hi_procinst p where p.proc_def_key_ = 'complaint-intake' and (
  not exists (select 1 from act_ru_task t where t.proc_inst_id_ = p.id_)
  or p.business_key_ is null)""")
print(f"half-created (no waiting task or no case number): {len(half)}")
assert not half
numbers = sorted(int(n.rsplit('-', 1)[1]) for n in present)
print(f"case numbers {numbers[0]}..{numbers[-1]}: gap-free {numbers == list(range(1, len(numbers) + 1))}")
assert numbers == list(range(1, len(numbers) + 1))
auth = 'Basic ' + base64.b64encode(b'auditor:demo').decode()
statuses = {}
for n in sorted(present):
    req = urllib.request.Request(f'{base}/api/audit/cases/{n}/verify', headers={'Authorization': auth})
    answer = json.load(urllib.request.urlopen(req))
    statuses[answer.get('status')] = statuses.get(answer.get('status'), 0) + 1
print(f"verify of every case: {statuses}")
assert statuses == {'INTACT': len(present)}
PY
kill -9 "$PID" 2>/dev/null || true; sleep 1
psql -h 127.0.0.1 -U postgres -tAc "drop database $DB" >/dev/null
echo "OK"
