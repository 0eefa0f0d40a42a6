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
import static org.safetyflow.testing.ProcessTests.vars;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.casefile.CaseDocument;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.casefile.CaseLinks;
import org.safetyflow.disclosure.Notice;
import org.safetyflow.disclosure.NoticeType;
import org.safetyflow.disclosure.Notices;
import org.safetyflow.registry.Enterprises;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.registry.JurisdictionTenants;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 联合执法 双随机一公开, path by path, with the time limits pinned across 中秋 and 国庆 2026 (15号令; 安全生产法§65–§68;
 * 国办发〔2015〕20号). Inspections happen on Monday 2026-09-21, just before the holidays.
 */
@EngineTest
class JointEnforcementProcessTest {

    static final String KEY = "joint-enforcement";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    CaseDocuments documents;
    @Autowired
    CaseLinks links;
    @Autowired
    Notices notices;
    @Autowired
    Enterprises enterprises;
    @Autowired
    EnforcementDraws draws;
    @Autowired
    JurisdictionDirectory jurisdictions;
    @Autowired
    JurisdictionTenants tenants;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        JointEnforcementFixture.ensureCounty(jurisdictions, tenants);
        at("2026-09-14T09:00:00+08:00");
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void shouldDrawPlanPublishTheListOnlyAfterTheInspectionsAndCloseAFaultlessInspection() {
        JointEnforcementFixture.Pool pool = JointEnforcementFixture.pool(enterprises, 2);
        ProcessInstance plan = start(pool, 2);
        assertThat(plan.getBusinessKey()).startsWith("JE-370591-2026-");
        RecordedDraw draw = draws.find(plan.getBusinessKey()).orElseThrow();
        assertThat(draw.sampledEnterprises()).containsExactlyInAnyOrderElementsOf(pool.creditCodes());
        assertThat(plan).variables().containsEntry("randomSeed", 20260914L).containsEntry("leadDepartment", "EMERGENCY")
                .containsEntry("departmentsText", "应急管理、市场监管");
        assertThat((String) runtimeService.getVariable(plan.getId(), "checklistText")).contains("EM-01").contains("MA-03")
                .doesNotContain("FI-01");
        assertThat(documents.list(plan.getBusinessKey())).extracting(CaseDocument::kind).containsExactly("SAMPLE_LIST");

        approve(plan);
        Notice planNotice = notices.ofCase(plan.getBusinessKey()).get(0);
        assertThat(planNotice.type()).isEqualTo(NoticeType.SPOT_CHECK_PLAN);
        assertThat(planNotice.body()).as("四不两直: the plan is public, whom it drew is not").contains("随机抽取 2 家").contains("EM-01")
                .doesNotContain(pool.creditCodes().get(0)).doesNotContain(pool.creditCodes().get(1));

        List<Task> inspections = taskService.createTaskQuery().processInstanceId(plan.getId()).taskDefinitionKey("Task_Inspect").list();
        assertThat(inspections).hasSize(2);
        for (Task inspection : inspections) {
            String enterprise = (String) taskService.getVariable(inspection.getId(), "enterpriseCreditCode");
            assertThat(candidates(inspection)).as("the team drawn for " + enterprise).containsExactlyInAnyOrderElementsOf(draw.inspectorsOf(enterprise));
            assertThat(inspection.getDueDate()).isEqualTo(date("2026-09-30T17:00:00+08:00"));
            assertThat(options(inspection)).as("到场执法人员 ticked from the drawn team: name, department, user name")
                    .extracting(o -> o.get("value")).containsExactlyElementsOf(draw.inspectorsOf(enterprise));
            assertThat(options(inspection).subList(0, 2)).allSatisfy(o -> assertThat(o.get("label")).endsWith("（应急管理，" + o.get("value") + "）"));
            assertThat(options(inspection).subList(2, 4)).allSatisfy(o -> assertThat(o.get("label"))
                    .startsWith("市场监管执法人员").endsWith("（市场监管，" + o.get("value") + "）"));
        }
        at("2026-09-21T11:00:00+08:00");
        inspect(plan, pool.creditCodes().get(0), vars("findings", "NONE"));
        assertThat(plan).as("the results wait for the last inspection").isWaitingAt("SubProcess_Inspections");
        inspect(plan, pool.creditCodes().get(1), vars("findings", "NONE"));

        assertThat(plan).isWaitingAt("Task_PublishResults").isNotWaitingAt("SubProcess_Findings");
        assertThat(task("Task_PublishResults", plan).getDueDate()).as("20 working days after 2026-09-21, across 中秋 and 国庆 (10-10 调休 works)")
                .isEqualTo(date("2026-10-26T23:59:59+08:00"));
        signOff(plan, "Task_PublishResults");
        assertThat(plan).isEnded().hasPassed("EndEvent_Clean", "EndEvent_Closed").variables().containsEntry("outcome", "CLOSED");
        Notice results = notices.ofCase(plan.getBusinessKey()).get(1);
        assertThat(results.type()).isEqualTo(NoticeType.ENFORCEMENT_RESULT);
        assertThat(results.body()).contains(pool.creditCodes().get(0)).contains(pool.creditCodes().get(1)).contains("未发现问题")
                .contains("20260914");
        assertThat(documents.list(plan.getBusinessKey())).extracting(CaseDocument::kind).containsExactly("SAMPLE_LIST", "SPOT_CHECK_PLAN",
                "INSPECTION_RECORD", "INSPECTION_RECORD", "INSPECTION_RESULT", "INSPECTION_RESULT", "RESULTS_NOTICE");
    }

    @Test
    void shouldLetOnlyTheLeadDepartmentsInspectorsMakeThePlan() {
        ProcessInstance plan = start(JointEnforcementFixture.pool(enterprises, 1), 1);
        RecordedDraw draw = draws.find(plan.getBusinessKey()).orElseThrow();
        List<String> leadRoster = draw.roster().stream().filter(r -> r.department().equals("EMERGENCY")).findFirst().orElseThrow()
                .inspectors().stream().map(EnforcementDraw.Member::userId).toList();
        Task planning = task("Task_Plan", plan);
        assertThat(leadRoster).contains("enforcement-officer").doesNotContain("inspector-market-1");
        assertThat(candidates(planning)).as("the lead department's inspectors a draw here may send, no one else")
                .containsExactlyInAnyOrderElementsOf(leadRoster);
        assertThat(taskService.getIdentityLinksForTask(planning.getId())).extracting(IdentityLink::getGroupId).containsOnlyNulls();
        assertThat(planning.getDueDate()).as("its own limit, enforcement.plan: 5 working days, Sunday 09-20 a 调休 working day")
                .isEqualTo(date("2026-09-20T23:59:59+08:00"));
        Map<String, Object> period = vars("inspectionsFrom", "2026-09-15T08:00:00+08:00", "inspectionsUntil", "2026-09-30T17:00:00+08:00",
                "planDescription", "四不两直");

        processEngine.getIdentityService().setAuthentication("inspector-market-1", List.of("camunda-admin", "enforcement-officer"));
        try {
            assertThatThrownBy(() -> taskService.complete(planning.getId(), period)).as("whatever the route let through")
                    .hasMessageContaining("抽查计划由牵头部门（应急管理）制定").hasMessageContaining("enforcement-officer");
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
        assertThat(plan).isWaitingAt("Task_Plan");
        processEngine.getIdentityService().setAuthentication("enforcement-officer", List.of("camunda-admin", "enforcement-officer"));
        try {
            taskService.complete(planning.getId(), period);
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
        assertThat(plan).isWaitingAt("Task_ApprovePlan");
    }

    @Test
    void shouldEndTheCaseWhenTheHeadRefusesThePlanWithoutPublishingAnything() {
        ProcessInstance plan = start(JointEnforcementFixture.pool(enterprises, 1), 1);
        complete(task("Task_Plan", plan), withVariables("inspectionsFrom", "2026-09-15T08:00:00+08:00",
                "inspectionsUntil", "2026-09-30T17:00:00+08:00", "planDescription", "四不两直"));
        assertThatThrownBy(() -> complete(task("Task_ApprovePlan", plan), withVariables("planApproved", false)))
                .hasMessageContaining("不批准抽查计划的，必须写明理由");
        complete(task("Task_ApprovePlan", plan), withVariables("planApproved", false, "planApprovalOpinion", "检查事项与本季度重点不符"));

        assertThat(plan).isEnded().hasPassed("EndEvent_PlanRefused").variables().containsEntry("outcome", "PLAN_REFUSED");
        assertThat(notices.ofCase(plan.getBusinessKey())).isEmpty();
    }

    @Test
    void shouldRefuseAnInspectionRecordWithoutTwoOfTheTeamOrWithoutEveryItemOfTheList() {
        JointEnforcementFixture.Pool pool = JointEnforcementFixture.pool(enterprises, 1);
        ProcessInstance plan = start(pool, 1);
        approve(plan);
        at("2026-09-21T11:00:00+08:00");
        Task inspection = task("Task_Inspect", plan);
        List<String> team = team(inspection);
        Map<String, Object> record = record(plan, team, vars("findings", "NONE"));

        assertThatThrownBy(() -> taskService.complete(inspection.getId(), with(record, "presentInspectors", List.of(team.get(0)))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("不得少于两人");
        assertThatThrownBy(() -> taskService.complete(inspection.getId(), with(record, "presentInspectors", List.of(team.get(0), "inspector-fire-1"))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("inspector-fire-1 不是抽中的检查组成员");
        processEngine.getIdentityService().setAuthentication("inspector-fire-1", List.of("camunda-admin"));
        try {
            assertThatThrownBy(() -> taskService.complete(inspection.getId(), record)).as("whatever the route let through")
                    .hasMessageContaining("只有抽中的检查组成员");
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
        assertThatThrownBy(() -> taskService.complete(inspection.getId(), with(record, "checklistResults", "EM-01；合格；无")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("照单检查").hasMessageContaining("MA-03");
        assertThatThrownBy(() -> taskService.complete(inspection.getId(), with(record, "checklistResults",
                results(plan, "不合格")))).isInstanceOf(BadUserRequestException.class).hasMessageContaining("不能为「未发现问题」");
        assertThatThrownBy(() -> taskService.complete(inspection.getId(), with(record, "checklistResults",
                results(plan, "基本合格")))).isInstanceOf(BadUserRequestException.class).hasMessageContaining("应为合格、不合格或不适用");
        assertThat(plan).isWaitingAt("Task_Inspect");
        assertThat(documents.list(plan.getBusinessKey())).extracting(CaseDocument::kind).doesNotContain("INSPECTION_RECORD");
    }

    @Test
    void shouldOrderRectificationGrantAnExtensionAskedTenDaysAheadAndCloseOnAPassedRecheck() {
        JointEnforcementFixture.Pool pool = JointEnforcementFixture.pool(enterprises, 1);
        String enterprise = pool.creditCodes().get(0);
        ProcessInstance plan = start(pool, 1);
        approve(plan);
        at("2026-09-21T11:00:00+08:00");
        inspect(plan, enterprise, vars("findings", "GENERAL", "findingsDescription", "配电室未设置挡鼠板",
                "rectificationDueDate", "2026-10-20T17:00:00+08:00"));
        assertThat(documents.list(plan.getBusinessKey())).extracting(CaseDocument::kind).contains("RECTIFICATION_ORDER");
        // The order as served: its 文号, the wording of the statutory sample, and the enterprise's rights of remedy.
        CaseDocument order = documents.list(plan.getBusinessKey()).stream().filter(d -> d.kind().equals("RECTIFICATION_ORDER")).findFirst().orElseThrow();
        assertThat(order.number()).matches(".应急责改〔2026〕\\d+号");
        assertThat(pdfText(order)).contains("责令限期整改指令书", order.number(), "经查，你单位", "配电室未设置挡鼠板。",
                "现责令你单位于2026年10月20日 17:00前整改完毕", "第六十五条第一款第（二）项、第（三）项", "申请行政复议", "提起行政诉讼");
        // The inspection record: the enterprise named, the checklist as a table, signed by its makers (no seal, no 文号).
        CaseDocument record = documents.list(plan.getBusinessKey()).stream().filter(d -> d.kind().equals("INSPECTION_RECORD")).findFirst().orElseThrow();
        assertThat(record.number()).isNull();
        assertThat(pdfText(record)).contains("现场检查记录", "被检查企业", "制作人", "签名").doesNotContain("（印章）");
        signOff(plan, "Task_PublishResults");

        Task rectify = task("Task_Rectify", plan);
        assertThat(rectify.getDueDate()).isEqualTo(date("2026-10-20T17:00:00+08:00"));
        assertThat(taskService.getVariable(rectify.getId(), "rectificationDueDateText")).isEqualTo("2026年10月20日");
        assertThat(runtimeService.getVariable(plan.getId(), "rectificationDueDateText")).as("the enterprise's own, not the case's").isNull();
        assertThat(((String) taskService.getVariable(rectify.getId(), "inspectionTeamText")).split("、")).as("the team by name, each with its user name")
                .hasSize(4).allMatch(member -> team(rectify).stream().anyMatch(member::contains));
        BpmnAwareTests.assertThat(rectify).hasCandidateGroup("enterprise-" + enterprise.toLowerCase());
        at("2026-10-10T20:00:00+08:00");
        complete(rectify, withVariables("rectificationAction", "REQUEST_EXTENSION", "extensionReason", "设备供货受台风影响",
                "requestedDueDate", "2026-11-20T17:00:00+08:00"));
        Task answer = task("Task_AnswerExtension", plan);
        assertThat(answer.getDueDate()).as("5 working days from Saturday 10-10 (a 调休 working day)").isEqualTo(date("2026-10-16T23:59:59+08:00"));
        assertThat(candidates(answer)).containsExactlyInAnyOrderElementsOf(team(answer));
        complete(answer, withVariables("extensionGranted", true, "extensionReply", "同意延期至 2026 年 11 月 20 日"));
        assertThat(task("Task_Rectify", plan).getDueDate()).isEqualTo(date("2026-11-20T17:00:00+08:00"));
        assertThat(taskService.getVariable(task("Task_Rectify", plan).getId(), "rectificationDueDateText")).isEqualTo("2026年11月20日");

        at("2026-11-11T09:00:00+08:00");
        assertThatThrownBy(() -> complete(task("Task_Rectify", plan), withVariables("rectificationAction", "REQUEST_EXTENSION",
                "extensionReason", "再次延期", "requestedDueDate", "2026-12-20T17:00:00+08:00")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("整改期限届满 10 日前").hasMessageContaining("2026年11月10日");
        complete(task("Task_Rectify", plan), withVariables("rectificationAction", "REPORT", "rectificationReport", "已加装挡鼠板"));
        Task recheck = task("Task_Recheck", plan);
        assertThat(recheck.getDueDate()).as("10 days after the report").isEqualTo(date("2026-11-21T23:59:59+08:00"));
        at("2026-11-13T10:00:00+08:00");
        complete(recheck, withVariables("recheckedAt", "2026-11-13T09:30:00+08:00", "recheckInspectors", team(recheck).subList(0, 2),
                "recheckPassed", true, "recheckOpinion", "已整改"));

        assertThat(plan).isEnded().hasPassed("Task_AnswerExtension", "EndEvent_Rectified", "EndEvent_Closed");
        assertThat(documents.list(plan.getBusinessKey())).extracting(CaseDocument::kind).contains("EXTENSION_REPLY", "RECHECK_OPINION");
    }

    @Test
    void shouldRecheckAtTheDeadlineWhenNothingIsReportedAndOpenALinkedPenaltyCaseForAFailedRecheck() {
        JointEnforcementFixture.Pool pool = JointEnforcementFixture.pool(enterprises, 1);
        ProcessInstance plan = start(pool, 1);
        approve(plan);
        at("2026-09-21T11:00:00+08:00");
        inspect(plan, pool.creditCodes().get(0), vars("findings", "GENERAL", "findingsDescription", "安全警示标志缺失",
                "rectificationDueDate", "2026-10-20T17:00:00+08:00"));
        at("2026-09-24T10:00:00+08:00");
        complete(task("Task_Rectify", plan), withVariables("rectificationAction", "REQUEST_EXTENSION", "extensionReason", "人手不足",
                "requestedDueDate", "2026-11-30T17:00:00+08:00"));
        assertThat(task("Task_AnswerExtension", plan).getDueDate()).as("5 working days from 09-24, across 中秋 and 国庆")
                .isEqualTo(date("2026-10-09T23:59:59+08:00"));
        complete(task("Task_AnswerExtension", plan), withVariables("extensionGranted", false, "extensionReply", "理由不属于不可抗力，不予延期"));
        assertThat(task("Task_Rectify", plan).getDueDate()).isEqualTo(date("2026-10-20T17:00:00+08:00"));

        at("2026-10-20T17:01:00+08:00");
        execute(job("Timer_RectificationDue", plan));
        Task recheck = task("Task_Recheck", plan);
        assertThat(recheck.getDueDate()).as("10 days after the deadline").isEqualTo(date("2026-10-30T23:59:59+08:00"));
        assertThat(options(recheck)).extracting(o -> o.get("value")).containsExactlyElementsOf(team(recheck));
        assertThatThrownBy(() -> complete(recheck, withVariables("recheckedAt", "2026-10-20T17:00:00+08:00", "recheckInspectors",
                team(recheck).subList(0, 1), "recheckPassed", false, "recheckOpinion", "未整改")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("复查的执法人员不得少于两人");
        assertThatThrownBy(() -> complete(recheck, withVariables("recheckedAt", "2026-10-20T17:00:00+08:00", "recheckInspectors",
                List.of(team(recheck).get(0), "inspector-fire-1"), "recheckPassed", false, "recheckOpinion", "未整改")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("「复查人员」（recheckInspectors）中 inspector-fire-1 不是抽中的检查组成员");
        complete(recheck, withVariables("recheckedAt", "2026-10-20T17:00:00+08:00", "recheckInspectors", team(recheck).subList(0, 2),
                "recheckPassed", false, "recheckOpinion", "未整改"));

        Task referral = task("Task_PenaltyReferral", plan);
        String leader = (String) taskService.getVariable(referral.getId(), "teamLeader");
        assertThat(candidates(referral)).containsExactly(leader);
        assertThat(taskService.getVariable(referral.getId(), "caseSource")).isEqualTo("RECHECK_FAILED");
        complete(referral, withVariables("violationFacts", "逾期未整改安全警示标志缺失（安全生产法第九十九条）", "referralOpinion", "建议立案"));
        assertThat(plan).isWaitingAt("Task_PublishResults").hasPassed("Service_PenaltyReferral", "EndEvent_Referred");
        Map<String, Object> handedOver = documents.list(plan.getBusinessKey()).stream().filter(d -> d.kind().equals("PENALTY_REFERRAL"))
                .findFirst().orElseThrow().content();
        assertThat(handedOver).containsEntry("caseSource", "RECHECK_FAILED");
        String penaltyCase = (String) handedOver.get("penaltyCaseNumber");
        ProcessInstance penalty = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(penaltyCase).singleResult();
        assertThat(penalty.getProcessDefinitionId()).startsWith("administrative-penalty:");
        assertThat(runtimeService.getVariables(penalty.getId())).containsEntry("caseSource", "RECHECK_FAILED")
                .containsEntry("violationFacts", "逾期未整改安全警示标志缺失（安全生产法第九十九条）")
                .containsEntry("sourceCaseNumber", plan.getBusinessKey()).containsEntry("enterpriseCreditCode", pool.creditCodes().get(0))
                .containsEntry("jurisdiction", JointEnforcementFixture.COUNTY);
        assertThat(links.of(plan.getBusinessKey())).extracting(CaseLinks.Link::otherCase).containsExactly(penaltyCase);
        assertThat(links.of(penaltyCase)).extracting(CaseLinks.Link::otherCase).containsExactly(plan.getBusinessKey());
    }

    @Test
    void shouldHandAMajorHazardOverToItsOwnLinkedHazardCaseNamedInBothTimelines() {
        JointEnforcementFixture.Pool pool = JointEnforcementFixture.pool(enterprises, 1);
        String enterprise = pool.creditCodes().get(0);
        ProcessInstance plan = start(pool, 1);
        approve(plan);
        at("2026-09-21T11:00:00+08:00");
        inspect(plan, enterprise, vars("findings", "MAJOR_HAZARD", "findingsDescription", "液氨储罐区未设置泄漏报警装置",
                "onSiteMeasures", "责令储罐区暂时停止使用，撤出作业人员"));

        String hazardCase = (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(plan.getId())
                .variableName("hazardCaseNumber").list().stream().map(v -> v.getValue()).filter(v -> v != null).findFirst().orElseThrow();
        ProcessInstance hazard = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(hazardCase).singleResult();
        assertThat(hazard.getProcessDefinitionId()).startsWith("hazard-rectification:");
        assertThat(runtimeService.getVariables(hazard.getId())).containsEntry("hazardSource", "INSPECTION")
                .containsEntry("enterpriseCreditCode", enterprise).containsEntry("hazardDescription", "液氨储罐区未设置泄漏报警装置");
        assertThat(links.of(plan.getBusinessKey())).extracting(CaseLinks.Link::otherCase).containsExactly(hazardCase);
        assertThat(links.of(hazardCase)).extracting(CaseLinks.Link::otherCase).containsExactly(plan.getBusinessKey());
        assertThat(documents.list(plan.getBusinessKey())).filteredOn(d -> d.kind().equals("ON_SITE_MEASURES")).singleElement()
                .satisfies(d -> assertThat(d.content()).containsEntry("hazardCaseNumber", hazardCase));
        Http auditor = Http.as(port, "auditor", "demo");
        assertThat(auditor.get("/api/audit/cases/" + plan.getBusinessKey() + "/timeline").body()).contains(hazardCase);
        assertThat(auditor.get("/api/audit/cases/" + hazardCase + "/timeline").body()).contains(plan.getBusinessKey());

        signOff(plan, "Task_PublishResults");
        assertThat(plan).isEnded().hasPassed("Service_HazardHandOver", "EndEvent_HazardCase");
        assertThat(hazard).as("the hazard case runs on by itself").isNotEnded();
    }

    @Test
    void shouldRecordARefusalToBeInspectedAndOpenAPenaltyCaseForItAndForAViolationOnceTheTeamLeaderHandsThemOver() {
        JointEnforcementFixture.Pool pool = JointEnforcementFixture.pool(enterprises, 2);
        ProcessInstance plan = start(pool, 2);
        approve(plan);
        at("2026-09-21T11:00:00+08:00");
        assertThatThrownBy(() -> inspect(plan, pool.creditCodes().get(0), vars("refused", true)))
                .hasMessageContaining("必须记录情况");
        Task refusedTask = inspectionOf(plan, pool.creditCodes().get(0));
        complete(refusedTask, withVariables("inspectedAt", "2026-09-21T10:00:00+08:00", "presentInspectors", team(refusedTask).subList(0, 2),
                "refused", true, "refusalCircumstances", "门卫以负责人不在为由拒绝执法人员进入厂区", "attachmentIds", "IMG_0921_01.jpg"));
        inspect(plan, pool.creditCodes().get(1), vars("findings", "VIOLATION", "findingsDescription", "特种作业人员未持证上岗"));

        List<Task> referrals = taskService.createTaskQuery().processInstanceId(plan.getId()).taskDefinitionKey("Task_PenaltyReferral").list();
        assertThat(referrals).hasSize(2);
        assertThat(referrals).extracting(t -> taskService.getVariable(t.getId(), "caseSource")).containsOnly("INSPECTION");
        assertThat(referrals).extracting(t -> taskService.getVariable(t.getId(), "findings")).containsExactlyInAnyOrder("REFUSED", "VIOLATION");
        Map<String, Object> refusalRecord = documents.list(plan.getBusinessKey()).stream().filter(d -> d.kind().equals("INSPECTION_RECORD"))
                .map(CaseDocument::content).filter(c -> pool.creditCodes().get(0).equals(c.get("enterpriseCreditCode"))).findFirst().orElseThrow();
        assertThat(refusalRecord).containsEntry("refused", true).containsEntry("findings", "REFUSED").containsEntry("attachmentIds", "IMG_0921_01.jpg");
        referrals.forEach(t -> complete(t, withVariables("violationFacts", taskService.getVariable(t.getId(), "findingsLabel"), "referralOpinion", "移交立案")));
        List<String> penaltyCases = links.of(plan.getBusinessKey()).stream().map(CaseLinks.Link::otherCase).toList();
        assertThat(penaltyCases).hasSize(2).allSatisfy(number -> {
            ProcessInstance penalty = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
            assertThat(penalty.getProcessDefinitionId()).startsWith("administrative-penalty:");
            assertThat(runtimeService.getVariable(penalty.getId(), "caseSource")).isEqualTo("INSPECTION");
            assertThat(runtimeService.getVariable(penalty.getId(), "sourceCaseNumber")).isEqualTo(plan.getBusinessKey());
        });
        assertThat(penaltyCases.stream().map(number -> (String) runtimeService.getVariable(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(number).singleResult().getId(), "enterpriseCreditCode")))
                .containsExactlyInAnyOrderElementsOf(pool.creditCodes());
        signOff(plan, "Task_PublishResults");
        assertThat(plan).isEnded().hasPassed("EndEvent_Referred");
    }

    private ProcessInstance start(JointEnforcementFixture.Pool pool, int sampleSize) {
        return runtimeService.startProcessInstanceByKey(KEY, vars("jurisdiction", JointEnforcementFixture.COUNTY,
                "planName", "2026 年第三季度联合抽查", "departments", List.of("EMERGENCY", "MARKET"), "industry", pool.industry(),
                "sampleSize", sampleSize, "randomSeed", 20260914L));
    }

    private void approve(ProcessInstance plan) {
        complete(task("Task_Plan", plan), withVariables("inspectionsFrom", "2026-09-15T08:00:00+08:00",
                "inspectionsUntil", "2026-09-30T17:00:00+08:00", "planDescription", "四不两直，照单检查"));
        assertThat(task("Task_ApprovePlan", plan).getDueDate()).as("5 working days: Sunday 09-20 is a 调休 working day")
                .isEqualTo(date("2026-09-20T23:59:59+08:00"));
        assertThat(runtimeService.getVariable(plan.getId(), "inspectionsFromText")).as("the head reads the period in Chinese")
                .isEqualTo("2026年9月15日");
        assertThat(runtimeService.getVariable(plan.getId(), "inspectionsUntilText")).isEqualTo("2026年9月30日");
        complete(task("Task_ApprovePlan", plan), withVariables("planApproved", true));
        signOff(plan, "Task_PublishPlan");
    }

    /** Two of the drawn team record the inspection of {@code enterprise}, every item 合格 unless a finding says otherwise. */
    private void inspect(ProcessInstance plan, String enterprise, Map<String, Object> findings) {
        Task inspection = inspectionOf(plan, enterprise);
        taskService.complete(inspection.getId(), record(plan, team(inspection), findings));
    }

    private Map<String, Object> record(ProcessInstance plan, List<String> team, Map<String, Object> findings) {
        Map<String, Object> record = vars("inspectedAt", "2026-09-21T10:00:00+08:00", "presentInspectors", team.subList(0, 2),
                "refused", false, "checklistResults", results(plan, "合格"));
        if (!"NONE".equals(findings.get("findings")) && findings.containsKey("findings")) {
            record.put("checklistResults", results(plan, "不合格"));
        }
        record.putAll(findings);
        return record;
    }

    private String results(ProcessInstance plan, String result) {
        String list = (String) runtimeService.getVariable(plan.getId(), "checklistText");
        return list.lines().map(line -> line.substring(0, line.indexOf('（')) + "；" + result + "；现场核实").collect(Collectors.joining("\n"));
    }

    private Task inspectionOf(ProcessInstance plan, String enterprise) {
        return taskService.createTaskQuery().processInstanceId(plan.getId()).taskDefinitionKey("Task_Inspect").list().stream()
                .filter(t -> enterprise.equals(taskService.getVariable(t.getId(), "enterpriseCreditCode"))).findFirst().orElseThrow();
    }

    private List<String> team(Task task) {
        return List.of(((String) taskService.getVariable(task.getId(), "inspectionTeam")).split(","));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> options(Task task) {
        return (List<Map<String, String>>) taskService.getVariable(task.getId(), "inspectorOptions");
    }

    private List<String> candidates(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getUserId).filter(u -> u != null).toList();
    }

    private static Map<String, Object> with(Map<String, Object> record, String name, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(record);
        changed.put(name, value);
        return changed;
    }

    private String pdfText(CaseDocument document) {
        Http.Download pdf = Http.as(port, "auditor", "demo").download("/api/cases/" + document.caseNumber() + "/documents/" + document.id() + "/pdf");
        assertThat(pdf.status()).as(pdf.asText().body()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument read = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(read).replaceAll("\\R", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
