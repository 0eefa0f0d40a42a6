#!/usr/bin/env bash
# Walks a 三同时 case (非煤矿山, design reviewed by the authority) from registration to COMPLETE over /engine-rest,
# each step done by the user whose task it is: the builder's own user `enterprise` and `project-reviewer`.
# Needs the demo profile running (mvn spring-boot:run) and curl + python3. Usage: docs/examples/simultaneity-rest.sh [base-url]
set -euo pipefail
BASE=${1:-http://localhost:8080}
CODE=91370405MA3C000019
. "$(dirname "$0")/lib.sh"

now() { date -Iseconds; }
ago() { date -d "$1 days ago" +%Y-%m-%d; }
gate() { call licensing-clerk GET "/api/licensing/gates?enterpriseCreditCode=$CODE&licenceType=NON_COAL_MINE" | json "[g['reason'] for g in d if g['gate']=='THREE_SIMULTANEITIES'][0]"; }

echo "== registration by the builder itself (enterprise)"
echo "another company's project: $(call enterprise POST /engine-rest/process-definition/key/three-simultaneities-review/start "{\"variables\": $(v \
  jurisdiction '"370405"' enterpriseName '"台儿庄某机械有限公司"' enterpriseCreditCode '"913704057060000006"' projectName '"技改"' \
  projectCategory '"OTHER"' receivedAt "\"$(now)\"")}" | json "d['message']")"
START=$(call enterprise POST /engine-rest/process-definition/key/three-simultaneities-review/start "{\"variables\": $(v \
  jurisdiction '"370405"' enterpriseName '"台儿庄某化工有限公司"' enterpriseCreditCode "\"$CODE\"" \
  projectName '"石灰石矿山扩建工程"' projectCategory '"NON_COAL_MINE"' projectLocation '"台儿庄区涧头集镇"' investmentYuan 36000000 \
  receivedAt "\"$(now)\"")}")
PI=$(echo "$START" | json "d['id']"); CASE=$(echo "$START" | json "d['businessKey']")
echo "case $CASE  tenant $(echo "$START" | json "d['tenantId']")  mode: $(call enterprise GET /engine-rest/process-instance/$PI/variables/designReviewMode | json "d['value']")"
echo "gate: $(gate)"

step enterprise Task_SafetyEvaluation "$(v evaluationAgency '"山东某安全评价有限公司"' evaluationAgencyQualification '"APJ-(鲁)-001"' \
  evaluationReportNumber '"YP-2026-015"' evaluationConclusion '"采取对策措施后可满足安全要求"' evaluationCompletedAt "\"$(now)\"")"
step enterprise Task_OccupationalPreEvaluation "$(v occupationalHazardClass '"SERIOUS_LEANING"' occupationalPreEvaluationReportNumber '"ZYB-YP-2026-3"' \
  occupationalPreEvaluationSummary '"粉尘、噪声；设除尘和隔声"')"
step enterprise Task_DesignApplication "$(v designUnit '"山东某设计院"' designUnitQualification '"A137000001"' designDocumentIds '"SJ-2026-007"' \
  preEvaluationAdviceResponse '"全部采纳"')"
step project-reviewer Task_DesignAcceptance "$(v designAccepted true acceptanceOpinion '"材料齐全，予以受理"')"
echo "== without its 立项文号 the design cannot pass"
step project-reviewer Task_DesignReview "$(v reviewAction '"DECIDE"' reviewExperts '"王工、赵工"' expertOpinion '"符合"' partiesQualified true \
  meetsStandards true preEvaluationAdviceHandled true reviewOpinion '"同意"')"
echo "decision: $(call enterprise GET /engine-rest/process-instance/$PI/variables/designReviewReason | json "d['value']")"
step enterprise Task_DesignRefused "$(v reapply true reapplyNote '"已取得核准文件"')"
step enterprise Task_DesignApplication "$(v designUnit '"山东某设计院"' designUnitQualification '"A137000001"' designDocumentIds '"SJ-2026-007"' \
  preEvaluationAdviceResponse '"全部采纳"' projectApprovalNumber '"枣发改核准〔2026〕8号"')"
step project-reviewer Task_DesignAcceptance "$(v designAccepted true acceptanceOpinion '"予以受理"')"
step project-reviewer Task_DesignReview "$(v reviewAction '"DECIDE"' reviewExperts '"王工、赵工"' expertOpinion '"符合"' partiesQualified true \
  meetsStandards true preEvaluationAdviceHandled true reviewOpinion '"同意"')"
echo "status: $(call enterprise GET /engine-rest/process-instance/$PI/variables/projectStatus | json "d['value']")"
sign Task_PublishDesignApproval
echo "== construction: a check finds it not built to the design"
step project-reviewer Task_SiteCheck "$(v checkedAt "\"$(now)\"" inspectors '"张明、李华"' builtToDesign false checkFindings '"排水设施未按设计施工"')"
refused enterprise Task_ConstructionReport "$(v constructionOutcome '"COMPLETED"' constructionSummary '"完工"' constructionCompletedAt "\"$(now)\"")"
step enterprise Task_ConstructionRectify "$(v rectificationReport '"已按设计补建排水设施"')"
step project-reviewer Task_SiteRecheck "$(v recheckedAt "\"$(now)\"" recheckInspectors '"张明、李华"' recheckPassed true recheckOpinion '"合格，恢复施工"')"
step enterprise Task_ConstructionReport "$(v constructionOutcome '"COMPLETED"' constructionSummary '"主体和安全设施同时完工"' constructionCompletedAt "\"$(now)\"")"
echo "== trial run (begun 40 days ago), acceptance"
step enterprise Task_TrialRunPlan "$(v trialRunStartsOn "\"$(ago 40)\"" trialRunDays 30 trialRunPlanSummary '"联动试车，应急预案已演练"')"
step enterprise Task_TrialRun "$(v trialRunOutcome '"FINISHED"' trialRunSummary '"运行平稳"')"
refused enterprise Task_CompletionAcceptance "$(v acceptanceEvaluationAgency '"山东某安全评价有限公司"' acceptanceEvaluationQualification '"APJ-(鲁)-001"' \
  acceptanceEvaluationReportNumber '"YS-2026-020"' acceptedAt "\"$(now)\"" acceptanceReport '"验收不合格"' acceptancePassed false)"
step enterprise Task_CompletionAcceptance "$(v acceptanceEvaluationAgency '"山东某安全评价有限公司"' acceptanceEvaluationQualification '"APJ-(鲁)-001"' \
  acceptanceEvaluationReportNumber '"YS-2026-020"' acceptedAt "\"$(now)\"" acceptanceReport '"验收组 7 人，安全设施符合设计"' acceptancePassed true)"
step enterprise Task_OccupationalAcceptance "$(v controlEffectReportNumber '"ZYB-KX-2026-3"' occupationalAcceptedAt "\"$(now)\"" \
  occupationalAcceptanceSummary '"防护设施验收合格"')"
echo "draw: $(call demo GET "/engine-rest/history/variable-instance?processInstanceId=$PI&variableName=spotCheckDrawRecord" | json "d[0]['value']")"
if [ -n "$(task_of project-reviewer Task_SpotCheck)" ]; then
  step project-reviewer Task_SpotCheck "$(v spotCheckedAt "\"$(now)\"" spotCheckInspectors '"张明、李华"' spotCheckPassed true spotCheckOpinion '"安全设施已同时投入使用"')"
fi
echo "status: $(call demo GET "/engine-rest/history/variable-instance?processInstanceId=$PI&variableName=projectStatus" | json "d[0]['value']")  ended: $(call demo GET /engine-rest/history/process-instance/$PI | json "d['state']")"
echo "gate: $(gate)"
echo "documents: $(call demo GET /api/cases/$CASE/documents | json "'、'.join(x['title'] for x in d)")"
