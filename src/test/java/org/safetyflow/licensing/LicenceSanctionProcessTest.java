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
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.casefile.CaseDocument;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.casefile.CaseLinks;
import org.safetyflow.disclosure.Notices;
import org.safetyflow.input.InvalidInputException;
import org.safetyflow.rules.Refusal;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Hazards;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 暂扣、吊销安全生产许可证, path by path (安全生产许可证条例§14; 行政处罚法§44, §45, §60–§64), limits pinned: 3月2日 is a
 * Monday.
 */
@EngineTest
class LicenceSanctionProcessTest {

    static final String KEY = "licence-sanction";
    /** An enterprise no other test names. */
    static final String HOLDER = code("91370405MA3K0001");


    @Autowired
    TaskService taskService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    LicenceRegister register;
    @Autowired
    CaseDocuments documents;
    @Autowired
    CaseLinks links;
    @Autowired
    Notices notices;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        at("2026-03-02T12:00:00+08:00");
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void shouldSuspendWithoutAHearingForAShortPeriodAndGiveTheLicenceBackWhenItEnds() {
        String number = licence("000501");
        ProcessInstance sanction = start(number, "CONDITIONS_NOT_MET", null);
        assertThat(sanction.getBusinessKey()).startsWith("XKCF-370405-2026-");
        assertThat(sanction).variables().containsEntry("licenceType", "CONSTRUCTION")
                .as("90 days from 立案 (行政处罚法§60)").containsEntry("decisionDueDate", date("2026-05-31T23:59:59+08:00"));
        assertThat(sanction).isWaitingAt("Task_Propose").task().hasCandidateGroup("licensing-reviewer");

        complete(task("Task_Propose", sanction), proposal("SUSPEND", 2));
        assertThat(sanction).variables().containsEntry("hearingRight", false);
        assertThat(sanction).isWaitingAt("Task_Notify").task().hasCandidateGroup("licensing-clerk");
        complete(task("Task_Notify", sanction), withVariables("noticeServedAt", "2026-03-02T11:00:00+08:00", "noticeDeliveryMethod", "IN_PERSON"));
        assertThat(sanction).as("3 working days to answer where no hearing is due").variables()
                .containsEntry("statementDueDate", date("2026-03-05T23:59:59+08:00"));
        assertThatThrownBy(() -> complete(task("Task_Statement", sanction), withVariables("statementMade", false, "hearingRequested", true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不属于应当告知听证权利的情形");
        complete(task("Task_Statement", sanction), withVariables("statementMade", true, "statementSummary", "已整改部分项目，请求从轻"));

        assertThat(sanction).isWaitingAt("Task_Decide").task().hasCandidateGroup("bureau-head").hasDueDate(date("2026-05-31T23:59:59+08:00"));
        assertThatThrownBy(() -> complete(task("Task_Decide", sanction), decision("REVOKE", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能决定吊销").hasMessageContaining("第四十五条");
        assertThatThrownBy(() -> complete(task("Task_Decide", sanction), decision("SUSPEND", 3)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能决定暂扣 3 个月");
        complete(task("Task_Decide", sanction), decision("SUSPEND", 2));

        Licence suspended = register.find(number).orElseThrow();
        assertThat(suspended.status()).isEqualTo("SUSPENDED");
        assertThat(suspended.history()).last().satisfies(change -> {
            assertThat(change.date()).hasToString("2026-03-02");
            assertThat(change.caseNumber()).isEqualTo(sanction.getBusinessKey());
            assertThat(change.reason()).contains("暂扣至 2026-05-01").contains("（鲁台）应急罚〔2026〕");
        });
        assertThat(sanction).variables().containsEntry("decision", "SUSPENDED")
                .containsEntry("suspendedUntil", date("2026-05-01T23:59:59+08:00"));
        complete(task("Task_Deliver", sanction), withVariables("deliveredAt", "2026-03-02T11:30:00+08:00", "deliveryMethod", "IN_PERSON"));
        assertThat(sanction).isWaitingAt("Task_PublishSanction").task("Task_PublishSanction").hasCandidateGroup("bureau-head");
        signOff(sanction, "Task_PublishSanction");
        assertThat(notices.ofCase(sanction.getBusinessKey())).singleElement().satisfies(notice -> {
            assertThat(notice.title()).isEqualTo("台儿庄某建筑工程有限公司建筑施工企业安全生产许可证行政处罚结果公示");
            assertThat(notice.body()).contains(number).contains("暂扣安全生产许可证 2 个月（至2026年5月1日）");
        });

        assertThat(sanction).isWaitingAt("Timer_SuspensionEnds");
        assertThat(job("Timer_SuspensionEnds", sanction).getDuedate()).isEqualTo(date("2026-05-02T00:00:00+08:00"));
        at("2026-05-02T00:00:05+08:00");
        execute(job("Timer_SuspensionEnds", sanction));
        assertThat(sanction).isEnded().hasPassed("Service_Reinstate", "EndEvent_Reinstated");
        Licence back = register.find(number).orElseThrow();
        assertThat(back.status()).isEqualTo("VALID");
        assertThat(back.history()).extracting(Licence.StatusChange::status).containsExactly("VALID", "SUSPENDED", "VALID");
        assertThat(back.history()).last().satisfies(change -> {
            assertThat(change.date()).hasToString("2026-05-02");
            assertThat(change.reason()).isEqualTo("暂扣期满，发还许可证");
            assertThat(change.caseNumber()).isEqualTo(sanction.getBusinessKey());
        });
        assertThat(documents.list(sanction.getBusinessKey())).extracting(CaseDocument::kind)
                .containsExactly("PROPOSAL", "PENALTY_NOTICE", "STATEMENT", "DECISION", "DELIVERY");
    }

    @Test
    void shouldRevokeALicenceDuringItsSuspensionButNotSuspendItTwiceAndKeepItRevokedWhenTheSuspensionEnds() {
        String number = licence("000509");
        ProcessInstance first = start(number, "CONDITIONS_NOT_MET", null);
        assertThatThrownBy(() -> start(number, "CONDITIONS_NOT_MET", null)).hasMessageContaining("已有正在办理的暂扣或吊销案件");
        complete(task("Task_Propose", first), proposal("SUSPEND", 2));
        complete(task("Task_Notify", first), withVariables("noticeServedAt", "2026-03-02T11:00:00+08:00", "noticeDeliveryMethod", "IN_PERSON"));
        complete(task("Task_Statement", first), withVariables("statementMade", false));
        complete(task("Task_Decide", first), decision("SUSPEND", 2));
        assertThat(register.find(number).orElseThrow().status()).isEqualTo("SUSPENDED");

        // 条例第十四条: still not meeting the conditions during the 暂扣 — the window opens a 吊销 case while the first
        // case, decided, is serving its decision and waiting for the 暂扣 to end.
        ProcessInstance second = start(number, "CONDITIONS_NOT_MET", null);
        assertThat(second).variables().containsEntry("licenceStatusAtOpening", "SUSPENDED");
        assertThatThrownBy(() -> complete(task("Task_Propose", second), proposal("SUSPEND", 3)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("正在暂扣期间，不能再次暂扣");
        complete(task("Task_Propose", second), proposal("REVOKE", null));
        at("2026-03-03T10:00:00+08:00");
        complete(task("Task_Notify", second), withVariables("noticeServedAt", "2026-03-03T09:00:00+08:00", "noticeDeliveryMethod", "IN_PERSON"));
        complete(task("Task_Statement", second), withVariables("statementMade", false, "hearingRequested", false));
        complete(task("Task_Decide", second), decision("REVOKE", null));
        assertThat(register.find(number).orElseThrow().status()).isEqualTo("REVOKED");

        complete(task("Task_Deliver", first), withVariables("deliveredAt", "2026-03-02T11:30:00+08:00", "deliveryMethod", "IN_PERSON"));
        signOff(first, "Task_PublishSanction");
        at("2026-05-02T00:00:05+08:00");
        execute(job("Timer_SuspensionEnds", first));
        Licence revoked = register.find(number).orElseThrow();
        assertThat(revoked.status()).as("a licence revoked meanwhile is not given back").isEqualTo("REVOKED");
        assertThat(revoked.history()).extracting(Licence.StatusChange::status).containsExactly("VALID", "SUSPENDED", "REVOKED");
    }

    @Test
    void shouldRevokeAfterTheHearingTheHolderAskedForNoticedSevenWorkingDaysAhead() {
        String number = licence("000502");
        Map<String, Object> hazard = Hazards.report("370405", HOLDER, "台儿庄某建筑工程有限公司");
        hazard.put("discoveredAt", "2026-03-01T15:00:00+08:00");
        String hazardCase = runtimeService.startProcessInstanceByKey("hazard-rectification", hazard).getBusinessKey();
        ProcessInstance sanction = start(number, "LISTED_HAZARD", hazardCase);
        assertThat(links.of(hazardCase)).extracting(CaseLinks.Link::otherCase, CaseLinks.Link::label)
                .contains(org.assertj.core.groups.Tuple.tuple(sanction.getBusinessKey(), "提请暂扣或吊销安全生产许可证"));
        assertThat(links.of(sanction.getBusinessKey())).extracting(CaseLinks.Link::otherCase, CaseLinks.Link::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(hazardCase, "暂扣吊销所依据的案件"));

        complete(task("Task_Propose", sanction), proposal("REVOKE", null));
        complete(task("Task_Notify", sanction), withVariables("noticeServedAt", "2026-03-02T11:00:00+08:00", "noticeDeliveryMethod", "POST"));
        assertThat(sanction).as("5 working days to ask for a hearing (行政处罚法§64)").variables()
                .containsEntry("hearingRight", true).containsEntry("statementDueDate", date("2026-03-09T23:59:59+08:00"));
        complete(task("Task_Statement", sanction), withVariables("statementMade", false, "hearingRequested", true));

        assertThat(sanction).isWaitingAt("Task_HearingNotice").task().hasCandidateGroup("legal-reviewer");
        at("2026-03-03T10:00:00+08:00");
        assertThatThrownBy(() -> complete(task("Task_HearingNotice", sanction), hearingNotice("2026-03-11T09:00:00+08:00")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("听证最早于2026年3月12日");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> chairs = (List<Map<String, String>>) taskService.getVariableLocal(task("Task_HearingNotice", sanction).getId(),
                "hearingChairOptions");
        assertThat(chairs).as("法制审核员 working for 台儿庄区").extracting(o -> o.get("value")).contains("legal-reviewer", "taierzhuang", "zaozhuang")
                .doesNotContain("licensing-reviewer", "shanting");
        Map<String, Object> chairedByAReviewer = hearingNotice("2026-03-12T09:00:00+08:00");
        chairedByAReviewer.put("hearingChair", "licensing-reviewer");
        assertThatThrownBy(() -> complete(task("Task_HearingNotice", sanction), chairedByAReviewer)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("「听证主持人」（hearingChair）应为本案管辖区划（台儿庄区，370405）的法制审核员：licensing-reviewer 不是");
        Map<String, Object> chaired = hearingNotice("2026-03-12T09:00:00+08:00");
        chaired.put("hearingChair", "taierzhuang");
        complete(task("Task_HearingNotice", sanction), chaired);
        assertThat(sanction).variables().containsEntry("hearingChair", "taierzhuang").containsEntry("hearingChairText", "台儿庄区（演示）（taierzhuang）");
        assertThat(sanction).isWaitingAt("Task_Hearing").task().hasDueDate(date("2026-03-17T23:59:59+08:00"));
        at("2026-03-12T15:00:00+08:00");
        complete(task("Task_Hearing", sanction), withVariables("hearingHeldAt", "2026-03-12T09:00:00+08:00",
                "hearingParticipants", "主持人王某、记录员李某、当事人委托代理人赵某、调查人员张某", "hearingRecord", "当事人对违法事实无异议，请求从轻",
                "hearingOpinion", "事实清楚，建议维持吊销"));
        complete(task("Task_Decide", sanction), decision("REVOKE", null));
        assertThat(register.find(number).orElseThrow().status()).isEqualTo("REVOKED");
        signOff(sanction, "Task_PublishSanction");
        complete(task("Task_Deliver", sanction), withVariables("deliveredAt", "2026-03-12T14:00:00+08:00", "deliveryMethod", "IN_PERSON"));

        assertThat(sanction).isEnded().hasPassed("Task_HearingNotice", "Task_Hearing", "EndEvent_Revoked").variables()
                .containsEntry("decision", "REVOKED").containsEntry("outcome", "REVOKED");
        assertThat(documents.list(sanction.getBusinessKey())).extracting(CaseDocument::kind).contains("HEARING_NOTICE", "HEARING_RECORD");
        assertThatThrownBy(() -> start(number, "CONDITIONS_NOT_MET", null)).as("a revoked licence cannot be sanctioned again")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("当前状态为「吊销」");
    }

    @Test
    void shouldTakeTheHoldersSilenceAsNoHearingAndLetTheHeadDecideNotToSanction() {
        String number = licence("000503");
        ProcessInstance sanction = start(number, "ENFORCEMENT", null);
        assertThatThrownBy(() -> start(number, "ENFORCEMENT", null)).as("one open case per licence")
                .isInstanceOf(Refusal.class).hasMessageContaining("已有正在办理的暂扣或吊销案件：" + sanction.getBusinessKey());
        complete(task("Task_Propose", sanction), proposal("SUSPEND", 6));
        assertThat(sanction).as("a 暂扣 of 3 months or more carries a hearing").variables().containsEntry("hearingRight", true);
        complete(task("Task_Notify", sanction), withVariables("noticeServedAt", "2026-03-02T11:00:00+08:00", "noticeDeliveryMethod", "ELECTRONIC"));

        at("2026-03-10T00:00:01+08:00");
        execute(job("Timer_StatementLapsed", sanction));
        assertThat(sanction).hasPassed("Event_NoRequest").isWaitingAt("Task_Decide").variables()
                .containsEntry("hearingRequested", false).containsEntry("statementMade", false);
        complete(task("Task_Decide", sanction), decision("NO_SANCTION", null));
        complete(task("Task_DeliverNotSanctioned", sanction), withVariables("deliveredAt", "2026-03-10T00:00:01+08:00", "deliveryMethod", "POST"));

        assertThat(sanction).isEnded().hasPassed("EndEvent_NotSanctioned").variables().containsEntry("decision", "NOT_SANCTIONED");
        assertThat(register.find(number).orElseThrow().status()).isEqualTo("VALID");
        assertThat(notices.ofCase(sanction.getBusinessKey())).isEmpty();
    }

    @Test
    void shouldRefuseALicenceThatIsUnknownAnotherEnterprisesExpiredOrFromAnUnknownCaseAndStoreNothing() {
        String number = licence("000504");
        register.register(Map.of("licenceNumber", "（鲁）JZ安许证字〔2022〕000505号", "licenceType", "CONSTRUCTION", "enterpriseCreditCode", HOLDER,
                "enterpriseName", "台儿庄某建筑工程有限公司", "jurisdiction", "370405", "validFrom", "2022-01-01", "validUntil", "2025-12-31"), "admin");
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();

        assertThatThrownBy(() -> start("（鲁）无此证", "CONDITIONS_NOT_MET", null)).hasMessageContaining("登记簿中没有");
        assertThatThrownBy(() -> start("（鲁）JZ安许证字〔2022〕000505号", "CONDITIONS_NOT_MET", null)).hasMessageContaining("当前状态为「已过期」");
        Map<String, Object> other = variables(number, "CONDITIONS_NOT_MET", null);
        other.put("enterpriseCreditCode", code("91370405MA3K0002"));
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, other)).hasMessageContaining("的持证单位是「台儿庄某建筑工程有限公司」");
        Map<String, Object> elsewhere = variables(number, "CONDITIONS_NOT_MET", null);
        elsewhere.put("jurisdiction", "370406");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, elsewhere)).hasMessageContaining("应在该区划立案");
        assertThatThrownBy(() -> start(number, "ENFORCEMENT", "ZF-370405-2026-999999")).hasMessageContaining("未找到来源案件");

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
        assertThat(register.find(number).orElseThrow().history()).hasSize(1);
    }

    // ---- the story so far

    private String licence(String serial) {
        String number = "（鲁）JZ安许证字〔2025〕" + serial + "号";
        register.register(Map.of("licenceNumber", number, "licenceType", "CONSTRUCTION", "enterpriseCreditCode", HOLDER,
                "enterpriseName", "台儿庄某建筑工程有限公司", "jurisdiction", "370405", "validFrom", "2025-01-01", "validUntil", "2027-12-31"), "admin");
        return number;
    }

    private ProcessInstance start(String number, String source, String sourceCase) {
        return runtimeService.startProcessInstanceByKey(KEY, variables(number, source, sourceCase));
    }

    private static Map<String, Object> variables(String number, String source, String sourceCase) {
        Map<String, Object> variables = new HashMap<>(Map.of("jurisdiction", "370405", "enterpriseName", "台儿庄某建筑工程有限公司",
                "enterpriseCreditCode", HOLDER, "licenceNumber", number, "sanctionSource", source,
                "sourceDescription", "监督检查发现安全生产管理机构未按规定设置，不再具备安全生产条件"));
        if (sourceCase != null) {
            variables.put("sourceCaseNumber", sourceCase);
        }
        return variables;
    }

    private static Map<String, Object> proposal(String sanction, Integer months) {
        Map<String, Object> values = withVariables("proposedSanction", sanction, "sanctionFacts", "未按规定配备专职安全生产管理人员",
                "legalBasis", "安全生产许可证条例第十四条第二款");
        if (months != null) {
            values.put("proposedSuspensionMonths", months);
        }
        return values;
    }

    private static Map<String, Object> decision(String sanction, Integer months) {
        Map<String, Object> values = withVariables("sanctionDecision", sanction, "decisionNumber", "（鲁台）应急罚〔2026〕8号",
                "decisionReason", "事实清楚，证据确凿；如不服，可于 60 日内申请行政复议或 6 个月内提起行政诉讼");
        if (months != null) {
            values.put("suspensionMonths", months);
        }
        return values;
    }

    private static Map<String, Object> hearingNotice(String hearingAt) {
        return withVariables("hearingNoticeServedAt", "2026-03-03T09:00:00+08:00", "hearingAt", hearingAt, "hearingPlace", "区应急管理局听证室");
    }
}
