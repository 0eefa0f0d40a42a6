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
import static org.safetyflow.testing.ProcessTests.vars;

import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
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
import org.safetyflow.casefile.CaseLinks;
import org.safetyflow.input.InvalidInputException;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Hazards;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 安全生产行政强制措施, path by path (安全生产法§65, §70; 行政强制法§18–§28), limits pinned across 劳动节 2026 (5月1日–5日
 * off, 5月9日 a working Saturday): 4月30日 is a Thursday, its next working day 5月6日.
 */
@EngineTest
class CoerciveMeasureProcessTest {

    static final String KEY = "coercive-measure";
    static final String PARTY = AdministrativePenaltyProcessTest.code("91370405MA3Q0001");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    CaseDocuments documents;
    @Autowired
    CaseLinks links;
    @Autowired
    CoerciveMeasures coerciveMeasures;
    @Autowired
    PenaltyCases penaltyCases;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        at("2026-04-30T10:00:00+08:00");
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void shouldSeizeOnceTheHeadApprovedBeforeAndLiftWhenNoLongerNeededLinkedToItsInspection() {
        String hazardCase = hazardCase();
        ProcessInstance measure = start("SEIZURE", false, hazardCase);
        assertThat(measure.getBusinessKey()).startsWith("QZ-370405-2026-");
        assertThat(links.of(hazardCase)).extracting(CaseLinks.Link::otherCase, CaseLinks.Link::label)
                .contains(Tuple.tuple(measure.getBusinessKey(), "采取行政强制措施"));
        assertThat(links.of(measure.getBusinessKey())).extracting(CaseLinks.Link::otherCase, CaseLinks.Link::label)
                .containsExactly(Tuple.tuple(hazardCase, "行政强制措施的来源案件"));

        assertThat(measure).as("1 working day across 劳动节").isWaitingAt("Task_Approve").task().hasCandidateGroup("bureau-head")
                .hasDueDate(date("2026-05-06T23:59:59+08:00"));
        complete(task("Task_Approve", measure), withVariables("approved", true, "approvalOpinion", "同意查封"));

        assertThat(measure).isWaitingAt("Task_Implement").task().hasCandidateGroup("enforcement-officer")
                .hasDueDate(date("2026-05-08T23:59:59+08:00"));
        assertThatThrownBy(() -> complete(task("Task_Implement", measure), implementation(List.of("张某"), true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不得少于两人");
        assertThatThrownBy(() -> complete(task("Task_Implement", measure), implementation(List.of("张某", "李某"), false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("见证人");
        complete(task("Task_Implement", measure), implementation(List.of("张某", "李某"), true));
        assertThat(measure).as("30 days from 实施 (行政强制法§25); 处理决定 within 15 days").variables()
                .containsEntry("periodEndsAt", date("2026-05-30T23:59:59+08:00")).containsEntry("handlingDueDate", date("2026-05-15T23:59:59+08:00"));

        assertThat(measure).as("approved before: no ex-post approval").isWaitingAt("Task_Handle").task()
                .hasDueDate(date("2026-05-15T23:59:59+08:00"));
        complete(task("Task_Handle", measure), withVariables("handling", "LIFT", "handlingReason", "已更换为合格设备，不再需要查封"));
        assertThat(measure).isWaitingAt("Task_Lift").task().hasCandidateGroup("bureau-head").hasDueDate(date("2026-05-06T23:59:59+08:00"));
        assertThat(measure).variables().containsEntry("liftReason", "NO_LONGER_NEEDED");
        complete(task("Task_Lift", measure), withVariables("liftNumber", "（鲁台）应急解封〔2026〕1号", "liftedAt", "2026-04-30T10:00:00+08:00",
                "returnRecord", "解除封条，设备交还当事人"));

        assertThat(measure).isEnded().hasPassed("EndEvent_Lifted").variables().containsEntry("outcome", "LIFTED");
        assertThat(documents.list(measure.getBusinessKey())).extracting(CaseDocument::kind)
                .containsExactly("APPROVAL", "SITE_RECORD", "SEIZURE_DECISION", "SEIZURE_LIST", "DELIVERY", "HANDLING", "LIFT_DECISION");
    }

    @Test
    void shouldApproveAnUrgentDetentionAfterwardsWithin24HoursAndConfiscateOnlyThroughALinkedPenaltyCase() {
        ProcessInstance measure = start("DETENTION", true, null);
        assertThat(measure).as("urgent: carried out first (行政强制法§19)").isWaitingAt("Task_Implement");
        complete(task("Task_Implement", measure), implementation(List.of("张某", "李某"), true));
        assertThat(measure).isWaitingAt("Task_ExPostApproval").task().hasCandidateGroup("bureau-head")
                .hasDueDate(date("2026-05-01T09:00:00+08:00"));
        assertThat(measure).variables().containsEntry("exPostDueDateText", "2026年5月1日 09:00");
        assertThat(job("Timer_ExPostOverdue", measure).getDuedate()).as("the 24 hours' end").isEqualTo(date("2026-05-01T09:00:00+08:00"));
        complete(task("Task_ExPostApproval", measure), withVariables("exPostApproved", true, "exPostOpinion", "同意，补办批准"));
        assertThat(measure).variables().containsKey("exPostApprovedBy").containsKey("exPostDecidedAt").containsEntry("exPostOverdue", false);
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(measure.getId()).activityId("Timer_ExPostOverdue")
                .count()).as("approved in time: nothing to escalate").isZero();

        assertThatThrownBy(() -> complete(task("Task_Handle", measure), withVariables("handling", "CONFISCATE", "handlingReason", "没收")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("行政处罚案件编号");
        assertThatThrownBy(() -> complete(task("Task_Handle", measure),
                withVariables("handling", "CONFISCATE", "handlingReason", "没收", "penaltyCaseNumber", "CF-370405-2026-999999")))
                .hasMessageContaining("未找到行政处罚案件");
        String penalty = penaltyCases.open(vars("jurisdiction", "370405", "enterpriseName", "台儿庄某化工有限公司", "enterpriseCreditCode", PARTY,
                "caseSource", "INSPECTION", "violationFacts", "非法储存危险化学品"), null);
        complete(task("Task_Handle", measure), withVariables("handling", "CONFISCATE", "handlingReason", "行政处罚决定没收非法储存的危险化学品",
                "penaltyCaseNumber", penalty));

        assertThat(measure).isEnded().hasPassed("EndEvent_Disposed").variables().containsEntry("outcome", "DISPOSED")
                .containsEntry("disposal", "CONFISCATED").containsEntry("disposalText", "依行政处罚决定没收（" + penalty + "）");
        assertThat(links.of(penalty)).extracting(CaseLinks.Link::otherCase).containsExactly(measure.getBusinessKey());
    }

    @Test
    void shouldLiftAnUrgentSeizureAtOnceWhenTheHeadDoesNotApproveIt() {
        ProcessInstance measure = start("SEIZURE", true, null);
        complete(task("Task_Implement", measure), implementation(List.of("张某", "李某"), true));
        complete(task("Task_ExPostApproval", measure), withVariables("exPostApproved", false, "exPostOpinion", "不应采取，立即解除"));

        assertThat(measure).isWaitingAt("Task_Lift").variables().containsEntry("liftReason", "NOT_APPROVED");
        complete(task("Task_Lift", measure), lifting());
        assertThat(measure).isEnded().hasPassed("EndEvent_Lifted").hasNotPassed("Task_Handle");
    }

    @Test
    void shouldRecordAnUrgentSeizureLeftUnapprovedFor24HoursRaiseItToTheHeadAndStillLiftItAtOnceWhenNotApproved() {
        ProcessInstance measure = start("SEIZURE", true, null);
        complete(task("Task_Implement", measure), implementation(List.of("张某", "李某"), true));
        at("2026-05-01T09:01:00+08:00");
        execute(job("Timer_ExPostOverdue", measure));

        assertThat(measure).as("the approval stays open beside the escalation").isWaitingAt("Task_ExPostApproval", "Task_ExPostOverdue")
                .variables().containsEntry("exPostOverdue", true).containsEntry("exPostOverdueAt", date("2026-05-01T09:01:00+08:00"))
                .containsEntry("exPostOverdueAtText", "2026年5月1日 09:01");
        assertThat(task("Task_ExPostOverdue", measure)).hasCandidateGroup("bureau-head")
                .hasDueDate(date("2026-05-01T09:00:00+08:00"));
        assertThat(processEngine.getTaskService().getProcessInstanceComments(measure.getId())).singleElement()
                .satisfies(comment -> assertThat(comment.getFullMessage()).isEqualTo("当场实施的查封已超过 24 小时（2026年5月1日 09:00 届满）"
                        + "仍未经行政机关负责人补办批准（行政强制法第十九条）：逾期已记录，已提请机关负责人督办；负责人不批准的，应当立即解除"));
        assertThat(Http.as(port, "auditor", "demo").get("/api/audit/cases/" + measure.getBusinessKey() + "/timeline").body())
                .as("the overrun in the case's timeline").contains("当场实施的查封已超过 24 小时").contains("超过24小时未补办批准");

        complete(task("Task_ExPostApproval", measure), withVariables("exPostApproved", false, "exPostOpinion", "不应采取，立即解除"));
        assertThat(measure).as("not approved: lifted at once").isWaitingAt("Task_Lift", "Task_ExPostOverdue")
                .variables().containsEntry("liftReason", "NOT_APPROVED");
        assertThat(documents.list(measure.getBusinessKey())).filteredOn(d -> d.kind().equals("EX_POST_APPROVAL")).singleElement()
                .satisfies(d -> assertThat(d.content()).containsEntry("exPostOverdue", true).containsEntry("exPostApproved", false));
        assertThatThrownBy(() -> complete(task("Task_ExPostOverdue", measure), withVariables("overdueAction", " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("督办措施");
        complete(task("Task_ExPostOverdue", measure), withVariables("overdueAction", "值班负责人未及时审批，已当即作出不予批准、立即解除的决定并通报批评"));
        complete(task("Task_Lift", measure), lifting());

        assertThat(measure).isEnded().hasPassed("Timer_ExPostOverdue", "EndEvent_ExPostOverdueSupervised", "EndEvent_Lifted")
                .hasNotPassed("Task_Handle").variables().containsEntry("outcome", "LIFTED");
        assertThat(documents.list(measure.getBusinessKey())).filteredOn(d -> d.kind().equals("EX_POST_OVERDUE")).singleElement()
                .satisfies(d -> assertThat(d.content()).containsEntry("overdueAction", "值班负责人未及时审批，已当即作出不予批准、立即解除的决定并通报批评")
                        .containsKey("exPostOverdueAt"));
    }

    @Test
    void shouldLetTheHeadStillApproveAnUrgentDetentionAfterThe24HoursRecordedAsLate() {
        ProcessInstance measure = start("DETENTION", true, null);
        complete(task("Task_Implement", measure), implementation(List.of("张某", "李某"), true));
        at("2026-05-01T10:30:00+08:00");
        execute(job("Timer_ExPostOverdue", measure));
        complete(task("Task_ExPostApproval", measure), withVariables("exPostApproved", true, "exPostOpinion", "同意，补办批准（逾期）"));

        assertThat(measure).isWaitingAt("Task_Handle", "Task_ExPostOverdue").variables().containsEntry("exPostOverdue", true);
        complete(task("Task_ExPostOverdue", measure), withVariables("overdueAction", "补办批准逾期 1.5 小时，已责令说明情况"));
        assertThat(measure).isWaitingAt("Task_Handle").isNotWaitingAt("Task_ExPostOverdue");
    }

    @Test
    void shouldExtendThePeriodOnceRefuseASecondExtensionAndLiftWhenThePeriodEndsWithoutADecision() {
        ProcessInstance measure = start("SEIZURE", false, null);
        complete(task("Task_Approve", measure), withVariables("approved", true, "approvalOpinion", "同意"));
        complete(task("Task_Implement", measure), implementation(List.of("张某", "李某"), true));

        complete(task("Task_Handle", measure), withVariables("handling", "EXTEND", "handlingReason", "需检验鉴定", "extensionDays", 40));
        assertThat(measure).isWaitingAt("Task_ApproveExtension").task().hasCandidateGroup("bureau-head");
        assertThatThrownBy(() -> complete(task("Task_ApproveExtension", measure), withVariables("extensionApproved", true,
                "extensionOpinion", "同意", "extensionNoticeServedAt", "2026-04-30T10:00:00+08:00")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不得超过 30 日");
        complete(task("Task_ApproveExtension", measure), withVariables("extensionApproved", false, "extensionOpinion", "不同意延长 40 日"));
        assertThat(measure).as("refused: the period stays").variables().containsEntry("periodEndsAt", date("2026-05-30T23:59:59+08:00"))
                .doesNotContainKey("extensionCount");

        complete(task("Task_Handle", measure), withVariables("handling", "EXTEND", "handlingReason", "需检验鉴定", "extensionDays", 30));
        assertThatThrownBy(() -> complete(task("Task_ApproveExtension", measure), withVariables("extensionApproved", true, "extensionOpinion", "同意")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("书面告知当事人");
        // Approved by the 机关负责人 signed in: the record names him as a reader knows him, not by his user id.
        processEngine.getIdentityService().setAuthentication("bureau-head", List.of("bureau-head"), List.of("370405"));
        try {
            complete(task("Task_ApproveExtension", measure), withVariables("extensionApproved", true, "extensionOpinion", "同意延长 30 日",
                    "extensionNoticeServedAt", "2026-04-30T10:00:00+08:00"));
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
        assertThat(measure).variables().containsEntry("extensionCount", 1).containsEntry("periodEndsAt", date("2026-06-29T23:59:59+08:00"));
        assertThat((String) runtimeService.getVariable(measure.getId(), "extensions")).contains("经机关负责人（演示）批准延长 30 日")
                .doesNotContain("bureau-head");
        assertThat(task("Task_Handle", measure)).hasDueDate(date("2026-06-29T23:59:59+08:00"));

        assertThatThrownBy(() -> complete(task("Task_Handle", measure), withVariables("handling", "EXTEND", "handlingReason", "再延长", "extensionDays", 10)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("只能延长一次");

        assertThat(job(measure).getDuedate()).as("the period's end").isEqualTo(date("2026-06-29T23:59:59+08:00"));
        execute(job(measure));
        assertThat(measure).as("expired without a decision: lifted (行政强制法§28)").isWaitingAt("Task_Lift").variables()
                .containsEntry("liftReason", "EXPIRED").containsKey("expiredAt");
        complete(task("Task_Lift", measure), lifting());
        assertThat(measure).isEnded().hasPassed("Timer_PeriodEnds", "EndEvent_Lifted");
        assertThat(documents.list(measure.getBusinessKey())).extracting(CaseDocument::kind).contains("EXTENSION_NOTICE", "LIFT_DECISION");
    }

    @Test
    void shouldLiftWhenThePeriodEndsWhileTheHeadHasNotYetDecidedOnTheExtension() {
        ProcessInstance measure = start("DETENTION", false, null);
        complete(task("Task_Approve", measure), withVariables("approved", true, "approvalOpinion", "同意"));
        complete(task("Task_Implement", measure), implementation(List.of("张某", "李某"), true));
        complete(task("Task_Handle", measure), withVariables("handling", "EXTEND", "handlingReason", "需检验鉴定", "extensionDays", 30));
        assertThat(task("Task_ApproveExtension", measure)).hasDueDate(date("2026-05-30T23:59:59+08:00"));

        assertThat(job(measure).getDuedate()).isEqualTo(date("2026-05-30T23:59:59+08:00"));
        execute(job(measure));
        assertThat(measure).as("no extension without a decision within the period (行政强制法§25, §28)").isWaitingAt("Task_Lift")
                .variables().containsEntry("liftReason", "EXPIRED").doesNotContainKey("extensionCount");
        complete(task("Task_Lift", measure), lifting());
        assertThat(measure).isEnded().hasPassed("Timer_ExtensionPeriodEnds", "Gateway_MergeExpired", "EndEvent_Lifted");
    }

    @Test
    void shouldCutThePowerOnly24HoursAfterTheNoticeAndLiftItOnceTheEnterpriseComplies() {
        ProcessInstance measure = start("POWER_CUT", false, null);
        complete(task("Task_Approve", measure), withVariables("approved", true, "approvalOpinion", "同意停止供电"));
        assertThat(measure).isWaitingAt("Task_ServeSupplyNotice");
        complete(task("Task_ServeSupplyNotice", measure), withVariables("supplyNoticeNumber", "（鲁台）应急停电〔2026〕1号",
                "supplyNoticeServedAt", "2026-04-30T10:00:00+08:00", "deliveryMethod", "IN_PERSON", "supplier", "国网枣庄市台儿庄区供电公司"));
        assertThat(measure).as("24 hours' notice (安全生产法§70)").isWaitingAt("Event_NoticePeriod");
        assertThat(job(measure).getDuedate()).isEqualTo(date("2026-05-01T10:00:00+08:00"));
        assertThat(measure).variables().containsEntry("supplyActionNotBeforeText", "2026年5月1日 10:00");

        at("2026-05-01T11:00:00+08:00");
        execute(job(measure));
        assertThatThrownBy(() -> complete(task("Task_RecordSupplyStop", measure), supplyStop("2026-05-01T09:30:00+08:00")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("提前二十四小时").hasMessageContaining("最早于2026年5月1日 10:00");
        complete(task("Task_RecordSupplyStop", measure), supplyStop("2026-05-01T10:30:00+08:00"));

        String enterpriseGroup = (String) runtimeService.getVariable(measure.getId(), "enterpriseGroup");
        assertThat(measure).isWaitingAt("Task_ApplyLifting").task().hasCandidateGroup(enterpriseGroup);
        complete(task("Task_ApplyLifting", measure), withVariables("complianceReport", "已停产整改", "appliedAt", "2026-05-01T11:00:00+08:00"));
        complete(task("Task_Recheck", measure), withVariables("complied", false, "recheckers", List.of("张某", "李某"), "recheckOpinion", "隐患未消除"));
        assertThat(measure).as("not yet: the enterprise goes on").isWaitingAt("Task_ApplyLifting");
        complete(task("Task_ApplyLifting", measure), withVariables("complianceReport", "已更换防爆电气", "appliedAt", "2026-05-01T11:00:00+08:00"));
        complete(task("Task_Recheck", measure), withVariables("complied", true, "recheckers", List.of("张某", "李某"), "recheckOpinion", "隐患已消除"));

        assertThat(measure).as("lifted within 1 working day, after 劳动节").isWaitingAt("Task_LiftSupplyStop").task()
                .hasCandidateGroup("bureau-head").hasDueDate(date("2026-05-06T23:59:59+08:00"));
        complete(task("Task_LiftSupplyStop", measure), withVariables("liftNumber", "（鲁台）应急复电〔2026〕1号", "liftedAt", "2026-05-01T11:00:00+08:00"));
        assertThat(measure).isEnded().hasPassed("EndEvent_SupplyRestored").variables().containsEntry("outcome", "SUPPLY_RESTORED");
        assertThat(documents.list(measure.getBusinessKey())).extracting(CaseDocument::kind).containsExactly("APPROVAL", "SUPPLY_NOTICE",
                "SUPPLY_DELIVERY", "SUPPLY_STOP", "LIFTING_APPLICATION", "RECHECK", "LIFTING_APPLICATION", "RECHECK", "SUPPLY_LIFT");
    }

    @Test
    void shouldEndWithoutMeasureWhenTheHeadDoesNotApprove() {
        ProcessInstance measure = start("EXPLOSIVES_STOP", false, null);
        complete(task("Task_Approve", measure), withVariables("approved", false, "approvalOpinion", "不符合条件"));
        assertThat(measure).isEnded().hasPassed("EndEvent_NotApproved").variables().containsEntry("outcome", "NOT_APPROVED");
    }

    @Test
    void shouldRefuseABadStartStoringNothingAndLetAnotherProcessOpenALinkedCase() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();
        Map<String, Object> urgentPowerCut = variables("POWER_CUT", true, null);
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, urgentPowerCut)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不能当场实施");
        Map<String, Object> noItems = variables("SEIZURE", false, null);
        noItems.remove("seizedItems");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, noItems)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("清单");
        Map<String, Object> urgentWithoutReason = variables("SEIZURE", true, null);
        urgentWithoutReason.remove("urgentReason");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, urgentWithoutReason)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("情况紧急的理由");
        Map<String, Object> wrongMeasure = variables("SEIZURE", false, null);
        wrongMeasure.put("measureType", "DEMOLITION");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, wrongMeasure)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("强制措施种类");
        assertThatThrownBy(() -> start("SEIZURE", false, "YH-370405-2026-999999")).hasMessageContaining("未找到来源案件");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);

        String hazardCase = hazardCase();
        Map<String, Object> opening = variables("DETENTION", false, null);
        String caseNumber = coerciveMeasures.open(opening, hazardCase);
        assertThat(caseNumber).startsWith("QZ-370405-2026-");
        assertThat(links.of(caseNumber)).extracting(CaseLinks.Link::otherCase).containsExactly(hazardCase);
        assertThat(links.of(hazardCase)).extracting(CaseLinks.Link::otherCase).contains(caseNumber);
    }

    // ---- the story so far

    private String hazardCase() {
        Map<String, Object> hazard = Hazards.report("370405", PARTY, "台儿庄某化工有限公司");
        hazard.put("discoveredAt", "2026-04-29T15:00:00+08:00");
        return runtimeService.startProcessInstanceByKey("hazard-rectification", hazard).getBusinessKey();
    }

    private ProcessInstance start(String measureType, boolean urgent, String sourceCase) {
        return runtimeService.startProcessInstanceByKey(KEY, variables(measureType, urgent, sourceCase));
    }

    static Map<String, Object> variables(String measureType, boolean urgent, String sourceCase) {
        Map<String, Object> variables = vars("jurisdiction", "370405", "enterpriseName", "台儿庄某化工有限公司", "enterpriseCreditCode", PARTY,
                "measureType", measureType, "measureFacts", "检查发现使用未经检测的压力容器", "legalBasis", "安全生产法第六十五条第一款第四项");
        if (CoerciveInputs.seizure(measureType)) {
            variables.put("seizedItems", "储气罐（2 m³）1 台；空压机 1 台");
        }
        if (urgent) {
            variables.put("urgent", true);
            variables.put("urgentReason", "压力容器泄漏，随时可能爆炸");
        }
        if (sourceCase != null) {
            variables.put("sourceCaseNumber", sourceCase);
        }
        return variables;
    }

    private static Map<String, Object> implementation(List<String> officers, boolean signed) {
        return withVariables("officers", officers, "implementedAt", "2026-04-30T09:00:00+08:00", "siteRecord", "当事人到场，告知事由和依据，听取陈述申辩",
                "partySigned", signed, "decisionNumber", "（鲁台）应急强制〔2026〕1号", "itemsList", "储气罐（2 m³）1 台；空压机 1 台",
                "decisionServedAt", "2026-04-30T09:30:00+08:00", "deliveryMethod", "IN_PERSON");
    }

    private static Map<String, Object> lifting() {
        return withVariables("liftNumber", "（鲁台）应急解封〔2026〕2号", "liftedAt", "2026-04-30T10:00:00+08:00", "returnRecord", "财物已返还");
    }

    private static Map<String, Object> supplyStop(String stoppedAt) {
        return withVariables("supplierNotifiedAt", "2026-05-01T10:00:00+08:00", "supplyStoppedAt", stoppedAt, "officers", List.of("张某", "李某"),
                "stopRecord", "供电公司按通知停止供电，执法人员在场");
    }
}
