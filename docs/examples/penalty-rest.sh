#!/usr/bin/env bash
# Walks a 行政处罚 over /engine-rest, each step done by the user whose task it is: the 执法人员 (enforcement-officer) opens
# the case, the 机关负责人 (bureau-head) approves the 立案, the officer investigates and proposes a fine large enough for a
# hearing, the 法制审核员 (legal-reviewer) reviews, the head discusses, the officer serves the 告知, the party asks for a
# hearing, the legal reviewer notices and holds it, the head extends the 90 days once and then decides, the officer
# serves the decision and records the payment, the head signs the 公示 off and closes the case. Then a refused start
# (a wrong credit code: 400), a second case transferred to 公安 as a suspected crime, and a third ordering a 停产停业整顿:
# a 拒不执行 opens a 停止供电 case, the enterprise (user enterprise) applies for 复产, refused once, then agreed.
# Needs the demo profile running (mvn spring-boot:run) and curl + python3. Usage: docs/examples/penalty-rest.sh [base-url]
set -euo pipefail
BASE=${1:-http://localhost:8080}
. "$(dirname "$0")/lib.sh"
now() { date -Iseconds; }
later() { date -Iseconds -d "+$1 days"; }
CODE=91370405MA3C000019
start() { call enforcement-officer POST /engine-rest/process-definition/key/administrative-penalty/start "{\"variables\": $(v \
  jurisdiction '"370405"' enterpriseName '"台儿庄某化工有限公司"' enterpriseCreditCode "\"$1\"" caseSource '"INSPECTION"' \
  violationFacts '"联合检查发现特种作业人员无证上岗"' openedAt "\"$(now)\"")}"; }

echo "== 立案 (enforcement-officer)"
START=$(start $CODE); PI=$(echo "$START" | json "d['id']"); CASE=$(echo "$START" | json "d['businessKey']")
echo "case $CASE  decision due $(call enforcement-officer GET /engine-rest/process-instance/$PI/variables/decisionDueDate | json "d['value']")"
step bureau-head Task_ApproveFiling "$(v filingApproved true filingOpinion '"同意立案"')"
# 调查取证的执法人员 are ticked from officerOptions: the roster's 应急管理 inspectors working for 台儿庄区 (taierzhuang declared a
# 回避 with the demo company and is not offered). Over REST: a JSON list, or the user names separated by 「、」.
echo "执法人员 to tick: $(call enforcement-officer GET "/engine-rest/task/$(task_of enforcement-officer Task_Investigate)/form-variables?variableNames=officerOptions" | \
  json "'、'.join(o['label'] for o in d['officerOptions']['value'])")"
refused enforcement-officer Task_Investigate "$(v investigators '"enforcement-officer"' interviewRecords '"XW-01"' evidenceSummary '"无证上岗"')"
refused enforcement-officer Task_Investigate "$(v investigators '["enforcement-officer", "inspector-market-1"]' interviewRecords '"XW-01"' evidenceSummary '"无证上岗"')"
step enforcement-officer Task_Investigate "$(v investigators '"enforcement-officer、hazard-officer"' interviewRecords '"XW-01 主要负责人"' inspectionRecords '"KY-01"' evidenceSummary '"两名特种作业人员无证上岗"')"
step enforcement-officer Task_Propose "$(v partyType '"UNIT"' violationFindings '"特种作业人员未取得相应资格上岗作业"' legalBasis '"安全生产法第九十七条第七项"' proposedFineYuan 150000)"
echo "hearing right: $(call enforcement-officer GET /engine-rest/process-instance/$PI/variables/hearingRightReason | json "d['value']")"
step legal-reviewer Task_LegalReview "$(v legalReviewOpinion '"主体合法、事实清楚、程序合法、适用依据正确、裁量适当"' legalReviewAgreed true)"
step bureau-head Task_Collective "$(v discussionHeldAt "\"$(now)\"" discussionParticipants '"局长、副局长、法制科长"' discussionRecord '"一致同意罚款15万元"' discussionConclusion '"同意"')"
step enforcement-officer Task_Notify "$(v noticeServedAt "\"$(now)\"" noticeDeliveryMethod '"IN_PERSON"')"
step enforcement-officer Task_Statement "$(v statementMade false hearingRequested true)"
# The chair is chosen from hearingChairOptions: 法制审核员 of 台儿庄区 (or above) who neither investigated nor proposed.
echo "听证主持人 to choose: $(call legal-reviewer GET "/engine-rest/task/$(task_of legal-reviewer Task_HearingNotice)/form-variables?variableNames=hearingChairOptions" | \
  json "'、'.join(o['label'] for o in d['hearingChairOptions']['value'])")"
refused legal-reviewer Task_HearingNotice "$(v hearingNoticeServedAt "\"$(now)\"" hearingAt "\"$(later 2)\"" hearingPlace '"听证室"' hearingChair '"legal-reviewer"')"
refused legal-reviewer Task_HearingNotice "$(v hearingNoticeServedAt "\"$(now)\"" hearingAt "\"$(later 20)\"" hearingPlace '"听证室"' hearingChair '"enforcement-officer"')"
step legal-reviewer Task_HearingNotice "$(v hearingNoticeServedAt "\"$(now)\"" hearingAt "\"$(later 20)\"" hearingPlace '"区应急管理局听证室"' hearingChair '"legal-reviewer"')"
step legal-reviewer Task_Hearing "$(v hearingHeldAt "\"$(now)\"" hearingParticipants '"主持人、当事人委托代理人、调查人员"' hearingRecord '"当事人对事实无异议"' hearingOpinion '"维持"')"
refused enforcement-officer Task_Decide "$(v decisionOutcome '"EXTEND"' extensionDays 30 extensionReason '"需补充鉴定"')"
step bureau-head Task_Decide "$(v decisionOutcome '"EXTEND"' extensionDays 30 extensionReason '"需补充鉴定"')"
echo "extended: $(call bureau-head GET /engine-rest/process-instance/$PI/variables/extensions | json "d['value']")"
# A decision of a kind 应急管理部令第11号 lists (提请关闭, 罚款 100 万元以上, a circumstance named in dishonestyCircumstance)
# must also answer blacklistDecision LIST / NOT_LIST; LIST enters the 黑名单 (docs/enforcement.md). 15 万元 is not such a kind.
refused bureau-head Task_Decide "$(v decisionOutcome '"PENALIZE"' fineAmountYuan 150000 decisionNumber '"（鲁台）应急罚〔2026〕31号"' decisionReason '"事实清楚"' blacklistDecision '"LIST"')"
refused bureau-head Task_Decide "$(v decisionOutcome '"PENALIZE"' fineAmountYuan 200000 decisionNumber '"（鲁台）应急罚〔2026〕31号"' decisionReason '"事实清楚"')"
step bureau-head Task_Decide "$(v decisionOutcome '"PENALIZE"' fineAmountYuan 150000 decisionNumber '"（鲁台）应急罚〔2026〕31号"' decisionReason '"事实清楚，证据确凿；可于60日内申请行政复议或6个月内提起行政诉讼"')"
step enforcement-officer Task_Deliver "$(v deliveredAt "\"$(now)\"" deliveryMethod '"IN_PERSON"')"
sign Task_Publish
step enforcement-officer Task_Payment "$(v paidAt "\"$(now)\"" paymentReceipt '"鲁财缴 0031"')"
step bureau-head Task_Close "$(v closingOpinion '"已履行，同意结案"')"
call enforcement-officer GET "/engine-rest/history/variable-instance?processInstanceId=$PI&variableName=penaltyDecisionText" | json "'decided: ' + d[0]['value']"

echo "== a wrong credit code is refused, nothing stored"
echo "$(start 91370405MA3C000018 | json "d['message']")"

echo "== 涉嫌犯罪 → 移送公安"
START=$(start $CODE); PI=$(echo "$START" | json "d['id']"); CASE=$(echo "$START" | json "d['businessKey']")
step bureau-head Task_ApproveFiling "$(v filingApproved true filingOpinion '"同意立案"')"
echo "message: $(curl -s -o /dev/null -w '%{http_code}' -u enforcement-officer:demo -H 'Content-Type: application/json' "$BASE/engine-rest/message" \
  -d "{\"messageName\": \"penalty-crime-suspected\", \"businessKey\": \"$CASE\", \"processVariables\": {\"crimeSuspicion\": {\"value\": \"非法储存危险化学品\"}}}")"
step enforcement-officer Task_DraftTransfer "$(v transferDrafters '["enforcement-officer", "hazard-officer"]' suspectedCrime '"非法储存危险物质罪"' transferFacts '"现场查获未登记的危险化学品约20吨"')"
step bureau-head Task_ApproveTransfer "$(v transferApproved true transferApprovalOpinion '"同意移送"')"
step enforcement-officer Task_Transfer "$(v transferredAt "\"$(now)\"" policeAuthority '"枣庄市公安局台儿庄分局"' transferReceipt '"台公移〔2026〕3号"')"
call enforcement-officer GET "/engine-rest/history/variable-instance?processInstanceId=$PI&variableName=decision" | json "'decision: ' + d[0]['value']"

echo "== 责令停产停业整顿: 拒不执行 → 停止供电 (a linked coercive-measure case); the enterprise applies for 复产, the officers review"
START=$(start $CODE); PI=$(echo "$START" | json "d['id']"); CASE=$(echo "$START" | json "d['businessKey']")
step bureau-head Task_ApproveFiling "$(v filingApproved true filingOpinion '"同意立案"')"
step enforcement-officer Task_Investigate "$(v investigators '"enforcement-officer、hazard-officer"' interviewRecords '"XW-02 主要负责人"' evidenceSummary '"储罐区未设置紧急切断装置，属重大事故隐患"')"
step enforcement-officer Task_Propose "$(v partyType '"UNIT"' violationFindings '"重大事故隐患未采取措施消除"' legalBasis '"安全生产法第一百零二条"' proposedShutdown true majorHazard true)"
echo "提请关闭 (§113): $(call enforcement-officer GET /engine-rest/process-instance/$PI/variables/closureReferralReason | json "d['value']")"
step legal-reviewer Task_LegalReview "$(v legalReviewOpinion '"同意"' legalReviewAgreed true)"
step bureau-head Task_Collective "$(v discussionHeldAt "\"$(now)\"" discussionParticipants '"局长、副局长"' discussionRecord '"同意停产整顿"' discussionConclusion '"同意"')"
step enforcement-officer Task_Notify "$(v noticeServedAt "\"$(now)\"" noticeDeliveryMethod '"IN_PERSON"')"
step enforcement-officer Task_Statement "$(v statementMade false hearingRequested false)"
step bureau-head Task_Decide "$(v decisionOutcome '"PENALIZE"' shutdown true shutdownUntil "\"$(later 30)\"" decisionNumber '"（鲁台）应急罚〔2026〕32号"' decisionReason '"事实清楚，证据确凿；可于60日内申请行政复议或6个月内提起行政诉讼"')"
step enforcement-officer Task_Deliver "$(v deliveredAt "\"$(now)\"" deliveryMethod '"IN_PERSON"')"
sign Task_Publish
echo "message: $(curl -s -o /dev/null -w '%{http_code}' -u enforcement-officer:demo -H 'Content-Type: application/json' "$BASE/engine-rest/message" \
  -d "{\"messageName\": \"penalty-shutdown-refused\", \"businessKey\": \"$CASE\"}")"
step enforcement-officer Task_RecordShutdownRefusal "$(v shutdownRefusalFoundAt "\"$(now)\"" shutdownRefusalOfficers '"enforcement-officer、hazard-officer"' shutdownRefusalFacts '"夜间擅自组织生产"' accidentRiskReal true supplyMeasure '"POWER_CUT"')"
echo "停止供电 case: $(call enforcement-officer GET /engine-rest/process-instance/$PI/variables/supplyStopCaseNumber | json "d['value']")"
refused enforcement-officer Task_ApplyResumption "$(v resumptionAppliedAt "\"$(now)\"" resumptionReport '"已整改"')"
step enterprise Task_ApplyResumption "$(v resumptionAppliedAt "\"$(now)\"" resumptionReport '"已设置紧急切断装置"')"
step enforcement-officer Task_ReviewResumption "$(v resumptionReviewedAt "\"$(now)\"" resumptionReviewers '"enforcement-officer、hazard-officer"' resumptionAgreed false resumptionOpinion '"切断装置未联锁"')"
step enterprise Task_ApplyResumption "$(v resumptionAppliedAt "\"$(now)\"" resumptionReport '"已完成联锁调试"')"
step enforcement-officer Task_ReviewResumption "$(v resumptionReviewedAt "\"$(now)\"" resumptionReviewers '"enforcement-officer、hazard-officer"' resumptionAgreed true resumptionOpinion '"整改到位，同意恢复生产经营"')"
step bureau-head Task_Close "$(v closingOpinion '"已恢复生产，同意结案"')"
call enforcement-officer GET "/engine-rest/history/variable-instance?processInstanceId=$PI&variableName=shutdownStatus" | json "'shutdown: ' + d[0]['value']"
