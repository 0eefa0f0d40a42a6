package org.safetyflow.licensing;

import static org.safetyflow.testing.CreditCodes.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safetyflow.testing.ProcessTests.at;
import static org.safetyflow.testing.ProcessTests.date;
import static org.safetyflow.testing.ProcessTests.signOff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.calendar.engine.ClockPause;
import org.safetyflow.calendar.engine.StatutoryClocks;
import org.safetyflow.casefile.CaseDocument;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.disclosure.Notices;
import org.safetyflow.input.InvalidInputException;
import org.safetyflow.registry.EnterpriseGroups;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/** 安全生产行政许可, path by path (安全生产许可证条例§7, §9; 行政许可法§32, §34, §38, §44, §47, §48, §50), limits pinned. */
@EngineTest
class LicensingApprovalProcessTest {

    static final String KEY = "licensing-approval";
    /** Enterprises no other test names, so the gates see only this class's cases. */
    static final String OWN = code("91370405MA3L0001");
    static final String OTHER = code("91370405MA3L0002");
    static final String RENEWING = code("91370405MA3L0003");


    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    LicenceRegister register;
    @Autowired
    CaseDocuments documents;
    @Autowired
    Notices notices;
    @Autowired
    StatutoryClocks clocks;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        at("2026-03-02T10:00:00+08:00");
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void shouldAcceptReviewGrantIssueTheLicenceAndDeliverIt() {
        ProcessInstance application = start(OTHER, "NEW", null);
        assertThat(application.getBusinessKey()).startsWith("XK-370405-2026-");
        assertThat(application).variables()
                .containsEntry("acceptanceDueDate", date("2026-03-09T23:59:59+08:00"))
                .as("45 working days across 清明 (4月6日) and 劳动节 (5月1日至5日)")
                .containsEntry("decisionDueDate", date("2026-05-08T23:59:59+08:00"))
                .containsEntry("gatesPassed", true);
        assertThat(application).isWaitingAt("Task_Accept").task().hasCandidateGroup("licensing-clerk");

        complete(task("Task_Accept", application), withVariables("acceptanceDecision", "ACCEPT", "acceptanceOpinion", "材料齐全"));
        assertThatThrownBy(() -> complete(task("Task_Review", application), review("张明")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("两名以上");
        complete(task("Task_Review", application), review("张明、李华"));
        assertThat(application).isWaitingAt("Task_Audit").task().hasCandidateGroup("licensing-reviewer");
        assertThat(application).as("the 审核 form reads the 拟办意见 in words").variables().containsEntry("proposedDecisionLabel", "拟准予许可");
        assertThat(decision(application)).hasCandidateGroup("bureau-head");
        complete(decision(application), withVariables("licensingDecision", "GRANTED", "decisionReason", "符合条例第六条规定的安全生产条件"));

        String number = (String) runtimeService.getVariable(application.getId(), "licenceNumber");
        assertThat(number).matches("（鲁）FM安许证字〔2026〕\\d{6}号");
        Licence licence = register.find(number).orElseThrow();
        assertThat(licence.validUntil()).as("three years").hasToString("2029-03-01");
        assertThat(licence.history().get(0).caseNumber()).isEqualTo(application.getBusinessKey());
        complete(task("Task_Deliver", application), withVariables("deliveredAt", "2026-03-02T09:50:00+08:00", "deliveryMethod", "IN_PERSON"));
        assertThat(application).as("delivered; the 公示 waits for the head").isWaitingAt("Task_PublishLicence")
                .task("Task_PublishLicence").hasCandidateGroup("bureau-head");
        signOff(application, "Task_PublishLicence");
        assertThat(notices.ofCase(application.getBusinessKey())).singleElement().satisfies(notice -> {
            assertThat(notice.title()).isEqualTo("台儿庄某机械有限公司非煤矿矿山企业安全生产许可证行政许可结果公示");
            assertThat(notice.body()).contains(number).contains("有效期至：2029年3月1日");
        });
        assertThat(application).isEnded().variables().containsEntry("decision", "GRANTED");
        assertThat(documents.list(application.getBusinessKey())).extracting(CaseDocument::kind)
                .containsExactly("ACCEPTANCE_NOTICE", "SITE_CHECK", "AUDIT", "DECISION", "DELIVERY");
    }

    @Test
    void shouldWaitForTheCorrectionAndCountTheAcceptanceLimitFromItsSubmission() {
        ProcessInstance application = start(OTHER, "NEW", null);
        assertThatThrownBy(() -> complete(task("Task_Accept", application), withVariables("acceptanceDecision", "CORRECTION",
                "acceptanceOpinion", "材料不全"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("一次告知");
        complete(task("Task_Accept", application), withVariables("acceptanceDecision", "CORRECTION", "acceptanceOpinion", "材料不全",
                "missingItems", "1. 工伤保险参保证明；2. 安全评价报告"));
        assertThat(application).isWaitingAt("Task_SubmitCorrection");

        at("2026-03-04T15:00:00+08:00");
        runtimeService.createMessageCorrelation("licensing-correction-submitted").processInstanceBusinessKey(application.getBusinessKey()).correlate();
        assertThat(application).as("the window handed it in: the applicant's own task goes away").isWaitingAt("Task_Accept")
                .hasPassed("Message_CorrectionSubmitted").variables().containsEntry("acceptanceDueDate", date("2026-03-11T23:59:59+08:00"));
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(application.getId())
                .taskDefinitionKey("Task_SubmitCorrection").count()).isZero();
        complete(task("Task_Accept", application), withVariables("acceptanceDecision", "REJECT", "acceptanceOpinion", "不属于本机关职权范围"));
        assertThat(application).isEnded().hasPassed("EndEvent_NotAccepted").variables().containsEntry("decision", "NOT_ACCEPTED");
    }

    @Test
    void shouldGiveTheApplicantsOwnUsersTheCorrectionTaskAndRestartAcceptanceFromTheirSubmission() {
        ProcessInstance application = start(OTHER, "NEW", null);
        complete(task("Task_Accept", application), withVariables("acceptanceDecision", "CORRECTION", "acceptanceOpinion", "材料不全",
                "missingItems", "1. 工伤保险参保证明；2. 安全评价报告"));
        assertThat(application).isWaitingAt("Task_SubmitCorrection").task()
                .hasCandidateGroup(EnterpriseGroups.groupId(OTHER)).hasName("提交补正材料");
        assertThat(task("Task_SubmitCorrection", application).getDueDate()).isNull();
        assertThatThrownBy(() -> complete(task("Task_SubmitCorrection", application), withVariables("correctionNote", "见附件")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("补正的材料");

        at("2026-03-06T16:00:00+08:00");
        complete(task("Task_SubmitCorrection", application), withVariables("correctionMaterials", "工伤保险参保证明、安全评价报告"));
        assertThat(application).as("5 working days from the submission (3月9日至13日)").isWaitingAt("Task_Accept")
                .hasNotPassed("Message_CorrectionSubmitted").variables()
                .containsEntry("acceptanceDueDate", date("2026-03-13T23:59:59+08:00"))
                .containsEntry("correctionSubmittedAt", date("2026-03-06T16:00:00+08:00"));
        assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(application.getId()).eventName("licensing-correction-submitted")
                .count()).as("the window's message no longer waits").isZero();
        assertThat(documents.list(application.getBusinessKey())).extracting(CaseDocument::kind).containsExactly("ACCEPTANCE_NOTICE", "CORRECTION");
    }

    @Test
    void shouldTakeSilenceAsAcceptanceAndRefuseAGrantWhileAGateFails() {
        Map<String, Object> project = new HashMap<>(Map.of("jurisdiction", "370405", "enterpriseName", "台儿庄某化工有限公司",
                "enterpriseCreditCode", OWN, "projectName", "扩建项目", "projectCategory", "OTHER", "receivedAt", "2026-03-01T09:00:00+08:00"));
        ProcessInstance simultaneity = runtimeService.startProcessInstanceByKey("three-simultaneities-review", project);
        ProcessInstance application = start(OWN, "NEW", null);
        assertThat(application).variables().containsEntry("gatesPassed", false);

        at("2026-03-10T09:00:00+08:00");
        execute(job("Timer_AcceptanceLapsed", application));
        assertThat(application).hasPassed("Event_DeemedAccepted").isWaitingAt("Task_Review");
        complete(task("Task_Review", application), review("张明、李华"));
        assertThat((String) runtimeService.getVariable(application.getId(), "gatesText")).contains(simultaneity.getBusinessKey());
        assertThatThrownBy(() -> complete(decision(application), withVariables("licensingDecision", "GRANTED",
                "decisionReason", "符合条件"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("前置条件未全部通过")
                .hasMessageContaining(simultaneity.getBusinessKey());
        complete(decision(application), withVariables("licensingDecision", "REFUSED",
                "decisionReason", "建设项目安全设施“三同时”尚未完成；可依法申请行政复议或提起行政诉讼"));
        complete(task("Task_DeliverRefusal", application), withVariables("deliveredAt", "2026-03-10T08:30:00+08:00", "deliveryMethod", "POST"));
        assertThat(application).isEnded().variables().containsEntry("decision", "REFUSED");
    }

    @Test
    void shouldStopTheDecisionClockWhileExpertsReviewAndMoveTheLimitByTheWorkingDaysTheyTook() {
        ProcessInstance application = start(OTHER, "NEW", null);
        complete(task("Task_Accept", application), withVariables("acceptanceDecision", "ACCEPT", "acceptanceOpinion", "材料齐全"));
        Map<String, Object> askExperts = review("张明、李华");
        askExperts.remove("proposedDecision");
        askExperts.put("expertReviewRequested", true);
        assertThatThrownBy(() -> complete(task("Task_Review", application), askExperts))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("专家评审（检测检验）事项");
        askExperts.put("expertReviewScope", "液氯储罐区防护距离");
        complete(task("Task_Review", application), askExperts);
        assertThat(application).isWaitingAt("Task_ExpertReview").task("Task_ExpertReview").hasCandidateGroup("expert");

        at("2026-03-06T16:00:00+08:00");
        complete(task("Task_ExpertReview", application), withVariables("expertNames", "王工、赵工", "expertOpinion", "防护距离满足要求"));
        assertThat(application).as("4 working days stood (3月3日至6日); the limit moves past 5月9日, a 调休 working day")
                .isWaitingAt("Task_Review").variables().containsEntry("decisionDueDate", date("2026-05-13T23:59:59+08:00"))
                .containsEntry("expertReviewRequested", false);
        assertThat(task("Task_Review", application).getDueDate()).isEqualTo(date("2026-05-13T23:59:59+08:00"));
        complete(task("Task_Review", application), review("张明、李华"));
        assertThat(application).isWaitingAt("Task_Audit");
        assertThat(documents.list(application.getBusinessKey())).extracting(CaseDocument::kind).contains("EXPERT_REVIEW");
    }

    @Test
    void shouldEndAWithdrawnApplicationOnlyWithItsReason() {
        ProcessInstance application = start(OTHER, "NEW", null);
        assertThatThrownBy(() -> runtimeService.createMessageCorrelation("licensing-withdrawal")
                .processInstanceBusinessKey(application.getBusinessKey()).correlate()).hasMessageContaining("撤回理由");
        assertThat(application).isWaitingAt("Task_Accept");
        runtimeService.createMessageCorrelation("licensing-withdrawal").processInstanceBusinessKey(application.getBusinessKey())
                .setVariable("withdrawalReason", "企业决定暂缓投产").correlate();
        assertThat(application).isEnded().hasPassed("EndEvent_Withdrawn").variables().containsEntry("decision", "WITHDRAWN");
    }

    @Test
    void shouldRenewByConsentOnTheFastTrackOrReviewInFull() {
        register.register(Map.of("licenceNumber", "（鲁）FM安许证字〔2023〕000900号", "licenceType", "NON_COAL_MINE",
                "enterpriseCreditCode", RENEWING, "enterpriseName", "台儿庄某机械有限公司", "jurisdiction", "370405",
                "validFrom", "2023-05-01", "validUntil", "2026-04-30"), "admin");
        ProcessInstance fast = start(RENEWING, "RENEWAL", "（鲁）FM安许证字〔2023〕000900号");
        assertThat(fast).variables().containsEntry("renewalTrack", "FAST");
        complete(task("Task_Accept", fast), withVariables("acceptanceDecision", "ACCEPT", "acceptanceOpinion", "材料齐全"));
        assertThat(fast).isWaitingAt("Task_Consent").task().hasCandidateGroup("bureau-head");
        complete(task("Task_Consent", fast), withVariables("renewalConsent", true, "consentOpinion", "同意延期"));
        assertThat(register.find("（鲁）FM安许证字〔2023〕000900号").orElseThrow().validUntil()).hasToString("2029-04-30");

        ProcessInstance declined = start(RENEWING, "RENEWAL", "（鲁）FM安许证字〔2023〕000900号");
        complete(task("Task_Accept", declined), withVariables("acceptanceDecision", "ACCEPT", "acceptanceOpinion", "材料齐全"));
        complete(task("Task_Consent", declined), withVariables("renewalConsent", false, "consentOpinion", "需全面审查"));
        assertThat(declined).isWaitingAt("Task_Review");
    }

    @Test
    void shouldRefuseARenewalOfAnUnknownLicenceAndStoreNothing() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();
        assertThatThrownBy(() -> start(RENEWING, "RENEWAL", "（鲁）无此证")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("登记簿中没有");
        assertThatThrownBy(() -> start(RENEWING, "RENEWAL", null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("原「许可证编号」");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
    }

    // ---- 听证 (行政许可法第四十七条、第四十八条)

    @Test
    void shouldHoldARequestedHearingWithTheClockStoppedAndDecideOnItsRecord() {
        ProcessInstance application = start(OTHER, "NEW", null);
        complete(task("Task_Accept", application), withVariables("acceptanceDecision", "ACCEPT", "acceptanceOpinion", "材料齐全"));
        Map<String, Object> askHearing = review("张明、李华");
        askHearing.put("hearingRequired", true);
        assertThatThrownBy(() -> complete(task("Task_Review", application), askHearing))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("听证依据");
        askHearing.putAll(withVariables("hearingGround", "MAJOR_INTEREST", "hearingMatters", "液氯储罐与相邻企业的安全距离"));
        asUser("licensing-reviewer", "licensing-reviewer", () -> complete(task("Task_Review", application), askHearing));
        assertThat(application).isWaitingAt("Task_HearingNotice").task().hasCandidateGroup("licensing-clerk");
        assertThat(application).variables().containsEntry("reviewedBy", "licensing-reviewer")
                .containsEntry("hearingGroundLabel", "直接涉及申请人与他人之间重大利益关系");

        complete(task("Task_HearingNotice", application), withVariables("hearingNoticeServedAt", "2026-03-02T09:50:00+08:00",
                "hearingNoticeMethod", "IN_PERSON"));
        assertThat(application).as("5 days from the notice: 3月3日至7日").isWaitingAt("Task_HearingRequest").variables()
                .containsEntry("hearingRequestDueDate", date("2026-03-07T23:59:59+08:00")).containsEntry("hearingRequired", false);
        assertThat(application).task().hasCandidateGroup(EnterpriseGroups.groupId(OTHER)).hasCandidateGroup("licensing-clerk");
        assertThat(task("Task_HearingRequest", application).getDueDate()).isEqualTo(date("2026-03-07T23:59:59+08:00"));

        at("2026-03-04T10:00:00+08:00");
        complete(task("Task_HearingRequest", application), withVariables("hearingRequested", true, "hearingRequestNote", "请求听证"));
        assertThat(application).isWaitingAt("Task_HearingArrange").variables().containsEntry("decisionDueDatePaused", true)
                .as("20 working days from the request: 3月5日至4月1日").containsEntry("hearingDueDate", date("2026-04-01T23:59:59+08:00"));
        assertThat(application).task().hasCandidateGroup("bureau-head");

        at("2026-03-05T10:00:00+08:00");
        Map<String, Object> arrangement = withVariables("hearingChair", "licensing-reviewer", "hearingAt", "2026-03-12T09:00:00+08:00",
                "hearingPlace", "区应急管理局第一会议室", "hearingNotifiedAt", "2026-03-05T09:30:00+08:00");
        assertThatThrownBy(() -> complete(task("Task_HearingArrange", application), arrangement))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("审查该行政许可申请的工作人员以外的人员");
        arrangement.put("hearingChair", "taierzhuang");
        arrangement.put("hearingAt", "2026-04-02T09:00:00+08:00");
        assertThatThrownBy(() -> complete(task("Task_HearingArrange", application), arrangement))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("二十日内").hasMessageContaining("2026年4月1日");
        arrangement.put("hearingAt", "2026-03-11T15:00:00+08:00");
        assertThatThrownBy(() -> complete(task("Task_HearingArrange", application), arrangement))
                .as("notified 3月5日: 7 days end on 3月12日").isInstanceOf(InvalidInputException.class).hasMessageContaining("七日前")
                .hasMessageContaining("2026年3月12日");
        arrangement.put("hearingChair", "enterprise");
        arrangement.put("hearingAt", "2026-03-12T09:00:00+08:00");
        assertThatThrownBy(() -> complete(task("Task_HearingArrange", application), arrangement)).hasMessageContaining("听证主持人");
        arrangement.put("hearingChair", "taierzhuang");
        complete(task("Task_HearingArrange", application), arrangement);
        assertThat(application).isWaitingAt("Task_HearingRecord").task().isAssignedTo("taierzhuang");

        at("2026-03-12T16:00:00+08:00");
        complete(task("Task_HearingRecord", application), withVariables("hearingHeldAt", "2026-03-12T09:00:00+08:00",
                "hearingParticipants", "申请人代表王某、审查人员张明、利害关系人某化工公司代表", "hearingRecord", "申请人陈述安全距离符合标准；利害关系人无异议"));
        assertThat(application).as("6 working days stood (3月5日至12日): 5月8日 → 5月15日, past the 调休 working day 5月9日")
                .isWaitingAt("Task_Audit").variables().containsEntry("decisionDueDate", date("2026-05-15T23:59:59+08:00"))
                .containsEntry("decisionDueDatePaused", false).containsEntry("hearingWaived", false);
        assertThat(decision(application).getDueDate()).isEqualTo(date("2026-05-15T23:59:59+08:00"));
        complete(decision(application), withVariables("licensingDecision", "GRANTED", "decisionReason", "根据听证笔录，安全距离符合要求"));
        assertThat(application).isWaitingAt("Task_Deliver", "Task_PublishLicence");
        assertThat(documents.list(application.getBusinessKey())).extracting(CaseDocument::kind).containsExactly("ACCEPTANCE_NOTICE",
                "SITE_CHECK", "HEARING_NOTICE", "HEARING_REQUEST", "HEARING_PAUSE", "HEARING_ARRANGEMENT", "HEARING_RECORD", "AUDIT", "DECISION");
    }

    @Test
    void shouldTakeNoRequestWithinFiveDaysAsAWaiverAndLetTheHeadAskForAHearingOnlyOnce() {
        ProcessInstance lapsed = start(OTHER, "NEW", null);
        complete(task("Task_Accept", lapsed), withVariables("acceptanceDecision", "ACCEPT", "acceptanceOpinion", "材料齐全"));
        complete(task("Task_Review", lapsed), review("张明、李华"));
        assertThatThrownBy(() -> complete(decision(lapsed), withVariables("hearingRequired", true, "hearingGround", "LAW",
                "hearingMatters", "扩大矿区范围", "licensingDecision", "GRANTED"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("暂不作出许可决定");
        complete(decision(lapsed), withVariables("hearingRequired", true, "hearingGround", "LAW", "hearingMatters", "扩大矿区范围"));
        assertThat(lapsed).as("the head's choice: told of the right before the decision").isWaitingAt("Task_HearingNotice");
        complete(task("Task_HearingNotice", lapsed), withVariables("hearingNoticeServedAt", "2026-03-02T09:50:00+08:00", "hearingNoticeMethod", "POST"));
        assertThat(job("Timer_HearingRequestLapsed", lapsed).getDuedate()).isEqualTo(date("2026-03-07T23:59:59+08:00"));

        at("2026-03-08T00:00:00+08:00");
        execute(job("Timer_HearingRequestLapsed", lapsed));
        assertThat(lapsed).hasPassed("Event_HearingWaived").hasNotPassed("SubProcess_Hearing").isWaitingAt("Task_Audit").variables()
                .containsEntry("hearingWaived", true).containsEntry("decisionDueDate", date("2026-05-08T23:59:59+08:00"));
        assertThat((String) runtimeService.getVariable(lapsed.getId(), "hearingWaiverReason")).contains("视为放弃听证").contains("2026年3月7日");
        assertThatThrownBy(() -> complete(decision(lapsed), withVariables("hearingRequired", true, "hearingGround", "LAW",
                "hearingMatters", "再次听证"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("不再重复告知");
        complete(decision(lapsed), withVariables("hearingRequired", false, "licensingDecision", "REFUSED",
                "decisionReason", "申请人未申请听证；不符合条例第六条第（八）项；可依法申请行政复议或提起行政诉讼"));
        assertThat(lapsed).isWaitingAt("Task_DeliverRefusal");
        assertThat(documents.list(lapsed.getBusinessKey())).extracting(CaseDocument::kind).as("one 决定书, made when decided")
                .containsExactly("ACCEPTANCE_NOTICE", "SITE_CHECK", "AUDIT", "HEARING_NOTICE", "HEARING_WAIVED", "AUDIT", "DECISION");

        ProcessInstance declined = start(OTHER, "NEW", null);
        complete(task("Task_Accept", declined), withVariables("acceptanceDecision", "ACCEPT", "acceptanceOpinion", "材料齐全"));
        Map<String, Object> askHearing = review("张明、李华");
        askHearing.putAll(withVariables("hearingRequired", true, "hearingGround", "LAW", "hearingMatters", "扩大矿区范围"));
        complete(task("Task_Review", declined), askHearing);
        complete(task("Task_HearingNotice", declined), withVariables("hearingNoticeServedAt", "2026-03-07T09:50:00+08:00", "hearingNoticeMethod", "IN_PERSON"));
        complete(task("Task_HearingRequest", declined), withVariables("hearingRequested", false, "hearingRequestNote", "放弃听证"));
        assertThat(declined).isWaitingAt("Task_Audit").hasNotPassed("Event_HearingWaived").variables().containsEntry("hearingWaived", true)
                .containsEntry("hearingWaiverReason", "申请人书面放弃听证");
    }

    // ---- 视为准予延续 (行政许可法第五十条)

    @Test
    void shouldRenewARenewalStillUndecidedWhenTheLicenceExpiresAndEndItsOpenTasks() {
        registerLicence("（鲁）FM安许证字〔2023〕000910号", "2026-03-20");
        ProcessInstance renewal = start(RENEWING, "RENEWAL", "（鲁）FM安许证字〔2023〕000910号");
        complete(task("Task_Accept", renewal), withVariables("acceptanceDecision", "ACCEPT", "acceptanceOpinion", "材料齐全"));
        assertThat(job("Timer_LicenceExpired", renewal).getDuedate()).as("the day after validUntil, 00:00 in Shanghai")
                .isEqualTo(date("2026-03-21T00:00:00+08:00"));
        complete(task("Task_Consent", renewal), withVariables("renewalConsent", false, "consentOpinion", "需全面审查"));
        Map<String, Object> askExperts = review("张明、李华");
        askExperts.remove("proposedDecision");
        askExperts.putAll(withVariables("expertReviewRequested", true, "expertReviewScope", "尾矿库坝体稳定性"));
        complete(task("Task_Review", renewal), askExperts);
        assertThat(renewal).isWaitingAt("Task_ExpertReview", "Timer_LicenceExpired");

        at("2026-03-21T00:00:00+08:00");
        execute(job("Timer_LicenceExpired", renewal));
        assertThat(renewal).hasPassed("EndEvent_ExpiredUndecided", "Service_DeemedRenewal").hasNotPassed("Task_Decide")
                .isWaitingAt("Task_DeliverDeemedRenewal").task().hasCandidateGroup("licensing-clerk");
        assertThat(runtimeService.getVariable(renewal.getId(), "deemedRenewal")).isEqualTo(true);
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(renewal.getId()).list())
                .extracting(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey).containsExactly("Task_DeliverDeemedRenewal");
        assertThat(clocks.pauses(renewal.getId())).as("the experts' pause closed with their task").allMatch(ClockPause::isRunning);
        Licence licence = register.find("（鲁）FM安许证字〔2023〕000910号").orElseThrow();
        assertThat(licence.validUntil()).hasToString("2029-03-20");
        assertThat(licence.history()).last().satisfies(change -> {
            assertThat(change.reason()).contains("行政许可法第五十条").contains(renewal.getBusinessKey());
            assertThat(change.caseNumber()).isEqualTo(renewal.getBusinessKey());
            assertThat(change.date()).hasToString("2026-03-21");
        });
        complete(task("Task_DeliverDeemedRenewal", renewal), withVariables("deliveredAt", "2026-03-21T00:00:00+08:00", "deliveryMethod", "IN_PERSON"));
        assertThat(renewal).isEnded().hasPassed("EndEvent_DeemedRenewed").variables().containsEntry("decision", "GRANTED")
                .containsEntry("deemedRenewal", true);
        assertThat(documents.list(renewal.getBusinessKey())).extracting(CaseDocument::kind).contains("DEEMED_RENEWAL", "DELIVERY");
    }

    @Test
    void shouldNotRenewADecisionMadeOnTheLastValidDayNorWatchANewApplication() {
        registerLicence("（鲁）FM安许证字〔2023〕000911号", "2026-03-20");
        ProcessInstance renewal = start(RENEWING, "RENEWAL", "（鲁）FM安许证字〔2023〕000911号");
        complete(task("Task_Accept", renewal), withVariables("acceptanceDecision", "ACCEPT", "acceptanceOpinion", "材料齐全"));
        complete(task("Task_Consent", renewal), withVariables("renewalConsent", false, "consentOpinion", "需全面审查"));
        complete(task("Task_Review", renewal), review("张明、李华"));

        at("2026-03-20T23:30:00+08:00");
        complete(decision(renewal), withVariables("licensingDecision", "REFUSED",
                "decisionReason", "不再具备条例第六条规定的条件；可依法申请行政复议或提起行政诉讼"));
        at("2026-03-21T00:00:00+08:00");
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(renewal.getId()).timers().count())
                .as("decided in time: nothing is left to fire").isZero();
        assertThat(renewal).isWaitingAt("Task_DeliverRefusal").hasNotPassed("Service_DeemedRenewal");
        assertThat(register.find("（鲁）FM安许证字〔2023〕000911号").orElseThrow().validUntil()).hasToString("2026-03-20");

        ProcessInstance fresh = start(OTHER, "NEW", null, "2026-03-20T09:00:00+08:00");
        complete(task("Task_Accept", fresh), withVariables("acceptanceDecision", "ACCEPT", "acceptanceOpinion", "材料齐全"));
        assertThat(fresh).hasPassed("EndEvent_NoExpiryWatch").isWaitingAt("Task_Review");
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(fresh.getId()).timers().count()).isZero();
    }

    // ---- 45 working days across 国庆 and 春节, pinned by hand

    @Test
    void shouldCountTheDecisionLimitAcrossNationalDay() {
        at("2026-09-15T10:00:00+08:00");
        ProcessInstance application = start(OTHER, "NEW", null, "2026-09-15T09:00:00+08:00");
        // 受理: 9月16日、17日、18日, 20日 (星期日, 国庆调休上班), 21日 = 5 working days.
        // 决定: 9月16–18日 (3), 20日 调休 (4), 21–24日 (8), [25–27日 中秋], 28–30日 (11), [10月1–7日 国庆], 10月8–9日 (13),
        // 10日 (星期六, 调休上班) (14), 12–16日 (19), 19–23日 (24), 26–30日 (29), 11月2–6日 (34), 9–13日 (39), 16–20日 (44),
        // 23日 (45).
        assertThat(application).variables().containsEntry("acceptanceDueDate", date("2026-09-21T23:59:59+08:00"))
                .containsEntry("decisionDueDate", date("2026-11-23T23:59:59+08:00"));
    }

    @Test
    void shouldCountTheDecisionLimitAcrossSpringFestivalAndMoveItByTheExpertsPause() {
        // The kernel's holiday tables end with 2026 (src/main/resources/calendar/holidays-2026.json): 春节 2026 stands in
        // for 春节 2027, whose table is not published yet.
        at("2026-01-20T10:00:00+08:00");
        ProcessInstance application = start(OTHER, "NEW", null, "2026-01-20T09:00:00+08:00");
        // 1月21–23日 (3), 26–30日 (8), 2月2–6日 (13), 9–13日 (18), 14日 (星期六, 春节调休上班) (19), [15–23日 春节],
        // 24–27日 (23), 28日 (星期六, 调休上班) (24), 3月2–6日 (29), 9–13日 (34), 16–20日 (39), 23–27日 (44), 30日 (45).
        assertThat(application).variables().containsEntry("decisionDueDate", date("2026-03-30T23:59:59+08:00"));
        complete(task("Task_Accept", application), withVariables("acceptanceDecision", "ACCEPT", "acceptanceOpinion", "材料齐全"));

        at("2026-02-12T10:00:00+08:00");
        Map<String, Object> askExperts = review("张明、李华");
        askExperts.remove("proposedDecision");
        askExperts.putAll(withVariables("siteCheckedAt", "2026-02-12T09:00:00+08:00", "expertReviewRequested", true,
                "expertReviewScope", "爆破作业安全距离"));
        complete(task("Task_Review", application), askExperts);
        at("2026-02-27T15:00:00+08:00");
        complete(task("Task_ExpertReview", application), withVariables("expertNames", "王工、赵工", "expertOpinion", "满足要求"));
        // Stood after 2月12日 up to 27日: 13日, 14日 (调休), [春节], 24–27日 = 6 working days; from 3月30日: 31日, 4月1–3日,
        // [4–6日 清明], 7日, 8日.
        assertThat(application).isWaitingAt("Task_Review").variables().containsEntry("decisionDueDate", date("2026-04-08T23:59:59+08:00"));
    }

    private void registerLicence(String number, String validUntil) {
        register.register(Map.of("licenceNumber", number, "licenceType", "NON_COAL_MINE", "enterpriseCreditCode", RENEWING,
                "enterpriseName", "台儿庄某机械有限公司", "jurisdiction", "370405", "validFrom", "2023-03-21", "validUntil", validUntil), "admin");
    }

    /** As the user would, signed in with the group (the engine checks its permissions meanwhile). */
    private void asUser(String user, String group, Runnable step) {
        IdentityService identities = processEngine.getIdentityService();
        identities.setAuthentication(user, List.of(group), List.of("370000"));
        try {
            step.run();
        } finally {
            identities.clearAuthentication();
        }
    }

    private ProcessInstance start(String creditCode, String type, String licenceNumber) {
        return start(creditCode, type, licenceNumber, "2026-03-02T09:00:00+08:00");
    }

    private ProcessInstance start(String creditCode, String type, String licenceNumber, String receivedAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", "370405");
        variables.put("enterpriseName", "台儿庄某机械有限公司");
        variables.put("enterpriseCreditCode", creditCode);
        variables.put("licenceType", "NON_COAL_MINE");
        variables.put("applicationType", type);
        variables.put("receivedAt", receivedAt);
        variables.putAll(completeApplication("NON_COAL_MINE"));
        if (licenceNumber != null) {
            variables.put("licenceNumber", licenceNumber);
        }
        return runtimeService.startProcessInstanceByKey(KEY, variables);
    }

    /** Every material of the type and a 工伤保险参保证明 in force that covers the staff: nothing to correct, the gates pass. */
    static Map<String, Object> completeApplication(String licenceType) {
        return Map.of("submittedMaterials", LicensingMaterial.codes(LicensingMaterial.of(licenceType)),
                "workInjuryInsuranceCertificate", "鲁工伤〔2026〕0301号", "insuredHeadcount", 120, "employeeCount", 120,
                "workInjuryInsuranceValidUntil", "2026-12-31");
    }

    private static Map<String, Object> review(String inspectors) {
        return new HashMap<>(withVariables("siteCheckedAt", "2026-03-02T09:30:00+08:00", "siteCheckInspectors", inspectors,
                "siteCheckFindings", "安全设施运行正常", "reviewOpinion", "符合安全生产条件", "proposedDecision", "GRANTED"));
    }

    /** 审核 (the review agreed, by someone other than the reviewer) where the case waits for it; then the decision task. */
    static org.camunda.bpm.engine.task.Task decision(ProcessInstance application) {
        if (BpmnAwareTests.taskQuery().processInstanceId(application.getId()).taskDefinitionKey("Task_Audit").count() > 0) {
            complete(task("Task_Audit", application), withVariables("auditConclusion", "AGREE", "auditOpinion", "同意审查意见，提请决定"));
        }
        return task("Task_Decide", application);
    }

}
