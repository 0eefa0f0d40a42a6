package org.safetyflow.licensing;

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
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.casefile.CaseDocument;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.disclosure.Notices;
import org.safetyflow.input.InvalidInputException;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/** 安全生产行政许可, path by path (安全生产许可证条例§7, §9; 行政许可法§32, §34, §38, §44), limits pinned. */
@EngineTest
class LicensingApprovalProcessTest {

    static final String KEY = "licensing-approval";
    /** Enterprises no other test names, so the gates see only this class's cases. */
    static final String OWN = code("91370405MA3L0001");
    static final String OTHER = code("91370405MA3L0002");
    static final String RENEWING = code("91370405MA3L0003");

    private static String code(String first16) {
        String first17 = first16 + "0";
        return first17 + org.safetyflow.input.UnifiedSocialCreditCode.checkCharacter(first17);
    }

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
        assertThat(application).isWaitingAt("Task_Decide").task().hasCandidateGroup("bureau-head");
        complete(task("Task_Decide", application), withVariables("licensingDecision", "GRANTED", "decisionReason", "符合条例第六条规定的安全生产条件"));

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
                .containsExactly("ACCEPTANCE_NOTICE", "SITE_CHECK", "DECISION", "DELIVERY");
    }

    @Test
    void shouldWaitForTheCorrectionAndCountTheAcceptanceLimitFromItsSubmission() {
        ProcessInstance application = start(OTHER, "NEW", null);
        assertThatThrownBy(() -> complete(task("Task_Accept", application), withVariables("acceptanceDecision", "CORRECTION",
                "acceptanceOpinion", "材料不全"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("一次告知");
        complete(task("Task_Accept", application), withVariables("acceptanceDecision", "CORRECTION", "acceptanceOpinion", "材料不全",
                "missingItems", "1. 工伤保险参保证明；2. 安全评价报告"));
        assertThat(application).isWaitingAt("Receive_Correction");

        at("2026-03-04T15:00:00+08:00");
        runtimeService.createMessageCorrelation("licensing-correction-submitted").processInstanceBusinessKey(application.getBusinessKey()).correlate();
        assertThat(application).isWaitingAt("Task_Accept").variables().containsEntry("acceptanceDueDate", date("2026-03-11T23:59:59+08:00"));
        complete(task("Task_Accept", application), withVariables("acceptanceDecision", "REJECT", "acceptanceOpinion", "不属于本机关职权范围"));
        assertThat(application).isEnded().hasPassed("EndEvent_NotAccepted").variables().containsEntry("decision", "NOT_ACCEPTED");
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
        assertThatThrownBy(() -> complete(task("Task_Decide", application), withVariables("licensingDecision", "GRANTED",
                "decisionReason", "符合条件"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("前置条件未全部通过")
                .hasMessageContaining(simultaneity.getBusinessKey());
        complete(task("Task_Decide", application), withVariables("licensingDecision", "REFUSED",
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
        assertThat(application).isWaitingAt("Task_Decide");
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

    private ProcessInstance start(String creditCode, String type, String licenceNumber) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", "370405");
        variables.put("enterpriseName", "台儿庄某机械有限公司");
        variables.put("enterpriseCreditCode", creditCode);
        variables.put("licenceType", "NON_COAL_MINE");
        variables.put("applicationType", type);
        variables.put("receivedAt", "2026-03-02T09:00:00+08:00");
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
}
