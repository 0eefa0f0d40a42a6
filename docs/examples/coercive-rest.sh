#!/usr/bin/env bash
# Walks two 行政强制措施 over /engine-rest, each step done by the user whose task it is. A 查封: the 执法人员
# (enforcement-officer) decides it, the 机关负责人 (bureau-head) approves, two officers carry it out (one alone is refused),
# the officer asks for an extension, the head grants it once (a second is refused), the officer decides to lift and the
# head issues the 解除决定书. Then a 停止供电: approved, the 通知书 served (here dated 25 hours ago, so the 24 hours of
# 安全生产法§70 are already over and the timer fires at once), the stop recorded, the enterprise (its own user, added to its
# group by the administrator as in hazard-major-path.sh) applies for lifting, the officers recheck, the head lifts.
# Last, refused starts (400, and 403 for a licensing clerk; nothing stored). Needs the demo profile running (mvn spring-boot:run) and curl + python3.
# Usage: docs/examples/coercive-rest.sh [base-url]
set -euo pipefail
BASE=${1:-http://localhost:8080}
. "$(dirname "$0")/lib.sh"
now() { date -Iseconds; }
ago() { date -Iseconds -d "-$1"; }
CODE=91370405MA3C000019
start_body() { echo "{\"variables\": $(v \
  jurisdiction '"370405"' enterpriseName '"台儿庄某化工有限公司"' enterpriseCreditCode "\"$1\"" measureType "\"$2\"" \
  measureFacts '"使用未经检测的压力容器，随时可能泄漏"' legalBasis '"安全生产法第六十五条第一款第四项"' seizedItems '"储气罐（2 m³）1 台；空压机 1 台"' $3)}"; }
start() { call enforcement-officer POST /engine-rest/process-definition/key/coercive-measure/start "$(start_body "$@")"; }
var() { call enforcement-officer GET "/engine-rest/process-instance/$PI/variables/$1" | json "d['value']"; }

echo "== 查封 (enforcement-officer decides, bureau-head approves)"
START=$(start $CODE SEIZURE ""); PI=$(echo "$START" | json "d['id']"); echo "case $(echo "$START" | json "d['businessKey']")"
refused enforcement-officer Task_Approve "$(v approved true approvalOpinion '"同意"')"
step bureau-head Task_Approve "$(v approved true approvalOpinion '"同意查封"')"
refused enforcement-officer Task_Implement "$(v officers '"张某"' implementedAt "\"$(ago '1 hour')\"" siteRecord '"当事人到场"' partySigned true \
  decisionNumber '"（鲁台）应急强制〔2026〕1号"' itemsList '"储气罐 1 台"' decisionServedAt "\"$(ago '50 minutes')\"" deliveryMethod '"IN_PERSON"')"
step enforcement-officer Task_Implement "$(v officers '"张某、李某"' implementedAt "\"$(ago '1 hour')\"" siteRecord '"当事人到场，告知事由和依据，听取陈述申辩，当事人签名"' \
  partySigned true decisionNumber '"（鲁台）应急强制〔2026〕1号"' itemsList '"储气罐 1 台；空压机 1 台"' decisionServedAt "\"$(ago '50 minutes')\"" deliveryMethod '"IN_PERSON"')"
echo "period ends $(var periodEndsAt), decision due $(var handlingDueDate)"
step enforcement-officer Task_Handle "$(v handling '"EXTEND"' handlingReason '"需委托检验机构检验"' extensionDays 30)"
step bureau-head Task_ApproveExtension "$(v extensionApproved true extensionOpinion '"同意延长 30 日"' extensionNoticeServedAt "\"$(now)\"")"
echo "extended: $(var extensions)"
refused enforcement-officer Task_Handle "$(v handling '"EXTEND"' handlingReason '"再延长"' extensionDays 10)"
step enforcement-officer Task_Handle "$(v handling '"LIFT"' handlingReason '"检验合格，不再需要查封"')"
step bureau-head Task_Lift "$(v liftNumber '"（鲁台）应急解封〔2026〕1号"' liftedAt "\"$(now)\"" returnRecord '"解除封条，设备交还当事人"')"
echo "outcome: $(call enforcement-officer GET "/engine-rest/history/variable-instance?processInstanceId=$PI&variableName=outcome" | json "d[0]['value']")"

echo "== 停止供电 (安全生产法§70)"
START=$(start $CODE POWER_CUT ""); PI=$(echo "$START" | json "d['id']"); echo "case $(echo "$START" | json "d['businessKey']")"
call demo POST "/api/registry/enterprises/$CODE/users" '{"userId": "enterprise"}' > /dev/null
step bureau-head Task_Approve "$(v approved true approvalOpinion '"同意停止供电"')"
step enforcement-officer Task_ServeSupplyNotice "$(v supplyNoticeNumber '"（鲁台）应急停电〔2026〕1号"' supplyNoticeServedAt "\"$(ago '25 hours')\"" \
  deliveryMethod '"IN_PERSON"' supplier '"国网枣庄市台儿庄区供电公司"')"
echo "supplier may act from $(var supplyActionNotBefore); waiting for the timer"; sleep 10
refused enforcement-officer Task_RecordSupplyStop "$(v supplierNotifiedAt "\"$(ago '25 hours')\"" supplyStoppedAt "\"$(ago '24 hours 30 minutes')\"" officers '"张某、李某"' stopRecord '"停电"')"
step enforcement-officer Task_RecordSupplyStop "$(v supplierNotifiedAt "\"$(ago '2 hours')\"" supplyStoppedAt "\"$(ago '30 minutes')\"" officers '"张某、李某"' stopRecord '"供电公司按通知停止供电，执法人员在场"')"
step enterprise Task_ApplyLifting "$(v complianceReport '"已更换经检测合格的压力容器"' appliedAt "\"$(now)\"")"
step enforcement-officer Task_Recheck "$(v complied true recheckers '"张某、李某"' recheckOpinion '"隐患已消除"')"
echo "lift due $(var supplyLiftDueDate)"
step bureau-head Task_LiftSupplyStop "$(v liftNumber '"（鲁台）应急复电〔2026〕1号"' liftedAt "\"$(now)\"")"

echo "== refused starts: nothing stored"
echo "$(start 91370405MA3C000018 SEIZURE "" | json "d['message']")"
echo "$(start $CODE POWER_CUT 'urgent true urgentReason "紧急"' | json "d['message']")"
echo "$(call licensing-clerk POST /engine-rest/process-definition/key/coercive-measure/start "$(start_body $CODE SEIZURE "")" | json "d.get('message', d)")"
