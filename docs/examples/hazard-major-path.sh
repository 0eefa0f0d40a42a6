#!/usr/bin/env bash
# Walks a 重大事故隐患 from report to 销号 over /engine-rest, each step done by the role user whose task it is.
# Needs the demo profile running (mvn spring-boot:run) and curl + python3. Usage: docs/examples/hazard-major-path.sh [base-url]
set -euo pipefail
BASE=${1:-http://localhost:8080}
CODE=91370405MA3C000019
. "$(dirname "$0")/lib.sh"


echo "== report (hazard-officer)"
START=$(call hazard-officer POST /engine-rest/process-definition/key/hazard-rectification/start "{\"variables\": $(v \
  jurisdiction '"370405"' enterpriseName '"台儿庄某化工有限公司"' enterpriseCreditCode "\"$CODE\"" \
  hazardDescription '"二号液氨储罐区未设置有毒气体泄漏报警装置"' hazardSource '"INSPECTION"' discoveredAt '"2026-11-20T10:00:00+08:00"')}")
PI=$(echo "$START" | json "d['id']"); echo "case $(echo "$START" | json "d['businessKey']")  tenant $(echo "$START" | json "d['tenantId']")"
call demo POST "/api/registry/enterprises/$CODE/users" '{"userId": "enterprise"}' > /dev/null

step hazard-officer Task_Register "$(v location '"二号液氨储罐区"' industry '"CHEMICAL"' attachmentIds '"IMG-0001"' expertGradingRequested false)"
step hazard-officer Task_Grade "$(v hazardGrade '"MAJOR"' gradingStandard '"STD_CHEMICAL"' gradingClause '"第十三条"' gradingReason '"重点监管危化品储罐区未设泄漏报警"')"
step hazard-officer Task_ImmediateMeasures "$(v evacuated true cordoned true shutdown true shutdownScope '"PARTIAL"' peopleAtRisk 12 estimatedCostYuan 350000 crossJurisdiction false)"
step enterprise Task_ReportToDepartment "$(v currentSituation '"储罐区无泄漏报警"' causes '"设计缺陷"' harmAndDifficulty '"泄漏可致中毒，需停用储罐整改"' planOutline '"增设报警并联锁紧急切断"')"
step enterprise Task_ReportToWorkers "$(v workersMeetingAt '"2026-11-21T09:00:00+08:00"' workersMeetingSummary '"职工代表同意停产整改"')"
echo "listing level: $(call demo GET /engine-rest/process-instance/$PI/variables/listingLevel | json "d['value']")  authority: $(call demo GET /engine-rest/process-instance/$PI/variables/listingAuthority | json "d['value']")"
step safety-committee-office Task_IssueListingNotice "$(v supervisionItems '"增设泄漏报警并联锁"' rectificationDeadline '"2027-01-31"' liftingConditions '"评估合格、复查合格后销号"')"
sign Task_PublishListing
echo "== bad input is refused and nothing is stored"
refused enterprise Task_SubmitPlan "$(v planMeasures '"增设报警"' planFundsYuan 350000 planDeadline '"2027-01-20"' planContingency '"储罐倒空停用"')"
refused enterprise Task_SubmitPlan "$(v planResponsiblePerson '"张三"' planMeasures '"增设报警"' planFundsYuan -1 planDeadline '"2027-01-20"' planContingency '"储罐倒空停用"')"
refused enterprise Task_SubmitPlan "$(v planResponsiblePerson '"张三"' planMeasures '"增设报警"' planFundsYuan 350000 planDeadline '"2025-01-20"' planContingency '"储罐倒空停用"')"
refused hazard-officer Task_SubmitPlan "$(v planResponsiblePerson '"张三"' planMeasures '"增设报警"' planFundsYuan 350000 planDeadline '"2027-01-20"' planContingency '"储罐倒空停用"')"
echo "documents so far: $(call demo GET /api/cases/$(echo "$START" | json "d['businessKey']")/documents | json "len(d)")"
PLAN="$(v planResponsiblePerson '"张三（总经理）"' planMeasures '"增设报警并与紧急切断阀联锁"' planFundsYuan 350000 planDeadline '"2027-01-20"' planContingency '"储罐倒空停用，专人监护"')"
step enterprise Task_SubmitPlan "$PLAN"
step hazard-officer Task_ReviewPlan "$(v planApproved false planReviewOpinion '"应急预案未明确疏散路线"')"
step enterprise Task_SubmitPlan "$PLAN"
step hazard-officer Task_ReviewPlan "$(v planApproved true planReviewOpinion '"同意实施"')"
step hazard-officer Task_OnSiteCheck "$(v checkedAt '"2026-11-22T10:00:00+08:00"' checkFindings '"报警装置正在安装"')"
step enterprise Task_Rectify "$(v assessmentBy '"EVALUATION_AGENCY"' assessmentSummary '"具备复产条件"' closingApplication '"申请销号并复产"')"
step safety-committee-office Task_Recheck "$(v recheckPassed false recheckOpinion '"报警未与紧急切断联锁"')"
step enterprise Task_Rectify "$(v assessmentBy '"EVALUATION_AGENCY"' assessmentSummary '"联锁已投用"' closingApplication '"再次申请销号"')"
step safety-committee-office Task_Recheck "$(v recheckPassed true recheckOpinion '"复查合格，予以销号"')"
sign Task_PublishDelisting
CASE=$(echo "$START" | json "d['businessKey']")
echo "== ended: $(call demo GET "/engine-rest/history/process-instance/$PI" | json "d['state']")  listed=$(call demo GET "/engine-rest/history/variable-instance?processInstanceId=$PI&variableName=listed" | json "d[0]['value']")"
echo "== public notices of $CASE:"
curl -s "$BASE/api/public/notices?size=200" | python3 -c "import json,sys; [print('  ', n['typeName'], '|', n['title']) for n in json.load(sys.stdin) if n['caseNumber']=='$CASE']"
echo "== documents: $(call demo GET /api/cases/$CASE/documents | json "', '.join(x['title'] for x in d)")"
