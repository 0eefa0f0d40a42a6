#!/usr/bin/env bash
# Walks a 安全生产许可证 application over /engine-rest, each step done by the user whose task it is: the window
# (licensing-clerk) registers and accepts after a 补正, the reviewer checks on site, the 机关负责人 decides, the window
# delivers; then the 听证 path (the reviewer asks for it, the window serves the 听证告知书 and registers the applicant's
# written request, the 机关负责人 names a chair other than the reviewer, the chair records the hearing, the decision clock
# stands still meanwhile), a withdrawal and a refused renewal of an unknown licence.
# Needs the demo profile running (mvn spring-boot:run) and curl + python3. Usage: docs/examples/licensing-rest.sh [base-url]
set -euo pipefail
BASE=${1:-http://localhost:8080}
. "$(dirname "$0")/lib.sh"
now() { date -Iseconds; }
# An enterprise of its own for this walk: 17 characters and the check character of GB 32100.
CODE=$(python3 -c "
import random
a='0123456789ABCDEFGHJKLMNPQRTUWXY'; w=[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
s='91370405MA3'+''.join(random.choice('0123456789') for _ in range(6))
print(s+a[(31-sum(a.index(c)*w[i] for i,c in enumerate(s))%31)%31])")
start() { call licensing-clerk POST /engine-rest/process-definition/key/licensing-approval/start "{\"variables\": $(v \
  jurisdiction '"370405"' enterpriseName '"台儿庄某新材料有限公司"' enterpriseCreditCode "\"$CODE\"" licenceType '"HAZARDOUS_CHEMICALS_PRODUCTION"' \
  applicationType "\"$1\"" receivedAt "\"$(now)\"" ${2:+licenceNumber "\"$2\""} \
  workInjuryInsuranceCertificate '"鲁工伤〔2026〕0001号"' insuredHeadcount 80 employeeCount 80 \
  workInjuryInsuranceValidUntil "\"$(date -d '+1 year' +%F)\"")}"; }

echo "== application for $CODE (licensing-clerk)"
START=$(start NEW); PI=$(echo "$START" | json "d['id']"); CASE=$(echo "$START" | json "d['businessKey']")
echo "case $CASE  acceptance due $(call licensing-clerk GET /engine-rest/process-instance/$PI/variables/acceptanceDueDate | json "d['value']")  decision due $(call licensing-clerk GET /engine-rest/process-instance/$PI/variables/decisionDueDate | json "d['value']")"
echo "gates: $(call licensing-clerk GET /engine-rest/process-instance/$PI/variables/gatesText | json "d['value']" | tr '\n' ' ')"
echo "materials: $(call licensing-clerk GET /engine-rest/process-instance/$PI/variables/materialsText | json "d['value'].splitlines()[0]")"
# 一次告知补正: the case holds every missing item (missingItems), which the 受理 form opens with; sent as it is.
step licensing-clerk Task_Accept "$(v acceptanceDecision '"CORRECTION"' acceptanceOpinion '"材料不全，一次告知补正"')"
ALL='["APPLICATION_FORM","BUSINESS_LICENCE","SAFETY_RULES","SAFETY_INVESTMENT","SAFETY_ORGANISATION","MANAGER_QUALIFICATION","SPECIAL_OPERATORS","STAFF_TRAINING","WORK_INJURY_INSURANCE","PREMISES_AND_EQUIPMENT","OCCUPATIONAL_PROTECTION","SAFETY_ASSESSMENT","MAJOR_HAZARD_SOURCES","EMERGENCY_RESCUE","HAZCHEM_REGISTRATION","FACILITIES_COMPLETION"]'
echo "补正: $(curl -s -o /dev/null -w '%{http_code}' -u licensing-clerk:demo -H 'Content-Type: application/json' "$BASE/engine-rest/message" \
  -d "{\"messageName\": \"licensing-correction-submitted\", \"businessKey\": \"$CASE\", \"processVariables\": {\"submittedMaterials\": {\"type\": \"Json\", \"value\": $(python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$ALL")}}}")"
echo "materials: $(call licensing-clerk GET /engine-rest/process-instance/$PI/variables/materialsText | json "d['value']")"
step licensing-clerk Task_Accept "$(v acceptanceDecision '"ACCEPT"' acceptanceOpinion '"补正后材料齐全，予以受理"')"
refused licensing-reviewer Task_Review "$(v siteCheckedAt "\"$(now)\"" siteCheckInspectors '"张明"' siteCheckFindings '"符合"' reviewOpinion '"符合"' proposedDecision '"GRANTED"')"
step licensing-reviewer Task_Review "$(v siteCheckedAt "\"$(now)\"" siteCheckInspectors '"张明、李华"' siteCheckFindings '"安全设施运行正常"' reviewOpinion '"符合条例第六条"' proposedDecision '"GRANTED"')"
step bureau-head Task_Decide "$(v licensingDecision '"GRANTED"' decisionReason '"符合安全生产条件，准予许可"')"
step licensing-clerk Task_Deliver "$(v deliveredAt "\"$(now)\"" deliveryMethod '"IN_PERSON"')"
sign Task_PublishLicence
echo "public: $(curl -s "$BASE/api/public/notices?size=200" | json "[n['title'] for n in d if n['caseNumber'] == '$CASE']")"
echo "decision: $(call demo GET "/engine-rest/history/variable-instance?processInstanceId=$PI&variableName=decision" | json "d[0]['value']")"
echo "register: $(call licensing-clerk GET "/api/registry/licences?enterpriseCreditCode=$CODE" | json "[(l['licenceNumber'], l['validUntil'], l['statusName']) for l in d]")"
echo "documents: $(call demo GET /api/cases/$CASE/documents | json "'、'.join(x['title'] for x in d)")"

echo "== a hearing (行政许可法第四十七条、第四十八条)"
START=$(start NEW); PI=$(echo "$START" | json "d['id']"); CASE=$(echo "$START" | json "d['businessKey']")
due() { call licensing-clerk GET /engine-rest/process-instance/$PI/variables/$1 | json "d['value']"; }
step licensing-clerk Task_Accept "$(v acceptanceDecision '"ACCEPT"' acceptanceOpinion '"材料齐全"')"
step licensing-reviewer Task_Review "$(v siteCheckedAt "\"$(now)\"" siteCheckInspectors '"张明、李华"' siteCheckFindings '"储罐区紧邻居民区"' \
  reviewOpinion '"安全距离存疑"' proposedDecision '"REFUSED"' hearingRequired true hearingGround '"MAJOR_INTEREST"' hearingMatters '"储罐区与相邻居民区的安全距离"')"
step licensing-clerk Task_HearingNotice "$(v hearingNoticeServedAt "\"$(now)\"" hearingNoticeMethod '"IN_PERSON"')"
echo "request by $(due hearingRequestDueDate); decision due $(due decisionDueDate)"
step licensing-clerk Task_HearingRequest "$(v hearingRequested true hearingRequestNote '"申请人书面申请听证（窗口代为登记）"')"
echo "paused: $(due decisionDueDatePaused); hearing by $(due hearingDueDate)"
AT=$(python3 -c "import datetime as d; print((d.datetime.now(d.timezone(d.timedelta(hours=8))) + d.timedelta(days=8)).replace(hour=10, minute=0, second=0, microsecond=0).isoformat())")
refused bureau-head Task_HearingArrange "$(v hearingChair '"licensing-reviewer"' hearingAt "\"$AT\"" hearingPlace '"区应急管理局第一会议室"' hearingNotifiedAt "\"$(now)\"")"
step bureau-head Task_HearingArrange "$(v hearingChair '"taierzhuang"' hearingAt "\"$AT\"" hearingPlace '"区应急管理局第一会议室"' hearingNotifiedAt "\"$(now)\"")"
step taierzhuang Task_HearingRecord "$(v hearingHeldAt "\"$(now)\"" hearingParticipants '"申请人代表、审查人员张明、居民代表"' hearingRecord '"申请人陈述已增设防护墙；居民代表无异议"')"
echo "paused: $(due decisionDueDatePaused); decision due $(due decisionDueDate)"
step bureau-head Task_Decide "$(v licensingDecision '"REFUSED"' decisionReason '"根据听证笔录，安全距离仍不足；可依法申请行政复议或提起行政诉讼"')"
step licensing-clerk Task_DeliverRefusal "$(v deliveredAt "\"$(now)\"" deliveryMethod '"POST"')"
echo "documents: $(call demo GET /api/cases/$CASE/documents | json "'、'.join(x['title'] for x in d)")"

echo "== a second application, withdrawn"
W=$(start NEW | json "d['businessKey']")
echo "without a reason: $(curl -s -u licensing-clerk:demo -H 'Content-Type: application/json' "$BASE/engine-rest/message" \
  -d "{\"messageName\": \"licensing-withdrawal\", \"businessKey\": \"$W\"}" | json "d['message']")"
curl -s -o /dev/null -w 'withdrawn: %{http_code}\n' -u licensing-clerk:demo -H 'Content-Type: application/json' "$BASE/engine-rest/message" \
  -d "{\"messageName\": \"licensing-withdrawal\", \"businessKey\": \"$W\", \"processVariables\": {\"withdrawalReason\": {\"value\": \"企业决定暂缓投产\"}}}"
echo "== a renewal of a licence not in the register: $(start RENEWAL '（鲁）WH安许证字〔2020〕999999号' | json "d['message']")"
