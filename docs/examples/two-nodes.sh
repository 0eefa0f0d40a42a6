#!/usr/bin/env bash
# Two SafetyFlow nodes on one PostgreSQL; the node running the due timers is killed (kill -9) midway.
# Shows that the timers it had locked run on the surviving node once their lock expires (job-execution
# lock-time-in-millis in application.yaml), and that no timer takes effect twice.
#
# Needs: the jar (mvn -B -q package -DskipTests), PostgreSQL on 127.0.0.1:5432 with trust auth for user
# postgres (as on the development machine and CI), curl, psql, python3. Creates and drops the database
# safetyflow_twonode. Loopback only. Usage: docs/examples/two-nodes.sh [number-of-timers]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-2000}
DB=safetyflow_twonode
JAR=$(ls target/safetyflow-*.jar | grep -v original | head -1)
PSQL="psql -h 127.0.0.1 -U postgres -d $DB -tA"
LOG=${TMPDIR:-/tmp}/safetyflow-twonode
mkdir -p "$LOG"

psql -h 127.0.0.1 -U postgres -tAc "drop database if exists $DB" >/dev/null
psql -h 127.0.0.1 -U postgres -tAc "create database $DB" >/dev/null

node() { # name port
  SAFETYFLOW_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB SAFETYFLOW_DB_USER=postgres \
  SAFETYFLOW_ADMIN_USER=admin SAFETYFLOW_ADMIN_PASSWORD=Tn-2026-probe!Q \
  SAFETYFLOW_SECURITY_ADMIN_USER=secadmin SAFETYFLOW_SECURITY_ADMIN_PASSWORD=Sk-2026-probe!Q \
  SAFETYFLOW_AUDIT_ADMIN_USER=auditadmin SAFETYFLOW_AUDIT_ADMIN_PASSWORD=Ak-2026-probe!Q \
  java -Xmx512m -jar "$JAR" --spring.profiles.active=postgres --server.port="$2" --server.address=127.0.0.1 \
    --camunda.bpm.generic-properties.properties.hostname="$1" > "$LOG/$1.log" 2>&1 &
  echo $!
}
ready() { until curl -sf "http://127.0.0.1:$1/actuator/health" >/dev/null; do sleep 2; done; }

# The first node creates the schema alone; the second starts once it is there.
A=$(node node-a 8101); ready 8101
B=$(node node-b 8102); ready 8102
trap 'kill -9 $A $B 2>/dev/null || true' EXIT
echo "two nodes up: node-a pid $A (8101), node-b pid $B (8102)"

# A probe model: start → timer (all due at one moment, after the starts) → end; no expression, no script (an administrator's deployment).
DUE=$(date -Iseconds -d "+$((30 + N / 15)) seconds")
cat > "$LOG/probe.bpmn" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs_Probe" targetNamespace="http://safetyflow.org/probe">
  <bpmn:process id="two-node-probe" name="双节点定时器探针" isExecutable="true" camunda:historyTimeToLive="P1D">
    <bpmn:extensionElements><camunda:properties><camunda:property name="caseNumberPrefix" value="PROBE" /></camunda:properties></bpmn:extensionElements>
    <bpmn:startEvent id="Start" name="开始"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:intermediateCatchEvent id="Timer" name="等待"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
      <bpmn:timerEventDefinition><bpmn:timeDate>$DUE</bpmn:timeDate></bpmn:timerEventDefinition>
    </bpmn:intermediateCatchEvent>
    <bpmn:endEvent id="End" name="结束"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Timer" />
    <bpmn:sequenceFlow id="F2" sourceRef="Timer" targetRef="End" />
  </bpmn:process>
</bpmn:definitions>
EOF
curl -s -o "$LOG/deploy.json" -w "deployment: HTTP %{http_code}\n" -u admin:Tn-2026-probe!Q -F deployment-name=two-node-probe -F "data=@$LOG/probe.bpmn" \
  http://127.0.0.1:8101/engine-rest/deployment/create
seq "$N" | xargs -P 4 -I@ curl -s -o /dev/null -w '%{http_code}\n' -u admin:'Tn-2026-probe!Q' -H 'Content-Type: application/json' \
  -d '{}' http://127.0.0.1:8101/engine-rest/process-definition/key/two-node-probe/start | sort | uniq -c > "$LOG/starts"
echo "starts: $(tr -s ' ' < "$LOG/starts" | paste -sd, -)"
echo "$N timers started; all due at $DUE"

# Kill the node that is working through the due timers, once a tenth of them have run: it then holds
# locks on timers it acquired but had not yet run. (Either node may have woken first.)
ENDED="select count(*) from act_hi_procinst where proc_def_key_ = 'two-node-probe' and end_time_ is not null"
until [ "$($PSQL -c "$ENDED")" -ge $((N / 10)) ]; do sleep 0.02; done
VICTIM=$($PSQL -c "select hostname_ from act_hi_job_log where process_def_key_ = 'two-node-probe' and job_state_ = 2
  order by timestamp_ desc limit 1")
if [ "$VICTIM" = node-a ]; then VICTIM_PID=$A; SURVIVOR=node-b; else VICTIM_PID=$B; SURVIVOR=node-a; fi
LOCKED="select id_ || '|' || lock_owner_ || '|' || lock_exp_time_ from act_ru_job where lock_owner_ is not null and process_def_key_ = 'two-node-probe' order by 1"
kill -9 "$VICTIM_PID"
KILLED=$(date +%s.%N)
$PSQL -c "$LOCKED" > "$LOG/locked-at-kill"
# The survivor's locks last milliseconds (a job is deleted when it has run); a lock unchanged 5 s after
# the kill was the victim's.
sleep 5
$PSQL -c "$LOCKED" | comm -12 "$LOG/locked-at-kill" - | cut -d'|' -f1 > "$LOG/stranded"
IDS=$(sed "s/.*/'&'/" "$LOG/stranded" | paste -sd, -)
echo "$VICTIM killed (kill -9) while holding $(wc -l < "$LOG/stranded") locked timers; $SURVIVOR goes on"
until [ "$($PSQL -c "$ENDED")" -eq "$N" ]; do
  sleep 1
  if (( $(echo "$(date +%s.%N) - $KILLED > 300" | bc) )); then echo "not all ended after 5 minutes"; exit 1; fi
done
DONE=$(date +%s.%N)
printf 'all %s instances ended %.0f s after the kill\n' "$N" "$(echo "$DONE - $KILLED" | bc)"
$PSQL -F ' ' -c "select 'successes per job: ' || string_agg(k || ' jobs × ' || c || ' success', ', ') from (
  select c, count(*) k from (select job_id_, count(*) filter (where job_state_ = 2) c from act_hi_job_log
   where process_def_key_ = 'two-node-probe' group by job_id_) s group by c) t"
$PSQL -F ' ' -c "select 'executed by: ' || string_agg(hostname_ || ' ' || n, ', ') from (select hostname_, count(*) n
  from act_hi_job_log where process_def_key_ = 'two-node-probe' and job_state_ = 2 group by hostname_) t"
$PSQL -F ' ' -c "select 'failed attempts (lost races): ' || count(*) from act_hi_job_log where process_def_key_ = 'two-node-probe' and job_state_ = 1"
if [ -n "$IDS" ]; then
  $PSQL -c "select job_id_ || '|' || hostname_ || '|' || timestamp_ from act_hi_job_log where job_state_ = 2 and job_id_ in ($IDS)" \
    > "$LOG/stranded-runs"
  python3 - "$LOG/locked-at-kill" "$LOG/stranded-runs" <<'PY'
import sys
from datetime import datetime
t = lambda s: datetime.fromisoformat(s.strip())
expiry = {l.split('|')[0]: t(l.split('|')[2]) for l in open(sys.argv[1]) if l.strip()}
runs = [l.strip().split('|') for l in open(sys.argv[2]) if l.strip()]
delays = sorted((t(at) - expiry[job]).total_seconds() for job, _, at in runs)
print(f"the dead node's {len(runs)} locked timers ran on {', '.join(sorted({h for _, h, _ in runs}))}, "
      f"{delays[0]:.1f}–{delays[-1]:.1f} s after their lock expired")
PY
fi
kill -9 $A $B 2>/dev/null || true; sleep 1
psql -h 127.0.0.1 -U postgres -tAc "drop database $DB" >/dev/null
