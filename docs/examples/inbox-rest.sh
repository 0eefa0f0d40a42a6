#!/usr/bin/env bash
# The approver's operations over REST (docs/inbox.md, contract §12), on one 12350 report of 台儿庄区, each by the demo
# user whose step it is (password demo), with the refusals: 转办, 委派/归还, 催办, 抄送 with its read receipt, 加签 and
# the signature, 退回 to a passed step, 撤回 while the next step is untouched and once it was claimed; then the views and
# the case's timeline. Run against a started SafetyFlow: BASE=http://localhost:8080 bash docs/examples/inbox-rest.sh
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
. "$(dirname "$0")/lib.sh"

send() { # user method path [json]: prints the status, the user, the call and the answer
  local status
  status=$(curl -s -o /tmp/inbox.out -w '%{http_code}' -u "$1:demo" -H 'Content-Type: application/json' -X "$2" "$BASE$3" -d "${4:-}")
  printf '%s  %-20s %s %s  %s\n' "$status" "$1" "$2" "$3" "$(head -c 300 /tmp/inbox.out)"
}
open_task() { # taskKey -> the open task's id, whoever holds it
  call taierzhuang GET "/engine-rest/task?processInstanceId=$PI&taskDefinitionKey=$1" | json "d[0]['id'] if d else ''"
}

echo "== 12350 report of 台儿庄区, started by taierzhuang"
PI=$(call taierzhuang POST /engine-rest/process-definition/key/complaint-intake/start '{"variables": {
  "jurisdiction": {"value": "370405"}, "reportChannel": {"value": "HOTLINE_12350"},
  "reportedAt": {"value": "2026-12-01T09:00:00.000+0800", "type": "Date"}, "reportCategory": {"value": "MAJOR_HAZARD"},
  "enterpriseName": {"value": "台儿庄某化工有限公司"}, "description": {"value": "储罐区可燃气体报警器长期停用。"}}}' | json "d['id']")
CASE=$(call taierzhuang GET "/engine-rest/process-instance/$PI" | json "d['businessKey']")
echo "case $CASE"
T1=$(open_task Task_Accept)
send taierzhuang POST "/engine-rest/task/$T1/claim" '{"userId": "taierzhuang"}'

echo "== 转办: refusals, then to complaint-clerk"
send shanting POST "/api/tasks/$T1/transfer" '{"userId": "complaint-clerk", "reason": "调整"}'
send bureau-head POST "/api/tasks/$T1/transfer" '{"userId": "complaint-clerk", "reason": "调整"}'
send taierzhuang POST "/api/tasks/$T1/transfer" '{"userId": "complaint-clerk"}'
send taierzhuang POST "/api/tasks/$T1/transfer" '{"userId": "shanting", "reason": "调整"}'
send taierzhuang POST "/api/tasks/$T1/transfer" '{"userId": "complaint-clerk", "reason": "本人出差，由受理员代办"}'

echo "== 委派 to taierzhuang and 归还"
send complaint-clerk POST "/api/tasks/$T1/delegate" '{"userId": "taierzhuang", "reason": "请核实举报人联系方式"}'
send taierzhuang POST "/api/tasks/$T1/transfer" '{"userId": "zaozhuang", "reason": "委派中转办"}'
send taierzhuang POST "/api/tasks/$T1/resolve" '{"reason": "已核实，联系方式有效"}'

echo "== 催办 by bureau-head, twice"
send bureau-head POST "/api/tasks/$T1/urge" '{"message": "请于今日内受理"}'
send bureau-head POST "/api/tasks/$T1/urge" '{"message": "再次催办"}'

echo "== 抄送 to zaozhuang (枣庄市), who reads it"
send complaint-clerk POST "/api/tasks/$T1/cc" '{"userIds": ["shanting"]}'
send complaint-clerk POST "/api/tasks/$T1/cc" '{"userIds": ["zaozhuang"], "reason": "涉及市级督办企业"}'
NOTE=$(call zaozhuang GET "/api/notifications?size=50" | json "[n['id'] for n in d['items'] if n['taskId'] == '$T1' and n['kind'] == 'CC'][0]")
send zaozhuang POST "/api/notifications/$NOTE/read"
send complaint-clerk GET "/api/tasks/$T1/cc"

echo "== 加签 (前加签) to taierzhuang: the task waits for the signature"
send complaint-clerk POST "/api/tasks/$T1/countersign" '{"userIds": ["taierzhuang"], "mode": "BEFORE", "reason": "请会签受理意见"}'
send complaint-clerk POST "/engine-rest/task/$T1/complete" '{"variables": {"acceptance": {"value": "ACCEPT"}}}'
SIGN=$(call taierzhuang GET "/engine-rest/task?parentTaskId=$T1" | json "d[0]['id']")
send taierzhuang POST "/engine-rest/task/$SIGN/comment/create" '{"message": "同意受理"}'
send taierzhuang POST "/engine-rest/task/$SIGN/complete" '{}'
send complaint-clerk GET "/api/tasks/$T1/countersign"
send complaint-clerk POST "/engine-rest/task/$T1/complete" '{"variables": {"acceptance": {"value": "ACCEPT"}}}'

echo "== 退回 from 调查核实 to 受理审查"
T2=$(open_task Task_Verify)
send enforcement-officer POST "/engine-rest/task/$T2/claim" '{"userId": "enforcement-officer"}'
send enforcement-officer GET "/api/tasks/$T2/return-targets"
send enforcement-officer POST "/api/tasks/$T2/return" '{"activityId": "Task_Close", "reason": "材料不全"}'
send enforcement-officer POST "/api/tasks/$T2/return" '{"activityId": "Task_Accept", "reason": "事实不清、证据不足，请补充举报人陈述"}'
T1B=$(open_task Task_Accept)
echo "受理审查 again: $T1B, held by $(call taierzhuang GET "/engine-rest/task/$T1B" | json "d['assignee']")"

echo "== 撤回 while 调查核实 is untouched, then once it was claimed"
send complaint-clerk POST "/engine-rest/task/$T1B/complete" '{"variables": {"acceptance": {"value": "ACCEPT"}}}'
send complaint-clerk POST "/api/tasks/$T1B/recall" '{"reason": "漏填受理意见"}'
T1C=$(open_task Task_Accept)
send complaint-clerk POST "/engine-rest/task/$T1C/complete" '{"variables": {"acceptance": {"value": "ACCEPT"}}}'
T2C=$(open_task Task_Verify)
send enforcement-officer POST "/engine-rest/task/$T2C/claim" '{"userId": "enforcement-officer"}'
send complaint-clerk POST "/api/tasks/$T1C/recall"

echo "== views"
send enforcement-officer GET "/api/inbox?view=mine&size=3"
send zaozhuang GET "/api/inbox?view=cc&size=3"
send complaint-clerk GET "/api/inbox?view=done&size=3"
send complaint-clerk GET "/api/notifications?size=3"

echo "== the case's timeline: the operations"
call auditor GET "/api/audit/cases/$CASE/timeline" | python3 -c "
import json, sys
for e in json.load(sys.stdin):
    if e['type'].startswith('TASK_') and e['type'] not in ('TASK_CREATED', 'TASK_COMPLETED', 'TASK_ASSIGNED', 'TASK_UNASSIGNED'):
        print(e['time'][11:19], e['type'].ljust(17), (e.get('user') or '').ljust(20), e['description'])"
