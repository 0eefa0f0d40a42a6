#!/usr/bin/env bash
# Walks a 联合执法 双随机一公开 case over /engine-rest, each step done by the user whose step it is: the lead
# department's 执法人员 `enforcement-officer`, the 机关负责人 `bureau-head`, the drawn inspectors, and the inspected
# company's own user `enterprise`. The administrator `demo` only keeps the register (its role), so that the plan's
# industry holds exactly the demo company and the draw is known. Needs the demo profile running
# (mvn spring-boot:run) and curl + python3. Usage: docs/examples/enforcement-rest.sh [base-url]
set -euo pipefail
BASE=${1:-http://localhost:8080}
CODE=91370405MA3C000019
INDUSTRY="联合执法演示行业"
START=/engine-rest/process-definition/key/joint-enforcement/start
. "$(dirname "$0")/lib.sh"

now() { date -Iseconds; }
later() { date -Iseconds -d "$1 days"; }
plan() { v jurisdiction '"370405"' planName '"2026 年第四季度危化品联合抽查"' departments '"EMERGENCY、MARKET"' \
  industry "\"$INDUSTRY\"" sampleSize "$1" randomSeed '"9007199254740993"'; }
# The seed as the start form's text field sends it, in digits: 2^53 + 1, which a browser's number would round.

echo "== the register (administrator): the demo company in the plan's industry"
call demo PUT /api/registry/enterprises/$CODE "{\"name\": \"台儿庄某化工有限公司\", \"jurisdiction\": \"370405\", \"industry\": \"$INDUSTRY\"}" >/dev/null

echo "== refused, nothing stored"
echo "another department's officer: $(call inspector-market-1 POST $START "{\"variables\": $(plan 1)}" | json "d['message']")"
echo "a sample larger than the pool: $(call enforcement-officer POST $START "{\"variables\": $(plan 5)}" | json "d['message']")"

echo "== the lead department opens the plan; the draw runs in the same transaction"
STARTED=$(call enforcement-officer POST $START "{\"variables\": $(plan 1)}")
PI=$(echo "$STARTED" | json "d['id']"); CASE=$(echo "$STARTED" | json "d['businessKey']")
echo "case $CASE"
call enforcement-officer GET /api/enforcement/draws/$CASE | json "'seed %s  sample %s  teams %s' % (d['seed'], d['sampledEnterprises'], d['inspectorAssignments'])"
echo "the enterprise before its inspection: case visible? $(call enterprise GET "/engine-rest/process-instance?businessKey=$CASE" | json "len(d) > 0")," \
  "draw: HTTP $(curl -s -o /dev/null -w '%{http_code}' -u enterprise:demo "$BASE/api/enforcement/draws/$CASE")"

PLAN="$(v inspectionsFrom "\"$(now)\"" inspectionsUntil "\"$(later 20)\"" planDescription '"四不两直，照单检查"')"
echo "== the plan is the lead department's: its roster's officers are the candidates (leadDepartmentOfficers)"
echo "candidates: $(call enforcement-officer GET /engine-rest/process-instance/$PI/variables/leadDepartmentOfficers | json "d['value']")"
refused inspector-market-1 Task_Plan "$PLAN"
step enforcement-officer Task_Plan "$PLAN"
step bureau-head Task_ApprovePlan "$(v planApproved true)"
sign Task_PublishPlan
echo "public: $(curl -s "$BASE/api/public/notices?type=SPOT_CHECK_PLAN" | json "[n['title'] for n in (d['items'] if isinstance(d, dict) else d)][:1]")"

echo "== the inspection: only the drawn team"
TASK=$(task_of enforcement-officer Task_Inspect)
TEAM=$(call enforcement-officer GET /engine-rest/task/$TASK/variables/inspectionTeam | json "d['value']")
FIRST=${TEAM%%,*}; REST=${TEAM#*,}; SECOND=${REST%%,*}
echo "到场执法人员 to tick: $(call enforcement-officer GET "/engine-rest/task/$TASK/form-variables?variableNames=inspectorOptions" | \
  json "'、'.join(o['label'] for o in d['inspectorOptions']['value'])")"
RESULTS=$(call enforcement-officer GET /engine-rest/process-instance/$PI/variables/checklistText | \
  json "'\\n'.join(l[:l.index('（')] + ('；不合格；警示标志缺失' if i == 0 else '；合格；无') for i, l in enumerate(d['value'].splitlines()))")
RECORD=$(v inspectedAt "\"$(now)\"" presentInspectors "\"$FIRST、$SECOND\"" refused false \
  checklistResults "$(python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$RESULTS")" findings '"GENERAL"' \
  findingsDescription '"储罐区安全警示标志缺失"' rectificationDueDate "\"$(later 30)\"" attachmentIds '"IMG_0001.jpg"')
refused inspector-fire-1 Task_Inspect "$RECORD"
step "$FIRST" Task_Inspect "$RECORD"

echo "== results public within 20 working days; the enterprise now sees its own 整改 task"
sign Task_PublishResults
step enterprise Task_Rectify "$(v rectificationAction '"REPORT"' rectificationReport '"已补设警示标志"')"
step "$FIRST" Task_Recheck "$(v recheckedAt "\"$(now)\"" recheckInspectors "\"$FIRST、$SECOND\"" recheckPassed true recheckOpinion '"已整改"')"
echo "ended: $(call auditor GET "/engine-rest/history/process-instance?processInstanceId=$PI" | json "d[0]['state']")"
echo "文书: $(call auditor GET /api/cases/$CASE/documents | json "'、'.join(x['title'] for x in d)")"
