package org.safetyflow.enforcement;

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
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.casefile.CaseDocument;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.casefile.CaseLinks;
import org.safetyflow.disclosure.Notices;
import org.safetyflow.input.InvalidInputException;
import org.safetyflow.input.UnifiedSocialCreditCode;
import org.safetyflow.registry.Blacklist;
import org.safetyflow.registry.EnterpriseGroups;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Hazards;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 安全生产行政处罚, path by path (行政处罚法§44–§72, §85; 行政强制法§53, §54; 移送规定§5), limits pinned: 3月2日 is a
 * Monday; 劳动节 2026 is 5月1日–5日 with 5月9日 (Saturday) a working day.
 */
@EngineTest
class AdministrativePenaltyProcessTest {

    static final String KEY = "administrative-penalty";
    static final String PARTY = code("91370405MA3P0001");
    /** Two 应急管理 inspectors of the demo roster who work for 台儿庄区 (山东省's, 枣庄市's); zaozhuang is a legal reviewer too. */
    static final List<String> OFFICERS = List.of("enforcement-officer", "zaozhuang");
    /** The demo company (registry.DemoEnterprise), with which the demo inspector taierzhuang declared a 回避. */
    static final String DEMO_COMPANY = "91370405MA3C000019";

    static String code(String first16) {
        String first17 = first16 + "0";
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    CaseDocuments documents;
    @Autowired
    CaseLinks links;
    @Autowired
    Notices notices;
    @Autowired
    PenaltyCases penaltyCases;
    @Autowired
    Blacklist blacklist;

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
    void shouldFineWithoutAHearingAndCloseTheCaseOnceThePartyHasPaid() {
        ProcessInstance penalty = start(null);
        assertThat(penalty.getBusinessKey()).startsWith("CF-370405-2026-");
        assertThat(penalty).as("90 days from 立案 (行政处罚法§60)").variables().containsEntry("decisionDueDate", date("2026-05-31T23:59:59+08:00"));
        assertThat(penalty).isWaitingAt("Task_ApproveFiling").task().hasCandidateGroup("bureau-head");
        complete(task("Task_ApproveFiling", penalty), withVariables("filingApproved", true, "filingOpinion", "同意立案"));

        assertThat(penalty).isWaitingAt("Task_Investigate").task().hasCandidateGroup("enforcement-officer");
        assertThatThrownBy(() -> complete(task("Task_Investigate", penalty), investigation(OFFICERS.subList(0, 1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不得少于两人");
        complete(task("Task_Investigate", penalty), investigation(OFFICERS));

        complete(task("Task_Propose", penalty), proposal(vars("proposedWarning", true, "proposedFineYuan", 20000)));
        assertThat(penalty).variables().containsEntry("hearingRight", false).containsEntry("legalReviewRequired", false)
                .containsEntry("proposedPenaltyText", "警告；罚款2万元");
        assertThat(penalty).as("no 法制审核 for a small fine in a simple case").isWaitingAt("Task_Notify");
        complete(task("Task_Notify", penalty), withVariables("noticeServedAt", "2026-03-02T09:40:00+08:00", "noticeDeliveryMethod", "IN_PERSON"));
        assertThat(penalty).variables().containsEntry("statementDueDate", date("2026-03-05T23:59:59+08:00"));
        assertThatThrownBy(() -> complete(task("Task_Statement", penalty), withVariables("statementMade", false, "hearingRequested", true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不属于应当告知听证权利的情形");
        complete(task("Task_Statement", penalty), withVariables("statementMade", true, "statementSummary", "已整改，请求从轻"));

        assertThat(penalty).isWaitingAt("Task_Decide").task().hasCandidateGroup("bureau-head").hasDueDate(date("2026-05-31T23:59:59+08:00"));
        assertThatThrownBy(() -> complete(task("Task_Decide", penalty), decision(vars("warning", true, "fineAmountYuan", 30000))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("罚款超过告知的 2万元").hasMessageContaining("第四十五条");
        complete(task("Task_Decide", penalty), decision(vars("warning", true, "fineAmountYuan", 20000)));
        assertThat(penalty).variables().containsEntry("decision", "PENALIZED").containsEntry("penaltyDecision", "WARNING,FINE")
                .containsEntry("penaltyDecisionText", "警告；罚款2万元").containsEntry("fineAmountYuan", 20000.0)
                .containsEntry("decidedAt", date("2026-03-02T10:00:00+08:00"));

        complete(task("Task_Deliver", penalty), withVariables("deliveredAt", "2026-03-02T10:00:00+08:00", "deliveryMethod", "IN_PERSON"));
        assertThat(penalty).as("15 days to pay (行政处罚法§67)").variables().containsEntry("paymentDueDate", date("2026-03-17T23:59:59+08:00"));
        assertThat(task("Task_Publish", penalty)).hasCandidateGroup("bureau-head");
        signOff(penalty, "Task_Publish");
        assertThat(notices.ofCase(penalty.getBusinessKey())).singleElement().satisfies(notice -> {
            assertThat(notice.title()).isEqualTo("台儿庄某化工有限公司行政处罚结果公示");
            assertThat(notice.body()).contains("警告；罚款2万元").contains("（鲁台）应急罚〔2026〕");
        });
        assertThat(penalty).isWaitingAt("Task_Payment").task().hasDueDate(date("2026-03-17T23:59:59+08:00"));
        complete(task("Task_Payment", penalty), withVariables("paidAt", "2026-03-02T10:00:00+08:00", "paymentReceipt", "鲁财缴 0001"));
        complete(task("Task_Close", penalty), withVariables("closingOpinion", "已履行，同意结案"));

        assertThat(penalty).isEnded().hasPassed("EndEvent_Closed").variables().containsEntry("outcome", "CLOSED");
        assertThat(documents.list(penalty.getBusinessKey())).extracting(CaseDocument::kind)
                .containsExactly("FILING_APPROVAL", "INVESTIGATION", "PROPOSAL", "PENALTY_NOTICE", "STATEMENT", "DECISION", "DELIVERY", "CLOSING");
        // The decision is titled by what it decided (the type names both: 行政处罚决定书（不予行政处罚决定书）).
        assertThat(documents.list(penalty.getBusinessKey())).filteredOn(document -> document.kind().equals("DECISION"))
                .extracting(CaseDocument::title).containsExactly("行政处罚决定书");
    }

    @Test
    void shouldOfferTheEmergencyInspectorsWorkingForTheJurisdictionToTickAndRefuseAnyoneElseNamingTheField() {
        ProcessInstance penalty = start(null);
        complete(task("Task_ApproveFiling", penalty), withVariables("filingApproved", true, "filingOpinion", "同意立案"));
        Task investigation = task("Task_Investigate", penalty);
        assertThat(options(investigation)).as("应急管理 inspectors of 山东省, 枣庄市 and 台儿庄区 on the roster; not 山亭区's, nor another department's")
                .extracting(o -> o.get("value")).contains("enforcement-officer", "hazard-officer", "zaozhuang", "taierzhuang")
                .doesNotContain("shanting", "inspector-market-1", "legal-reviewer");
        assertThat(options(investigation)).filteredOn(o -> o.get("value").equals("taierzhuang")).singleElement()
                .satisfies(o -> assertThat(o.get("label")).isEqualTo("台儿庄区（演示）（应急管理，taierzhuang）"));

        assertThatThrownBy(() -> complete(investigation, investigation(List.of("enforcement-officer", "inspector-market-1"))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("「调查取证的执法人员」（investigators）中 inspector-market-1 不是"
                        + "本案管辖区划（台儿庄区，370405）执法人员名录中持有行政执法证件的应急管理执法人员");
        assertThatThrownBy(() -> complete(investigation, investigation(List.of("shanting", "张某", "enforcement-officer"))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("中 shanting、张某 不是");
        assertThat(runtimeService.getVariable(penalty.getId(), "investigators")).as("nothing stored").isNull();
        complete(investigation, investigation(OFFICERS));
        assertThat((String) runtimeService.getVariable(penalty.getId(), "investigatorsText"))
                .matches("执法人员（演示）（执法证号 演示执法证 \\d{5}）、枣庄市（演示）（执法证号 演示执法证 \\d{5}）");
        assertThat(documents.list(penalty.getBusinessKey())).filteredOn(document -> document.kind().equals("INVESTIGATION")).singleElement()
                .satisfies(document -> assertThat((String) document.content().get("investigatorsText")).contains("执法证号"));

        ProcessInstance demoCompany = start(DEMO_COMPANY, null);
        complete(task("Task_ApproveFiling", demoCompany), withVariables("filingApproved", true, "filingOpinion", "同意立案"));
        assertThat(options(task("Task_Investigate", demoCompany))).as("taierzhuang declared a 回避 with the demo company")
                .extracting(o -> o.get("value")).contains("enforcement-officer").doesNotContain("taierzhuang");
        assertThatThrownBy(() -> complete(task("Task_Investigate", demoCompany), investigation(List.of("enforcement-officer", "taierzhuang"))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("taierzhuang 已申报与当事人（" + DEMO_COMPANY + "）回避")
                .hasMessageContaining("第四十三条");
    }

    @Test
    void shouldReviewDiscussHearAndExtendTheNinetyDaysBeforeOrderingAShutdownPinnedAcrossMayDay() {
        ProcessInstance penalty = investigated(null);
        assertThatThrownBy(() -> complete(task("Task_Propose", penalty), proposal(vars("proposedWarning", true, "fourMandatesShutdown", true))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("一律停产整顿");
        complete(task("Task_Propose", penalty), proposal(vars("proposedShutdown", true, "complexCase", true, "fourMandatesShutdown", true)));
        assertThat(penalty).variables().containsEntry("hearingRight", true).containsEntry("legalReviewRequired", true)
                .containsEntry("collectiveDiscussionRequired", true);
        assertThat((String) runtimeService.getVariable(penalty.getId(), "hearingRightReason")).contains("责令停产停业").contains("第六十三条");

        assertThat(penalty).isWaitingAt("Task_LegalReview").task().hasCandidateGroup("legal-reviewer");
        complete(task("Task_LegalReview", penalty), withVariables("legalReviewOpinion", "主体合法、事实清楚、程序合法、适用依据正确", "legalReviewAgreed", true));
        assertThat(penalty).isWaitingAt("Task_Collective").task().hasCandidateGroup("bureau-head");
        complete(task("Task_Collective", penalty), withVariables("discussionHeldAt", "2026-03-02T09:30:00+08:00",
                "discussionParticipants", "局长、副局长、法制科长", "discussionRecord", "一致同意责令停产停业整顿", "discussionConclusion", "同意"));

        at("2026-04-30T10:00:00+08:00");
        complete(task("Task_Notify", penalty), withVariables("noticeServedAt", "2026-04-30T09:00:00+08:00", "noticeDeliveryMethod", "POST"));
        assertThat(penalty).as("5 working days to ask for a hearing, across 劳动节 with 5月9日 worked").variables()
                .containsEntry("statementDueDate", date("2026-05-11T23:59:59+08:00"));
        complete(task("Task_Statement", penalty), withVariables("statementMade", false, "hearingRequested", true));

        at("2026-05-11T10:00:00+08:00");
        assertThatThrownBy(() -> complete(task("Task_HearingNotice", penalty), hearingNotice("2026-05-19T09:00:00+08:00")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("听证最早于2026年5月20日");
        Task notice = task("Task_HearingNotice", penalty);
        assertThat(chairOptions(notice)).as("法制审核员 of 台儿庄区 or above who did not investigate (zaozhuang did)")
                .extracting(o -> o.get("value")).contains("legal-reviewer", "taierzhuang").doesNotContain("zaozhuang", "shanting", "enforcement-officer");
        assertThat(chairOptions(notice)).filteredOn(o -> o.get("value").equals("legal-reviewer")).singleElement()
                .satisfies(o -> assertThat(o.get("label")).isEqualTo("法制审核员（演示）（legal-reviewer）"));
        Map<String, Object> chairedByAnInvestigator = hearingNotice("2026-05-20T09:00:00+08:00");
        chairedByAnInvestigator.put("hearingChair", "zaozhuang");
        assertThatThrownBy(() -> complete(notice, chairedByAnInvestigator)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("「听证主持人」（hearingChair）").hasMessageContaining("zaozhuang 参与了本案的调查取证");
        Map<String, Object> chairedByAnOfficer = hearingNotice("2026-05-20T09:00:00+08:00");
        chairedByAnOfficer.put("hearingChair", "shanting");
        assertThatThrownBy(() -> complete(notice, chairedByAnOfficer)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("「听证主持人」（hearingChair）应为本案管辖区划（台儿庄区，370405）的法制审核员：shanting 不是");
        Map<String, Object> chaired = hearingNotice("2026-05-20T09:00:00+08:00");
        chaired.put("hearingChair", "legal-reviewer");
        complete(notice, chaired);
        assertThat(penalty).variables().containsEntry("hearingChair", "legal-reviewer").containsEntry("hearingChairText", "法制审核员（演示）（legal-reviewer）");
        assertThat(penalty).isWaitingAt("Task_Hearing").task().hasDueDate(date("2026-05-25T23:59:59+08:00"));
        at("2026-05-20T15:00:00+08:00");
        complete(task("Task_Hearing", penalty), withVariables("hearingHeldAt", "2026-05-20T09:00:00+08:00",
                "hearingParticipants", "主持人王某、当事人委托代理人赵某、调查人员张某", "hearingRecord", "当事人无异议", "hearingOpinion", "维持"));

        assertThat(penalty).isWaitingAt("Task_Decide").task().hasDueDate(date("2026-05-31T23:59:59+08:00"));
        assertThatThrownBy(() -> complete(task("Task_Decide", penalty), withVariables("decisionOutcome", "EXTEND", "extensionDays", 40,
                "extensionReason", "需补充鉴定"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("不超过 30 日");
        complete(task("Task_Decide", penalty), withVariables("decisionOutcome", "EXTEND", "extensionDays", 30, "extensionReason", "需补充鉴定"));
        assertThat(penalty).isWaitingAt("Task_Decide").task().hasDueDate(date("2026-06-30T23:59:59+08:00"));
        assertThat(penalty).variables().containsEntry("extensionCount", 1).doesNotContainKey("decision");
        assertThat((String) runtimeService.getVariable(penalty.getId(), "extensions")).contains("延长 30 日").contains("2026年6月30日").contains("需补充鉴定");

        assertThatThrownBy(() -> complete(task("Task_Decide", penalty), decision(vars("shutdown", true, "fineAmountYuan", 10000))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("告知时未拟罚款");
        complete(task("Task_Decide", penalty), decision(vars("shutdown", true)));
        assertThat(penalty).variables().containsEntry("penaltyDecision", "SHUTDOWN").containsEntry("fined", false)
                .containsEntry("penaltyDecisionText", "责令停产停业整顿");
        complete(task("Task_Deliver", penalty), withVariables("deliveredAt", "2026-05-20T15:00:00+08:00", "deliveryMethod", "IN_PERSON"));
        signOff(penalty, "Task_Publish");
        assertThat(penalty).as("nothing to pay; shut until the officers agree").isWaitingAt("Task_ApplyResumption");
        complete(task("Task_ApplyResumption", penalty), withVariables("resumptionAppliedAt", "2026-05-20T14:00:00+08:00", "resumptionReport", "已整改"));
        complete(task("Task_ReviewResumption", penalty), resumptionReview("2026-05-20T15:00:00+08:00", true));
        complete(task("Task_Close", penalty), withVariables("closingOpinion", "停产整顿已执行，同意结案"));
        assertThat(penalty).isEnded().hasPassed("Task_LegalReview", "Task_Collective", "Task_HearingNotice", "Task_Hearing", "EndEvent_Closed");
        assertThat(documents.list(penalty.getBusinessKey())).extracting(CaseDocument::kind)
                .contains("LEGAL_REVIEW", "COLLECTIVE_DISCUSSION", "HEARING_NOTICE", "HEARING_RECORD", "EXTENSION", "DECISION");
    }

    @Test
    void shouldAddTheSurchargeUpToTheFineUrgeAndApplyToTheCourtWhenTheFineIsNotPaid() {
        ProcessInstance penalty = investigated(null);
        complete(task("Task_Propose", penalty), proposal(vars("proposedFineYuan", 50000, "majorPublicInterest", true)));
        assertThat(penalty).as("法制审核 for 重大公共利益, no 集体讨论").variables().containsEntry("legalReviewRequired", true)
                .containsEntry("collectiveDiscussionRequired", false);
        complete(task("Task_LegalReview", penalty), withVariables("legalReviewOpinion", "同意", "legalReviewAgreed", true));
        assertThat(penalty).isWaitingAt("Task_Notify");
        complete(task("Task_Notify", penalty), withVariables("noticeServedAt", "2026-03-02T09:00:00+08:00", "noticeDeliveryMethod", "IN_PERSON"));
        at("2026-03-06T00:00:01+08:00");
        execute(job("Timer_StatementLapsed", penalty));
        assertThat(penalty).hasPassed("Event_NoRequest").isWaitingAt("Task_Decide").variables().containsEntry("statementMade", false);
        complete(task("Task_Decide", penalty), decision(vars("fineAmountYuan", 50000)));
        complete(task("Task_Deliver", penalty), withVariables("deliveredAt", "2026-03-06T00:00:01+08:00", "deliveryMethod", "IN_PERSON"));
        signOff(penalty, "Task_Publish");
        assertThat(penalty).variables().containsEntry("paymentDueDate", date("2026-03-21T23:59:59+08:00"));

        at("2026-03-22T00:00:05+08:00");
        execute(job("Timer_PaymentOverdue", penalty));
        assertThat(penalty).isWaitingAt("Task_Urge").task().hasCandidateGroup("enforcement-officer");
        at("2026-03-26T10:00:00+08:00");
        complete(task("Task_Urge", penalty), withVariables("urgeServedAt", "2026-03-26T09:00:00+08:00", "urgeDeliveryMethod", "IN_PERSON"));
        assertThat(penalty).as("5 days overdue × 3% of 50000").variables().containsEntry("surchargeYuan", 7500.0).containsEntry("surchargeCapped", false)
                .as("the court only once the party can no longer sue (6 months from service), then within 3 months")
                .containsEntry("enforcementWaitUntil", date("2026-09-06T23:59:59+08:00"))
                .containsEntry("courtApplicationDueDate", date("2026-12-06T23:59:59+08:00"));
        assertThat(job("Timer_UrgeWait", penalty).getDuedate()).isEqualTo(date("2026-09-06T23:59:59+08:00"));

        at("2026-09-07T10:00:00+08:00");
        execute(job("Timer_UrgeWait", penalty));
        assertThat(penalty).isWaitingAt("Task_CourtApplication").task().hasDueDate(date("2026-12-06T23:59:59+08:00"));
        complete(task("Task_CourtApplication", penalty), withVariables("applicationFiledAt", "2026-09-07T09:30:00+08:00",
                "court", "枣庄市台儿庄区人民法院", "applicationNote", "罚款 5 万元及加处罚款"));
        assertThat(penalty).as("the surcharge never exceeds the fine (行政强制法§45)").variables()
                .containsEntry("surchargeYuan", 50000.0).containsEntry("surchargeCapped", true);
        complete(task("Task_Close", penalty), withVariables("closingOpinion", "已申请强制执行，同意结案"));
        assertThat(penalty).isEnded().hasPassed("Timer_PaymentOverdue", "Task_Urge", "Timer_UrgeWait", "Task_CourtApplication", "EndEvent_Closed");
        assertThat(documents.list(penalty.getBusinessKey())).extracting(CaseDocument::kind).contains("URGE", "COURT_APPLICATION");
    }

    @Test
    void shouldDraftTheTransferOfASuspectedCrimeAndOnceTheHeadApprovesHandTheCaseToThePolice() {
        ProcessInstance penalty = investigated(null);
        suspectCrime(penalty);
        assertThatThrownBy(() -> complete(task("Task_DraftTransfer", penalty), transferDraft(OFFICERS.subList(0, 1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("两名以上执法人员");
        complete(task("Task_DraftTransfer", penalty), transferDraft(OFFICERS));
        assertThat(penalty).as("the head decides within 3 days (移送规定§5)").isWaitingAt("Task_ApproveTransfer", "Task_Propose")
                .task("Task_ApproveTransfer").hasCandidateGroup("bureau-head").hasDueDate(date("2026-03-05T23:59:59+08:00"));
        complete(task("Task_ApproveTransfer", penalty), withVariables("transferApproved", false, "transferApprovalOpinion", "证据不足，继续办理"));
        assertThat(penalty).hasPassed("EndEvent_TransferNotApproved").isWaitingAt("Task_Propose");

        suspectCrime(penalty);
        complete(task("Task_DraftTransfer", penalty), transferDraft(OFFICERS));
        complete(task("Task_ApproveTransfer", penalty), withVariables("transferApproved", true, "transferApprovalOpinion", "同意移送"));
        assertThat(penalty).isWaitingAt("Task_Transfer").task().hasDueDate(date("2026-03-03T10:00:00+08:00"));
        assertThat(penalty).variables().containsEntry("decision", "TRANSFERRED");
        complete(task("Task_Transfer", penalty), withVariables("transferredAt", "2026-03-02T10:00:00+08:00",
                "policeAuthority", "枣庄市公安局台儿庄分局", "transferReceipt", "台公移〔2026〕3号"));
        assertThat(penalty).isEnded().hasPassed("EndEvent_Transferred").variables()
                .containsEntry("outcome", "TRANSFERRED");
        assertThat(documents.list(penalty.getBusinessKey())).extracting(CaseDocument::kind).contains("TRANSFER_REPORT", "TRANSFER");
    }

    @Test
    void shouldConfiscateALargerValueOnlyAfterTellingThePartyOfItsRightToAHearingAndNeverMoreThanNotified() {
        ProcessInstance penalty = investigated(null);
        assertThatThrownBy(() -> complete(task("Task_Propose", penalty), proposal(vars("proposedConfiscation", true))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("拟没收的违法所得、非法财物");
        complete(task("Task_Propose", penalty), proposal(vars("proposedConfiscation", true, "proposedConfiscatedItems", "非法储存的液氨 2 吨",
                "proposedConfiscationValueYuan", 100000)));
        assertThat(penalty).as("没收较大价值非法财物 (行政处罚法§63①(二))").variables().containsEntry("hearingRight", true)
                .containsEntry("proposedPenaltyText", "没收违法所得、非法财物：非法储存的液氨 2 吨（价值10万元）");
        assertThat((String) runtimeService.getVariable(penalty.getId(), "hearingRightReason")).contains("没收较大数额违法所得、较大价值非法财物");
        complete(task("Task_LegalReview", penalty), withVariables("legalReviewOpinion", "同意", "legalReviewAgreed", true));
        complete(task("Task_Collective", penalty), withVariables("discussionHeldAt", "2026-03-02T09:30:00+08:00",
                "discussionParticipants", "局长、副局长", "discussionRecord", "同意没收", "discussionConclusion", "同意"));
        complete(task("Task_Notify", penalty), withVariables("noticeServedAt", "2026-03-02T09:40:00+08:00", "noticeDeliveryMethod", "IN_PERSON"));
        complete(task("Task_Statement", penalty), withVariables("statementMade", false, "hearingRequested", false));

        assertThatThrownBy(() -> complete(task("Task_Decide", penalty), decision(vars("confiscation", true, "confiscatedItems", "液氨 3 吨",
                "confiscationValueYuan", 150000)))).isInstanceOf(InvalidInputException.class).hasMessageContaining("超过告知的 10万元");
        assertThatThrownBy(() -> complete(task("Task_Decide", penalty), decision(vars("confiscation", true))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("confiscatedItems");
        complete(task("Task_Decide", penalty), decision(vars("confiscation", true, "confiscatedItems", "非法储存的液氨 2 吨", "confiscationValueYuan", 100000)));
        assertThat(penalty).variables().containsEntry("penaltyDecision", "CONFISCATION").containsEntry("fined", false)
                .containsEntry("penaltyDecisionText", "没收违法所得、非法财物：非法储存的液氨 2 吨（价值10万元）");
        assertThat(documents.list(penalty.getBusinessKey())).filteredOn(document -> document.kind().equals("DECISION")).singleElement()
                .satisfies(document -> assertThat(document.content()).containsEntry("confiscatedItems", "非法储存的液氨 2 吨")
                        .containsEntry("confiscationValueYuan", 100000.0));
    }

    @Test
    void shouldConfiscateASmallerValueWithoutAHearingRightAndRefuseAConfiscationNotNotified() {
        ProcessInstance small = investigated(null);
        complete(task("Task_Propose", small), proposal(vars("proposedWarning", true, "proposedConfiscation", true,
                "proposedConfiscatedItems", "违法所得", "proposedConfiscationValueYuan", 99999.99)));
        assertThat(small).variables().containsEntry("hearingRight", false).containsEntry("legalReviewRequired", false);
        assertThat(small).isWaitingAt("Task_Notify");

        ProcessInstance notNotified = throughStatement();
        assertThatThrownBy(() -> complete(task("Task_Decide", notNotified), decision(vars("warning", true, "confiscation", true,
                "confiscatedItems", "违法所得", "confiscationValueYuan", 1000)))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("告知时未拟没收违法所得、非法财物");
    }

    @Test
    void shouldTellTheOfficerThatClosureAppliesToTheThirdPenaltyWithinOneHundredEightyDaysAndTheHeadADayLaterThatItNoLongerDoes() {
        String party = code("91370405MA3P0113");
        String first = penalizedOn(party, "2026-03-05T10:00:00+08:00");
        String second = penalizedOn(party, "2026-08-22T10:00:00+08:00");

        at("2026-09-01T10:00:00+08:00");
        ProcessInstance third = investigated(party, null);
        assertThat((String) runtimeService.getVariable(third.getId(), "closureReferralReason"))
                .as("180 days after 2026年3月5日: the first penalty still counts (安全生产法§113①)")
                .startsWith("连同本案，180 日内第 3 次、一年内第 3 次受到行政处罚（此前：" + first + "，2026年3月5日；" + second + "，2026年8月22日）")
                .contains("如认定存在重大事故隐患，应当提请地方人民政府予以关闭");
        complete(task("Task_Propose", third), proposal(vars("proposedWarning", true, "majorHazard", true)));
        assertThat(third).variables().containsEntry("closureReferralApplies", true);
        assertThat((String) runtimeService.getVariable(third.getId(), "closureReferralReason")).contains("且存在重大事故隐患：应当提请地方人民政府予以关闭");
        assertThat(documents.list(third.getBusinessKey())).filteredOn(document -> document.kind().equals("PROPOSAL")).singleElement()
                .satisfies(document -> assertThat((String) document.content().get("closureReferralReason")).contains("应当提请"));

        complete(task("Task_Notify", third), withVariables("noticeServedAt", "2026-09-01T09:30:00+08:00", "noticeDeliveryMethod", "IN_PERSON"));
        at("2026-09-02T10:00:00+08:00");
        complete(task("Task_Statement", third), withVariables("statementMade", false));
        assertThat(third).as("181 days after 2026年3月5日 it no longer counts").variables().containsEntry("closureReferralApplies", false);
        assertThat((String) runtimeService.getVariable(third.getId(), "closureReferralReason")).startsWith("连同本案，180 日内第 2 次、一年内第 3 次")
                .contains("未达到安全生产法第一百一十三条第一项规定的次数");
        complete(task("Task_Decide", third), decision(vars("warning", true)));
        assertThat(documents.list(third.getBusinessKey())).filteredOn(document -> document.kind().equals("DECISION")).singleElement()
                .satisfies(document -> assertThat((String) document.content().get("closureReferralReason")).contains("未达到"));
    }

    @Test
    void shouldRecheckTheCorrectionOnlyAfterItsDeadlineByTwoOfficersAndCloseOnceCorrectedAndPaid() {
        ProcessInstance penalty = finedWithACorrectionOrder(PARTY);
        assertThat(penalty).variables().containsEntry("correctionDueDate", date("2026-03-20T23:59:59+08:00"))
                .containsEntry("correctionDueDateText", "2026年3月20日");
        complete(task("Task_Payment", penalty), withVariables("paidAt", "2026-03-02T10:00:00+08:00", "paymentReceipt", "鲁财缴 0002"));
        assertThat(penalty).as("paid, but the correction's deadline has not come").isWaitingAt("Timer_CorrectionDue");
        assertThat(job("Timer_CorrectionDue", penalty).getDuedate()).isEqualTo(date("2026-03-20T23:59:59+08:00"));

        at("2026-03-21T09:00:00+08:00");
        execute(job("Timer_CorrectionDue", penalty));
        assertThat(penalty).isWaitingAt("Task_CorrectionRecheck").task().hasCandidateGroup("enforcement-officer")
                .as("10 days after the deadline").hasDueDate(date("2026-03-30T23:59:59+08:00"));
        assertThatThrownBy(() -> complete(task("Task_CorrectionRecheck", penalty), recheck("2026-03-21T08:30:00+08:00", OFFICERS.subList(0, 1), true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不得少于两人");
        assertThatThrownBy(() -> complete(task("Task_CorrectionRecheck", penalty), recheck("2026-03-20T16:00:00+08:00", OFFICERS, true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("复查时间不能早于2026年3月21日");
        complete(task("Task_CorrectionRecheck", penalty), recheck("2026-03-21T08:30:00+08:00", OFFICERS, true));
        assertThat(penalty).hasNotPassed("Service_OpenContinuingViolation").isWaitingAt("Task_Close").variables().containsEntry("correctionRefused", false)
                .doesNotContainKey("continuingViolationCaseNumber");
        complete(task("Task_Close", penalty), withVariables("closingOpinion", "已缴纳罚款并改正，同意结案"));
        assertThat(penalty).isEnded();
        assertThat(documents.list(penalty.getBusinessKey())).extracting(CaseDocument::kind).contains("CORRECTION_RECHECK");
    }

    @Test
    void shouldOnlyRecordARefusalToCorrectWhereTheDecisionImposedNoFine() {
        ProcessInstance penalty = throughStatement();
        complete(task("Task_Decide", penalty), decision(vars("warning", true, "correctionOrdered", true,
                "correctionRequirement", "配备持证特种作业人员", "correctionDueDate", "2026-03-20T00:00:00+08:00")));
        complete(task("Task_Deliver", penalty), withVariables("deliveredAt", "2026-03-02T10:00:00+08:00", "deliveryMethod", "IN_PERSON"));
        signOff(penalty, "Task_Publish");
        at("2026-03-21T09:00:00+08:00");
        execute(job("Timer_CorrectionDue", penalty));
        complete(task("Task_CorrectionRecheck", penalty), recheck("2026-03-21T08:30:00+08:00", OFFICERS, false));
        assertThat(penalty).isWaitingAt("Task_Close").variables().containsEntry("correctionRefused", true)
                .doesNotContainKey("continuingViolationCaseNumber");
        assertThat((String) runtimeService.getVariable(penalty.getId(), "correctionRefusalNote")).contains("未处以罚款，不适用按日连续处罚");
    }

    @Test
    void shouldOpenALinkedCaseOfDailyFinesWhenTheFinedPartyRefusesToCorrectAndDecideItWithTheDaysCounted() {
        ProcessInstance original = finedWithACorrectionOrder(PARTY);
        complete(task("Task_Payment", original), withVariables("paidAt", "2026-03-02T10:00:00+08:00", "paymentReceipt", "鲁财缴 0003"));
        at("2026-03-25T10:00:00+08:00");
        execute(job("Timer_CorrectionDue", original));
        complete(task("Task_CorrectionRecheck", original), recheck("2026-03-25T09:00:00+08:00", OFFICERS, false));

        String daily = (String) runtimeService.getVariable(original.getId(), "continuingViolationCaseNumber");
        assertThat(daily).startsWith("CF-370405-2026-");
        assertThat(original).hasPassed("Service_OpenContinuingViolation").isWaitingAt("Task_Close");
        assertThat(links.of(original.getBusinessKey())).extracting(CaseLinks.Link::otherCase, CaseLinks.Link::label)
                .contains(Tuple.tuple(daily, "拒不改正，按日连续处罚"));
        assertThat(links.of(daily)).extracting(CaseLinks.Link::otherCase, CaseLinks.Link::label)
                .containsExactly(Tuple.tuple(original.getBusinessKey(), "按日连续处罚的原处罚案件"));
        ProcessInstance dailyCase = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(daily).singleResult();
        assertThat(dailyCase).as("from 3月3日 (the order was made 3月2日) to 3月25日, the day the refusal was found: 23 days")
                .variables().containsEntry("caseSource", "CONTINUING_VIOLATION").containsEntry("originalFineYuan", 20000.0)
                .containsEntry("dailyFineDays", 23).containsEntry("dailyFineAmountYuan", 460000.0).containsEntry("sourceCaseNumber", original.getBusinessKey());
        assertThat((String) runtimeService.getVariable(dailyCase.getId(), "dailyFineReason")).isEqualTo("自作出责令改正之日的次日（2026年3月3日）起至复查发现"
                + "拒不改正之日（2026年3月25日）止，共 23 日，按照原处罚数额每日 2万元 连续处罚，计 46万元（安全生产法第一百一十二条）");
        assertThat((String) runtimeService.getVariable(dailyCase.getId(), "violationFacts")).contains("配备持证特种作业人员").contains("拒不改正");

        complete(task("Task_ApproveFiling", dailyCase), withVariables("filingApproved", true, "filingOpinion", "同意立案"));
        complete(task("Task_Investigate", dailyCase), investigation(OFFICERS));
        assertThatThrownBy(() -> complete(task("Task_Propose", dailyCase), proposal(vars("proposedFineYuan", 400000))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("按日连续处罚的罚款数额应为 46万元");
        complete(task("Task_Propose", dailyCase), proposal(vars("proposedFineYuan", 460000)));
        complete(task("Task_LegalReview", dailyCase), withVariables("legalReviewOpinion", "计算正确", "legalReviewAgreed", true));
        complete(task("Task_Collective", dailyCase), withVariables("discussionHeldAt", "2026-03-25T09:30:00+08:00",
                "discussionParticipants", "局长、副局长", "discussionRecord", "同意按日连续处罚", "discussionConclusion", "同意"));
        complete(task("Task_Notify", dailyCase), withVariables("noticeServedAt", "2026-03-25T09:40:00+08:00", "noticeDeliveryMethod", "IN_PERSON"));
        complete(task("Task_Statement", dailyCase), withVariables("statementMade", false, "hearingRequested", false));
        assertThatThrownBy(() -> complete(task("Task_Decide", dailyCase), decision(vars("fineAmountYuan", 300000))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("应为 46万元");
        complete(task("Task_Decide", dailyCase), decision(vars("fineAmountYuan", 460000)));
        assertThat(dailyCase).variables().containsEntry("decision", "PENALIZED").containsEntry("penaltyDecisionText", "罚款46万元");
        assertThat(documents.list(daily)).filteredOn(document -> document.kind().equals("DECISION")).singleElement()
                .satisfies(document -> assertThat((String) document.content().get("dailyFineReason")).contains("共 23 日"));
    }

    @Test
    void shouldKeepTheEnterpriseShutUntilTheOfficersAgreeAfterARefusalAndAskForAPowerCutWhenItWillNotStop() {
        ProcessInstance penalty = investigated(null);
        complete(task("Task_Propose", penalty), proposal(vars("proposedShutdown", true)));
        complete(task("Task_LegalReview", penalty), withVariables("legalReviewOpinion", "同意", "legalReviewAgreed", true));
        complete(task("Task_Collective", penalty), withVariables("discussionHeldAt", "2026-03-02T09:30:00+08:00",
                "discussionParticipants", "局长、副局长", "discussionRecord", "同意停产整顿", "discussionConclusion", "同意"));
        complete(task("Task_Notify", penalty), withVariables("noticeServedAt", "2026-03-02T09:40:00+08:00", "noticeDeliveryMethod", "IN_PERSON"));
        complete(task("Task_Statement", penalty), withVariables("statementMade", false, "hearingRequested", false));
        assertThatThrownBy(() -> complete(task("Task_Decide", penalty), decision(vars("warning", true, "shutdownUntil", "2026-04-30T00:00:00+08:00"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("只有决定责令停产停业整顿的");
        complete(task("Task_Decide", penalty), decision(vars("shutdown", true, "shutdownUntil", "2026-04-30T00:00:00+08:00")));
        assertThat(penalty).variables().containsEntry("penaltyDecisionText", "责令停产停业整顿（至2026年4月30日）")
                .containsEntry("shutdownUntil", date("2026-04-30T23:59:59+08:00"));
        complete(task("Task_Deliver", penalty), withVariables("deliveredAt", "2026-03-02T10:00:00+08:00", "deliveryMethod", "IN_PERSON"));
        signOff(penalty, "Task_Publish");
        assertThat(penalty).isWaitingAt("Task_ApplyResumption").task().hasCandidateGroup(EnterpriseGroups.groupId(PARTY));
        assertThat(penalty).variables().containsEntry("shutdownStatus", "SHUT").containsEntry("shutdownPeriodText", "至2026年4月30日")
                .containsEntry("shutdownFrom", date("2026-03-02T10:00:00+08:00"));

        at("2026-03-10T10:00:00+08:00");
        refuseToStop(penalty);
        assertThatThrownBy(() -> complete(task("Task_RecordShutdownRefusal", penalty), shutdownRefusal(OFFICERS.subList(0, 1), false, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不得少于两人");
        assertThatThrownBy(() -> complete(task("Task_RecordShutdownRefusal", penalty), shutdownRefusal(OFFICERS, false, "POWER_CUT")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("现实危险");
        complete(task("Task_RecordShutdownRefusal", penalty), shutdownRefusal(OFFICERS, false, null));
        assertThat(penalty).hasPassed("EndEvent_RefusalRecorded").hasNotPassed("Service_RequestSupplyStop").isWaitingAt("Task_ApplyResumption");
        assertThat((String) runtimeService.getVariable(penalty.getId(), "shutdownRefusalClosureNote")).contains("第一百一十三条第四项");

        refuseToStop(penalty);
        complete(task("Task_RecordShutdownRefusal", penalty), shutdownRefusal(OFFICERS, true, "POWER_CUT"));
        String powerCut = (String) runtimeService.getVariable(penalty.getId(), "supplyStopCaseNumber");
        assertThat(powerCut).startsWith("QZ-370405-2026-");
        assertThat(links.of(penalty.getBusinessKey())).extracting(CaseLinks.Link::otherCase, CaseLinks.Link::label)
                .contains(Tuple.tuple(powerCut, "采取行政强制措施"));
        ProcessInstance coercive = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(powerCut).singleResult();
        assertThat(coercive).isWaitingAt("Task_Approve").variables().containsEntry("measureType", "POWER_CUT")
                .containsEntry("legalBasis", "安全生产法第七十条第一款").containsEntry("sourceCaseNumber", penalty.getBusinessKey());
        assertThat(penalty).variables().containsEntry("shutdownRefusals", 2);

        at("2026-05-06T10:00:00+08:00");
        complete(task("Task_ApplyResumption", penalty), withVariables("resumptionAppliedAt", "2026-05-06T09:00:00+08:00", "resumptionReport", "已整改"));
        assertThat(penalty).isWaitingAt("Task_ReviewResumption").task().hasCandidateGroup("enforcement-officer")
                .as("10 days from the application (16号令§23)").hasDueDate(date("2026-05-16T23:59:59+08:00"));
        assertThatThrownBy(() -> complete(task("Task_ReviewResumption", penalty), resumptionReview("2026-05-06T08:00:00+08:00", true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能早于企业提出申请的时间");
        complete(task("Task_ReviewResumption", penalty), resumptionReview("2026-05-06T10:00:00+08:00", false));
        assertThat(penalty).as("not agreed: still shut, the enterprise may apply again").isWaitingAt("Task_ApplyResumption")
                .variables().containsEntry("shutdownStatus", "SHUT").containsEntry("resumptionRefusals", 1);
        assertThat((String) runtimeService.getVariable(penalty.getId(), "shutdownClosureNote")).as("the period has passed (安全生产法§113②)")
                .contains("第一百一十三条第二项");

        complete(task("Task_ApplyResumption", penalty), withVariables("resumptionAppliedAt", "2026-05-06T10:00:00+08:00", "resumptionReport", "已补充整改"));
        complete(task("Task_ReviewResumption", penalty), resumptionReview("2026-05-06T10:00:00+08:00", true));
        assertThat(penalty).isWaitingAt("Task_Close").variables().containsEntry("shutdownStatus", "RESUMED")
                .containsEntry("productionResumedAt", date("2026-05-06T10:00:00+08:00"));
        complete(task("Task_Close", penalty), withVariables("closingOpinion", "已恢复生产，同意结案"));
        assertThat(penalty).isEnded();
        assertThat(documents.list(penalty.getBusinessKey())).extracting(CaseDocument::kind)
                .contains("SHUTDOWN_REFUSAL", "RESUMPTION_APPLICATION", "RESUMPTION_REVIEW");
    }

    @Test
    void shouldEndWithoutAPenaltyWhenNotFiledNotPenalizedOrWithdrawn() {
        ProcessInstance notFiled = start(null);
        complete(task("Task_ApproveFiling", notFiled), withVariables("filingApproved", false, "filingOpinion", "不属于本机关管辖"));
        assertThat(notFiled).isEnded().hasPassed("EndEvent_NotFiled").variables().containsEntry("decision", "WITHDRAWN");

        ProcessInstance cleared = throughStatement();
        complete(task("Task_Decide", cleared), withVariables("decisionOutcome", "NOT_PENALIZE", "decisionNumber", "（鲁台）应急不罚〔2026〕1号",
                "decisionReason", "违法行为轻微并及时改正，没有造成危害后果（行政处罚法第三十三条）"));
        complete(task("Task_DeliverNotPenalized", cleared), withVariables("deliveredAt", "2026-03-02T10:00:00+08:00", "deliveryMethod", "POST"));
        assertThat(cleared).isEnded().hasPassed("EndEvent_NotPenalized").variables().containsEntry("decision", "NOT_PENALIZED")
                .containsEntry("penaltyDecisionText", "不予行政处罚");
        assertThat(notices.ofCase(cleared.getBusinessKey())).isEmpty();

        ProcessInstance withdrawn = throughStatement();
        complete(task("Task_Decide", withdrawn), withVariables("decisionOutcome", "WITHDRAW", "decisionNumber", "撤案〔2026〕1号",
                "decisionReason", "违法事实不能成立"));
        assertThat(withdrawn).isEnded().hasPassed("EndEvent_Withdrawn").variables().containsEntry("decision", "WITHDRAWN");
    }

    @Test
    void shouldLinkTheSourceCaseBothWaysWhenAnotherProcessOpensTheCaseAndRefuseAnUnknownOneStoringNothing() {
        Map<String, Object> hazard = Hazards.report("370405", PARTY, "台儿庄某化工有限公司");
        hazard.put("discoveredAt", "2026-03-01T15:00:00+08:00");
        String hazardCase = runtimeService.startProcessInstanceByKey("hazard-rectification", hazard).getBusinessKey();
        String caseNumber = penaltyCases.open(vars("jurisdiction", "370405", "enterpriseName", "台儿庄某化工有限公司",
                "enterpriseCreditCode", PARTY, "caseSource", "RECHECK_FAILED", "violationFacts", "复查发现未按指令书整改"), hazardCase);
        assertThat(links.of(hazardCase)).extracting(CaseLinks.Link::otherCase, CaseLinks.Link::label)
                .contains(Tuple.tuple(caseNumber, "立案行政处罚"));
        assertThat(links.of(caseNumber)).extracting(CaseLinks.Link::otherCase, CaseLinks.Link::label)
                .containsExactly(Tuple.tuple(hazardCase, "行政处罚案件的来源案件"));

        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();
        assertThatThrownBy(() -> start("ZF-370405-2026-999999")).hasMessageContaining("未找到来源案件");
        Map<String, Object> wrongCode = variables(null);
        wrongCode.put("enterpriseCreditCode", "91370405MA3P000100");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, wrongCode)).isInstanceOf(InvalidInputException.class);
        Map<String, Object> wrongSource = variables(null);
        wrongSource.put("caseSource", "RUMOUR");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, wrongSource)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("案件来源");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
    }

    @Test
    void shouldRefuseToListOnTheBlacklistADecisionOfNoListedKindStoringNothing() {
        ProcessInstance penalty = throughStatement();

        assertThatThrownBy(() -> complete(task("Task_Decide", penalty), decision(vars("warning", true, "blacklistDecision", "LIST"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不属于《安全生产严重失信主体名单管理办法》（应急管理部令第11号）")
                .hasMessageContaining("不能列入严重失信主体名单");
        assertThat(penalty).isWaitingAt("Task_Decide");
        assertThat(blacklist.entries(PARTY)).isEmpty();
        assertThat(runtimeService.getVariable(penalty.getId(), "decision")).isNull();

        complete(task("Task_Decide", penalty), decision(vars("warning", true)));
        assertThat(penalty).as("an ordinary decision is not asked about the list").variables()
                .containsEntry("blacklistGrounds", "本案处罚决定不属于《安全生产严重失信主体名单管理办法》（应急管理部令第11号）第五条、第六条规定的列入情形")
                .doesNotContainKey("blacklistEntryId");
        assertThat(blacklist.entries(PARTY)).isEmpty();
    }

    // ---- the story so far

    private ProcessInstance start(String sourceCase) {
        return start(PARTY, sourceCase);
    }

    private ProcessInstance start(String party, String sourceCase) {
        Map<String, Object> variables = variables(sourceCase);
        variables.put("enterpriseCreditCode", party);
        return runtimeService.startProcessInstanceByKey(KEY, variables);
    }

    static Map<String, Object> variables(String sourceCase) {
        Map<String, Object> variables = vars("jurisdiction", "370405", "enterpriseName", "台儿庄某化工有限公司", "enterpriseCreditCode", PARTY,
                "caseSource", "INSPECTION", "violationFacts", "联合检查发现特种作业人员未持证上岗", "openedAt", "2026-03-02T09:00:00+08:00");
        if (sourceCase != null) {
            variables.put("sourceCaseNumber", sourceCase);
        }
        return variables;
    }

    private ProcessInstance investigated(String sourceCase) {
        return investigated(PARTY, sourceCase);
    }

    private ProcessInstance investigated(String party, String sourceCase) {
        ProcessInstance penalty = start(party, sourceCase);
        complete(task("Task_ApproveFiling", penalty), withVariables("filingApproved", true, "filingOpinion", "同意立案"));
        complete(task("Task_Investigate", penalty), investigation(OFFICERS));
        return penalty;
    }

    private ProcessInstance throughStatement() {
        return throughStatement(PARTY);
    }

    private ProcessInstance throughStatement(String party) {
        ProcessInstance penalty = investigated(party, null);
        complete(task("Task_Propose", penalty), proposal(vars("proposedWarning", true)));
        complete(task("Task_Notify", penalty), withVariables("noticeServedAt", "2026-03-02T09:30:00+08:00", "noticeDeliveryMethod", "IN_PERSON"));
        complete(task("Task_Statement", penalty), withVariables("statementMade", true, "statementSummary", "已当场改正"));
        return penalty;
    }

    /** Fined 2 万元 on 2026年3月2日 and ordered to correct by 3月20日, served and published. */
    private ProcessInstance finedWithACorrectionOrder(String party) {
        ProcessInstance penalty = investigated(party, null);
        complete(task("Task_Propose", penalty), proposal(vars("proposedFineYuan", 20000)));
        complete(task("Task_Notify", penalty), withVariables("noticeServedAt", "2026-03-02T09:30:00+08:00", "noticeDeliveryMethod", "IN_PERSON"));
        complete(task("Task_Statement", penalty), withVariables("statementMade", false));
        assertThatThrownBy(() -> complete(task("Task_Decide", penalty), decision(vars("fineAmountYuan", 20000, "correctionOrdered", true))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("改正的内容和要求");
        complete(task("Task_Decide", penalty), decision(vars("fineAmountYuan", 20000, "correctionOrdered", true,
                "correctionRequirement", "配备持证特种作业人员", "correctionDueDate", "2026-03-20T00:00:00+08:00")));
        complete(task("Task_Deliver", penalty), withVariables("deliveredAt", "2026-03-02T10:00:00+08:00", "deliveryMethod", "IN_PERSON"));
        signOff(penalty, "Task_Publish");
        return penalty;
    }

    private void refuseToStop(ProcessInstance penalty) {
        runtimeService.createMessageCorrelation("penalty-shutdown-refused").processInstanceBusinessKey(penalty.getBusinessKey()).correlate();
    }

    private static Map<String, Object> shutdownRefusal(List<String> officers, boolean danger, String measure) {
        Map<String, Object> values = withVariables("shutdownRefusalFoundAt", "2026-03-10T09:00:00+08:00", "shutdownRefusalOfficers", officers,
                "shutdownRefusalFacts", "夜间擅自组织生产", "accidentRiskReal", danger);
        if (measure != null) {
            values.put("supplyMeasure", measure);
        }
        return values;
    }

    private static Map<String, Object> resumptionReview(String at, boolean agreed) {
        return withVariables("resumptionReviewedAt", at, "resumptionReviewers", OFFICERS, "resumptionAgreed", agreed,
                "resumptionOpinion", agreed ? "整改到位，同意恢复生产经营" : "储罐区仍未设置紧急切断装置");
    }

    private static Map<String, Object> recheck(String at, List<String> officers, boolean corrected) {
        return withVariables("recheckedAt", at, "recheckers", officers, "corrected", corrected, "recheckOpinion",
                corrected ? "已配备持证人员" : "仍由无证人员作业");
    }

    /** A case of {@code party} decided (a warning) at {@code moment}: its case number. */
    private String penalizedOn(String party, String moment) {
        at(moment);
        ProcessInstance penalty = throughStatement(party);
        complete(task("Task_Decide", penalty), decision(vars("warning", true)));
        return penalty.getBusinessKey();
    }

    private void suspectCrime(ProcessInstance penalty) {
        runtimeService.createMessageCorrelation("penalty-crime-suspected").processInstanceBusinessKey(penalty.getBusinessKey())
                .setVariable("crimeSuspicion", "非法储存危险化学品，数量较大").correlate();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> options(Task task) {
        return (List<Map<String, String>>) processEngine.getTaskService().getVariableLocal(task.getId(), "officerOptions");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> chairOptions(Task task) {
        return (List<Map<String, String>>) processEngine.getTaskService().getVariableLocal(task.getId(), "hearingChairOptions");
    }

    static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> investigation(List<String> investigators) {
        return withVariables("investigators", investigators, "interviewRecords", "询问笔录 XW-01（主要负责人）", "inspectionRecords", "勘验笔录 KY-01",
                "evidenceSummary", "两名特种作业人员无证上岗，违反安全生产法第三十条");
    }

    private static Map<String, Object> proposal(Map<String, Object> penalties) {
        Map<String, Object> values = withVariables("partyType", "UNIT", "violationFindings", "特种作业人员未按照规定经专门的安全作业培训并取得相应资格",
                "legalBasis", "安全生产法第九十七条第七项");
        values.putAll(penalties);
        return values;
    }

    private static Map<String, Object> decision(Map<String, Object> penalties) {
        Map<String, Object> values = withVariables("decisionOutcome", "PENALIZE", "decisionNumber", "（鲁台）应急罚〔2026〕12号",
                "decisionReason", "事实清楚，证据确凿；如不服，可于 60 日内申请行政复议或 6 个月内提起行政诉讼");
        values.putAll(penalties);
        return values;
    }

    private static Map<String, Object> hearingNotice(String hearingAt) {
        return withVariables("hearingNoticeServedAt", "2026-05-11T09:00:00+08:00", "hearingAt", hearingAt, "hearingPlace", "区应急管理局听证室");
    }

    private static Map<String, Object> transferDraft(List<String> drafters) {
        return withVariables("transferDrafters", drafters, "suspectedCrime", "非法储存危险物质罪", "transferFacts", "现场查获未登记的危险化学品约 20 吨");
    }
}
