#!/usr/bin/env bash
# An accident case over /engine-rest alone: both DMN tables, a 快报, a 补报 message, result variables,
# task due dates and timers; then a migrated evaluation walked to its published report.
# Needs the demo profile running (mvn spring-boot:run). Usage: docs/examples/accident-rest.sh [base-url]
set -euo pipefail
BASE=${1:-http://localhost:8080}
c() { curl -s -u "${U:-demo}:demo" -H 'Content-Type: application/json' "$@"; }
py() { python3 -c "import json,sys; d=json.load(sys.stdin); $1"; }

echo "== DMN accident-grade (4 deaths, 2 serious injuries, 3,000,000 元)"
c "$BASE/engine-rest/decision-definition/key/accident-grade/evaluate" -d '{"variables": {"deaths": {"value": 4, "type": "Integer"},
  "seriousInjuries": {"value": 2, "type": "Integer"}, "directEconomicLossYuan": {"value": 3000000, "type": "Double"}}}' | py "print(d)"
echo "== DMN accident-jurisdiction (LARGER, typical)"
c "$BASE/engine-rest/decision-definition/key/accident-jurisdiction/evaluate" -d '{"variables": {"grade": {"value": "LARGER"}, "typical": {"value": true}}}' | py "print(d)"

NOW=$(python3 -c "import datetime; t=datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))); print((t-datetime.timedelta(minutes=50)).isoformat(timespec='seconds'))")
SENT=$(python3 -c "import datetime; t=datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))); print((t-datetime.timedelta(minutes=5)).isoformat(timespec='seconds'))")
echo "== 快报 (2 deaths), occurred $NOW, reported $SENT"
START=$(U=accident-officer c "$BASE/engine-rest/process-definition/key/accident-investigation/start" -d "{\"variables\": {
  \"jurisdiction\": {\"value\": \"370406\"}, \"enterpriseName\": {\"value\": \"山亭某建材有限公司\"}, \"enterpriseCreditCode\": {\"value\": \"91370406MA3C00002T\"},
  \"occurredAt\": {\"value\": \"$NOW\"}, \"reportedAt\": {\"value\": \"$SENT\"}, \"deaths\": {\"value\": 2, \"type\": \"Integer\"},
  \"seriousInjuries\": {\"value\": 0, \"type\": \"Integer\"}, \"directEconomicLossYuan\": {\"value\": 900000, \"type\": \"Double\"},
  \"accidentSummary\": {\"value\": \"脚手架坍塌\"}}}")
PI=$(echo "$START" | py "print(d['id'])"); CASE=$(echo "$START" | py "print(d['businessKey'])"); echo "case $CASE"
vars() { c "$BASE/engine-rest/process-instance/$PI/variables" | py "print({k: d[k]['value'] for k in ['accidentGrade','investigationLevel','supervisionLevel','replyDays','lateReport','reportDueDate','deaths'] if k in d})"; }
vars
echo "tasks:"; c "$BASE/engine-rest/task?processInstanceId=$PI" | py "[print('  ', t['name'], 'due', t['due']) for t in d]"
echo "== a refused 补报 (negative deaths) stores nothing"
curl -s -o /tmp/corr.out -w '%{http_code} ' -u demo:demo -H 'Content-Type: application/json' "$BASE/engine-rest/message" -d "{\"messageName\": \"accident-casualty-update\",
  \"businessKey\": \"$CASE\", \"processVariables\": {\"deaths\": {\"value\": -1, \"type\": \"Integer\"}}}"; py "print(d['message'])" < /tmp/corr.out
echo "== 补报 within 30 days: 3 deaths"
c "$BASE/engine-rest/message" -d "{\"messageName\": \"accident-casualty-update\", \"businessKey\": \"$CASE\", \"processVariables\": {
  \"deaths\": {\"value\": 3, \"type\": \"Integer\"}, \"seriousInjuries\": {\"value\": 0, \"type\": \"Integer\"}, \"directEconomicLossYuan\": {\"value\": 1200000, \"type\": \"Double\"}}}" -o /dev/null -w 'correlate: %{http_code}\n'
vars
echo "tasks:"; c "$BASE/engine-rest/task?processInstanceId=$PI" | py "[print('  ', t['name'], 'due', t['due'], t['taskDefinitionKey']) for t in d]"
echo "documents: $(c "$BASE/api/cases/$CASE/documents" | py "print([x['title'] for x in d])")"

echo "== a migrated evaluation (closed 11 months ago): its start timer is due at once"
CLOSED=$(python3 -c "import datetime; t=datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))); print((t-datetime.timedelta(days=335)).isoformat(timespec='seconds'))")
EV=$(c "$BASE/engine-rest/process-definition/key/post-accident-evaluation/start" -d "{\"variables\": {\"accidentCaseId\": {\"value\": \"SG-370406-2025-000007\"},
  \"accidentName\": {\"value\": \"山亭区“12·8”较大坍塌事故\"}, \"jurisdiction\": {\"value\": \"370406\"}, \"closedAt\": {\"value\": \"$CLOSED\"},
  \"preventiveMeasures\": {\"value\": \"完善脚手架验收制度；山亭某建材有限公司；2026-06-30\"}}}")
EPI=$(echo "$EV" | py "print(d['id'])"); ECASE=$(echo "$EV" | py "print(d['businessKey'])"); echo "evaluation $ECASE"
c "$BASE/engine-rest/job?processInstanceId=$EPI" | py "[print('   timer', j['dueDate']) for j in d]"
for i in $(seq 1 20); do N=$(c "$BASE/engine-rest/task?processInstanceId=$EPI" | py "print(len(d))"); [ "$N" -gt 0 ] && break; sleep 1; done
done_task() { local user=$1 key=$2 body=$3; local id; id=$(c "$BASE/engine-rest/task?processInstanceId=$EPI&taskDefinitionKey=$key" | py "print(d[0]['id'])")
  U=$user c "$BASE/engine-rest/task/$id/complete" -d "{\"variables\": $body}" -o /dev/null -w "  %{http_code} $user $key\n"; }
done_task government Task_EvaluationPlan '{"evaluationTeam": {"value": "区应急管理局、住建局、专家"}, "evaluationPlan": {"value": "逐项核查"}}'
done_task accident-officer Task_MeasureReport '{"measureReport": {"value": "制度已修订并执行"}}'
done_task expert Task_MeasureVerify '{"rating": {"value": "IMPLEMENTED"}, "ratingEvidence": {"value": "现场抽查 3 个项目"}}'
done_task accident-officer Task_EvaluationReport '{"overallConclusion": {"value": "整改措施已落实"}, "reportSummary": {"value": "评估情况……"}}'
done_task government Task_ApproveReport '{"approvalNumber": {"value": "山政字〔2026〕88号"}}'
SIGN=$(c "$BASE/engine-rest/task?processInstanceId=$EPI&taskDefinitionKey=Task_PublishReport" | py "print(d[0]['id'])")
DRAFT=$(c "$BASE/engine-rest/task/$SIGN/variables" | py "print(json.dumps({k: {'value': d[k]['value']} for k in ('noticeTitle', 'noticeBody')}, ensure_ascii=False))")
done_task bureau-head Task_PublishReport "${DRAFT%\}}, \"noticeApproved\": {\"value\": true}}"
echo "== public notices of $CASE and $ECASE:"
curl -s "$BASE/api/public/notices?size=200" | py "[print('  ', n['typeName'], '|', n['title']) for n in d if n['caseNumber'] in ('$CASE', '$ECASE')]"
