package org.safetyflow.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
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
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.casefile.CaseDocument;
import org.safetyflow.casefile.CaseLinks;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.disclosure.Notice;
import org.safetyflow.disclosure.Notices;
import org.safetyflow.input.InvalidInputException;
import org.safetyflow.licensing.LicenceRegister;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 生产安全事故报告和调查处理 as 事故条例 §3, §9–§13, §19–§34 lay it out; the clock starts at the accident. */
@EngineTest
class AccidentInvestigationProcessTest {

    static final String OCCURRED = "2026-03-02T10:00:00+08:00";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    CaseLinks caseLinks;
    @LocalServerPort
    int port;
    @Autowired
    Notices notices;
    @Autowired
    CaseDocuments documents;
    @Autowired
    LicenceRegister licenceRegister;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        at("2026-03-02T10:40:00+08:00");
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void shouldInvestigateAnOrdinaryAccidentToTheEndAndStartItsEvaluation() {
        ProcessInstance accident = report(1, 0, 800_000.0, null, "2026-03-02T10:30:00+08:00");
        assertThat(accident).variables().containsEntry("accidentGrade", "ORDINARY").containsEntry("investigationLevel", "COUNTY")
                .containsEntry("supervisionLevel", "CITY").containsEntry("replyDays", 15).containsEntry("lateReport", false)
                .containsEntry("reportDueDate", date("2026-05-01T23:59:59+08:00"));
        assertThat(accident).isWaitingAt("Task_ReportUp").task().hasCandidateGroup("accident-officer")
                .as("事故条例§10: two hours from when the bureau received the 快报 (10:30), not from when it was entered")
                .hasDueDate(date("2026-03-02T12:30:00+08:00"));

        reportUpAndAppointTheTeam(accident, 1);
        investigate(accident, "DRAFTED");
        signAndReply(accident);
        complete(task("Task_TrackAccountability", accident), withVariables("accountabilityResult", "已作出行政处罚决定", "accountabilityDocument", "(鲁枣)应急罚〔2026〕12号"));
        assertThat(accident).isWaitingAt("Task_PublishReport").task().hasCandidateGroup("bureau-head");
        signOff(accident, "Task_PublishReport");

        assertThat(accident).isEnded().hasPassed("Task_PublishReport", "Task_Close", "EndEvent_Closed");
        List<CaseLinks.Link> links = caseLinks.of(accident.getBusinessKey());
        assertThat(links).singleElement().satisfies(link -> assertThat(link.label()).isEqualTo("启动整改评估案件"));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("licence-sanction")
                .variableValueEquals("sourceCaseNumber", accident.getBusinessKey()).count()).as("a 批复 that proposes no 暂扣/吊销 opens no case").isZero();
        String evaluation = links.get(0).otherCase();
        assertThat(evaluation).startsWith("PG-370406-2026-");
        assertThat(caseLinks.of(evaluation)).singleElement().satisfies(link -> assertThat(link)
                .extracting(CaseLinks.Link::otherCase, CaseLinks.Link::label).containsExactly(accident.getBusinessKey(), "所评估的事故案件"));
        assertThat(Http.as(port, "auditor", "demo").get("/api/audit/cases/" + accident.getBusinessKey() + "/timeline").json())
                .anySatisfy(event -> assertThat(event.path("description").asText()).isEqualTo("启动整改评估案件：" + evaluation));
        ProcessInstance evaluationCase = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(evaluation).singleResult();
        assertThat(runtimeService.getVariable(evaluationCase.getId(), "accidentCaseId")).isEqualTo(accident.getBusinessKey());
        assertThat(managementService.createJobQuery().processInstanceId(evaluationCase.getId()).singleResult().getDuedate())
                .as("the evaluation starts ten months after 结案").isEqualTo(date("2027-01-02T09:00:00+08:00"));
        assertThat(publishedOf(accident)).as("each in the name of who supervises (市级) and who investigated (县级)")
                .extracting(Notice::title, Notice::jurisdiction).containsExactlyInAnyOrder(
                tuple("关于对山亭某建材有限公司一般生产安全事故查处实施挂牌督办的通知", "370400"),
                tuple("山亭某建材有限公司一般生产安全事故调查报告", "370406"));
        assertThat(publishedOf(accident)).filteredOn(notice -> notice.title().endsWith("调查报告")).singleElement()
                .extracting(Notice::body).asString().as("the loss as a bureau writes it, the team's 「见上」 not repeated")
                .contains("三、人员伤亡和直接经济损失\n死亡 1 人，重伤 0 人，直接经济损失 80万元。见上");
        assertThat(documents.list(accident.getBusinessKey())).extracting(CaseDocument::kind).contains("ACCIDENT_INFO_REPORT",
                "SUPERVISION_NOTICE", "INVESTIGATION_TEAM", "NO_CONFLICT_DECLARATION", "INVESTIGATION_STEP", "REPORT_SIGNATURE",
                "SUPERVISOR_REVIEW", "REPLY", "ACCOUNTABILITY");
        assertThat(documents.list(accident.getBusinessKey())).filteredOn(document -> document.kind().equals("SUPERVISION_NOTICE"))
                .singleElement().as("the city's 安委会 lists a 一般 accident and addresses the 区 government that investigates it")
                .satisfies(notice -> {
                    assertThat(notice.number()).matches("枣安委办督〔2026〕\\d+号");
                    assertThat(notice.content()).containsEntry("supervisingJurisdiction", "370400")
                            .containsEntry("investigatingGovernment", "枣庄市山亭区人民政府");
                });
    }

    @Test
    void shouldListALargerAccidentWithTheProvinceExtendTheReportAndPauseItForAppraisal() {
        ProcessInstance accident = report(4, 0, 3_000_000.0, null, "2026-03-02T10:30:00+08:00");
        assertThat(accident).variables().containsEntry("accidentGrade", "LARGER").containsEntry("investigationLevel", "CITY")
                .containsEntry("supervisionLevel", "PROVINCE")
                .containsEntry("reportingLevels", List.of("设区的市级人民政府应急管理部门和有关部门", "省级人民政府应急管理部门和有关部门"));
        reportUpAndAppointTheTeam(accident, 2);

        // Technical appraisal from 03-10 to 03-20: ten days not counted (§27).
        at("2026-03-10T09:00:00+08:00");
        investigate(accident, "APPRAISAL");
        at("2026-03-20T17:00:00+08:00");
        complete(task("Task_TechnicalAppraisal", accident), withVariables("appraisalConclusion", "脚手架连墙件缺失导致整体失稳"));
        assertThat(accident).variables().containsEntry("reportDueDate", date("2026-05-11T23:59:59+08:00"));
        // An extension of 30 days approved by the government (§29).
        investigate(accident, "EXTENSION");
        complete(task("Task_ApproveExtension", accident), withVariables("extensionApproved", true, "extensionDays", 30, "extensionReason", "需补充取证"));
        assertThat(accident).variables().containsEntry("reportDueDate", date("2026-06-10T23:59:59+08:00")).containsEntry("reportExtendedDays", 30);
        Task investigation = task("Task_Investigate", accident);
        assertThat(investigation.getDueDate()).isEqualTo(date("2026-06-10T23:59:59+08:00"));
        assertThat(job("Timer_ReportOverdue", accident).getDuedate()).isEqualTo(date("2026-06-10T23:59:59+08:00"));
        // A second extension beyond 60 days in all is refused.
        investigate(accident, "EXTENSION");
        assertThatThrownBy(() -> complete(task("Task_ApproveExtension", accident), withVariables("extensionApproved", true, "extensionDays", 31, "extensionReason", "再延")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("累计不得超过 60 日");
        complete(task("Task_ApproveExtension", accident), withVariables("extensionApproved", false, "extensionDays", 0, "extensionReason", "不予延期"));

        // A suspected crime handed to the judicial organs, then the report.
        investigate(accident, "TRANSFER");
        investigate(accident, "DRAFTED");
        taskService.complete(signatureOf(accident, "investigation-team").getId(), withVariables("agree", true));
        taskService.complete(signatureOf(accident, "accident-officer").getId(), withVariables("agree", false, "dissent", "对监理单位责任认定有不同意见"));
        assertThat(accident).as("the 安委办 sees each member's dissent").variables()
                .containsEntry("dissentsText", "accident-officer：对监理单位责任认定有不同意见");
        complete(task("Task_SupervisorReview", accident), withVariables("supervisorApproved", false, "supervisorOpinion", "补充监理单位责任"));
        assertThat(accident).isWaitingAt("Task_Investigate");
        assertThat(documents.list(accident.getBusinessKey())).extracting(CaseDocument::kind).contains("TECHNICAL_APPRAISAL",
                "EXTENSION_DECISION", "JUDICIAL_TRANSFER", "REPORT_SIGNATURE");
    }

    @Test
    void shouldRegradeAndHandTheCaseUpWhenA补报WithinTheWindowRaisesTheGrade() {
        ProcessInstance accident = report(2, 0, 500_000.0, null, "2026-03-02T10:30:00+08:00");
        reportUpAndAppointTheTeam(accident, 1);
        at("2026-03-20T09:00:00+08:00");

        correlateUpdate(accident, 3, 0, 900_000.0);

        assertThat(accident).variables().containsEntry("accidentGrade", "LARGER").containsEntry("investigationLevel", "CITY")
                .containsEntry("supervisionLevel", "PROVINCE").containsEntry("deaths", 3).containsEntry("recordedDeaths", 3);
        assertThat(accident).isWaitingAt("Task_Investigate", "Task_HandOver", "Task_ReportFurther").variables()
                .containsEntry("additionalReportingLevels", List.of("省级人民政府应急管理部门和有关部门"));
        assertThat(task("Task_ReportFurther", accident).getDueDate()).as("the 补报 goes on to the 省级 within two hours of its receipt")
                .isEqualTo(date("2026-03-20T11:00:00+08:00"));
        at("2026-03-20T10:00:00+08:00");
        complete(task("Task_ReportFurther", accident), withVariables("reportedUpAt", "2026-03-20T09:40:00+08:00", "reportRecipient", "省应急管理厅"));
        complete(task("Task_HandOver", accident), withVariables("newTeamLeader", "government", "handoverNote", "由市政府另行组织调查组，原调查材料移交"));
        assertThat(task("Task_Investigate", accident).getAssignee()).isEqualTo("government");
        assertThat(accident).as("the new leader joins an appointed team: he declares he has no interest in the accident (§23)")
                .task("Task_NewLeaderDeclaresNoConflict").isAssignedTo("government");
        complete(task("Task_NewLeaderDeclaresNoConflict", accident), withVariables("noConflict", true));
        assertThat(accident).hasPassed("EndEvent_ReportedFurther", "EndEvent_HandedOver");
        assertThat(documents.list(accident.getBusinessKey())).filteredOn(d -> d.kind().equals("NO_CONFLICT_DECLARATION"))
                .extracting(d -> d.content().get("member")).contains("government");
        CaseDocument update = documents.list(accident.getBusinessKey()).stream().filter(d -> d.kind().equals("CASUALTY_UPDATE")).findFirst().orElseThrow();
        assertThat(update.content()).containsEntry("oldDeaths", 2).containsEntry("newDeaths", 3).containsEntry("withinWindow", true);
    }

    @Test
    void shouldReportARegradeToMajorUpToTheStateCouncilLevelByLevelAndLetTheNewLeaderFormTheTeam() {
        ProcessInstance accident = report(2, 0, 500_000.0, null, "2026-03-02T10:30:00+08:00");
        at("2026-03-02T11:00:00+08:00");
        complete(task("Task_ReportUp", accident), withVariables("reportedUpAt", "2026-03-02T10:50:00+08:00", "reportRecipient", "市应急管理局"));
        at("2026-03-04T15:00:00+08:00");

        correlateUpdate(accident, 10, 0, 900_000.0);

        assertThat(accident).variables().containsEntry("accidentGrade", "MAJOR").containsEntry("additionalReportingLevels",
                List.of("省级人民政府应急管理部门和有关部门", "国务院应急管理部门和有关部门"));
        assertThat(task("Task_ReportFurther", accident).getDueDate()).isEqualTo(date("2026-03-04T17:00:00+08:00"));
        at("2026-03-04T16:30:00+08:00");
        complete(task("Task_ReportFurther", accident), withVariables("reportedUpAt", "2026-03-04T15:30:00+08:00", "reportRecipient", "省应急管理厅"));
        assertThat(task("Task_ReportFurther", accident).getDueDate()).as("国务院 level: two hours after the province received it")
                .isEqualTo(date("2026-03-04T17:30:00+08:00"));
        complete(task("Task_ReportFurther", accident), withVariables("reportedUpAt", "2026-03-04T16:10:00+08:00", "reportRecipient", "应急管理部"));
        complete(task("Task_HandOver", accident), withVariables("newTeamLeader", "government", "handoverNote", "由省政府组织调查"));

        assertThat(accident).hasPassed("EndEvent_ReportedFurther", "EndEvent_NewLeaderLeadsTeam").hasNotPassed("Task_NewLeaderDeclaresNoConflict")
                .isWaitingAt("Task_IssueSupervisionNotice");
        assertThat(documents.list(accident.getBusinessKey())).filteredOn(d -> d.kind().equals("ACCIDENT_INFO_REPORT")).hasSize(3);
    }

    @Test
    void shouldRecordA补报AfterTheWindowWithoutRegrading() {
        ProcessInstance accident = report(2, 0, 500_000.0, null, "2026-03-02T10:30:00+08:00");
        assertThat(accident).as("the forms show the loss in 万元").variables().containsEntry("directEconomicLossYuanText", "50万元");
        at("2026-04-02T09:00:00+08:00");

        correlateUpdate(accident, 3, 0, 650_000.0);

        assertThat(accident).variables().containsEntry("accidentGrade", "ORDINARY").containsEntry("deaths", 3).containsEntry("recordedDeaths", 2)
                .containsEntry("directEconomicLossYuan", 650_000.0).containsEntry("directEconomicLossYuanText", "65万元");
        assertThat(accident).hasPassed("EndEvent_RecordedOnly");
    }

    @Test
    void shouldCloseTheWindowForAFireAfterSevenDays() {
        ProcessInstance fire = report(2, 0, 500_000.0, "FIRE", "2026-03-02T10:30:00+08:00");
        at("2026-03-10T09:00:00+08:00");

        correlateUpdate(fire, 5, 0, 500_000.0);

        assertThat(fire).variables().containsEntry("supplementWindowDays", 7).containsEntry("accidentGrade", "ORDINARY");
        assertThat(fire).hasPassed("EndEvent_RecordedOnly").hasNotPassed("Rule_Regrade");
    }

    @Test
    void shouldKeepAGradeThatDoesNotRaiseTheInvestigation() {
        ProcessInstance accident = report(3, 0, 500_000.0, null, "2026-03-02T10:30:00+08:00");
        at("2026-03-05T09:00:00+08:00");

        correlateUpdate(accident, 4, 2, 600_000.0);

        assertThat(accident).hasPassed("Rule_Regrade", "EndEvent_Regraded").hasNotPassed("Task_HandOver").variables()
                .containsEntry("accidentGrade", "LARGER").containsEntry("investigationRaised", false);
    }

    @Test
    void shouldLetTheStateCouncilExtendTheReplyOfAnExtraordinaryAccidentOnceByAtMostThirtyDays() {
        ProcessInstance accident = report(30, 0, 1_000_000.0, null, "2026-03-02T10:30:00+08:00");
        assertThat(accident).variables().containsEntry("accidentGrade", "EXTRAORDINARY").containsEntry("investigationLevel", "STATE_COUNCIL")
                .containsEntry("replyDays", 30);
        reportUpAndAppointTheTeam(accident, 3);
        investigate(accident, "DRAFTED");
        for (Task signature : taskService.createTaskQuery().processInstanceId(accident.getId()).taskDefinitionKey("Task_SignReport").list()) {
            taskService.complete(signature.getId(), withVariables("agree", true));
        }
        complete(task("Task_SupervisorReview", accident), withVariables("supervisorApproved", true, "supervisorOpinion", "同意"));
        assertThat(task("Task_Reply", accident).getDueDate()).isEqualTo(date("2026-04-01T23:59:59+08:00"));

        assertThatThrownBy(() -> complete(task("Task_Reply", accident), withVariables("replyDecision", "EXTENDED", "replyExtensionDays", 31)))
                .hasMessageContaining("最长不超过 30 日");
        complete(task("Task_Reply", accident), withVariables("replyDecision", "EXTENDED", "replyExtensionDays", 30));
        assertThat(task("Task_Reply", accident).getDueDate()).isEqualTo(date("2026-05-01T23:59:59+08:00"));
        assertThatThrownBy(() -> complete(task("Task_Reply", accident), withVariables("replyDecision", "EXTENDED", "replyExtensionDays", 5)))
                .hasMessageContaining("已经延长过一次");
        complete(task("Task_Reply", accident), withVariables("replyDecision", "REPLIED", "replyNumber", "国函〔2026〕1号", "replyOpinion", "同意"));
        assertThat(accident).isWaitingAt("Task_TrackAccountability");
    }

    @Test
    void shouldFlagAReportMadeMoreThanAnHourAfterTheUnitHeadKnew() {
        at("2026-03-02T11:40:00+08:00");
        ProcessInstance late = report(1, 0, 100_000.0, null, "2026-03-02T11:30:00+08:00");

        assertThat(late).variables().containsEntry("lateReport", true);
    }

    @Test
    void shouldEscalateAnOverdueReportAndRefuseANegative补报() {
        ProcessInstance accident = report(1, 0, 100_000.0, null, "2026-03-02T10:30:00+08:00");
        reportUpAndAppointTheTeam(accident, 1);
        at("2026-05-02T09:00:00+08:00");

        execute(job("Timer_ReportOverdue", accident));
        complete(task("Task_ReportOverdue", accident), withVariables("overdueAction", "约谈调查组组长，限期 10 日内提交"));
        assertThatThrownBy(() -> correlateUpdate(accident, -1, 0, 0.0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不能为负数");
        assertThat(accident).hasPassed("EndEvent_OverdueHandled").variables().containsEntry("deaths", 1);
    }

    @Test
    void shouldOpenALicenceSanctionCaseWhenTheReplyNamesTheEnterpriseResponsibleAndProposesOne() {
        String number = "（鲁）JZ安许证字〔2024〕000406号";
        licenceRegister.register(Map.of("licenceNumber", number, "licenceType", "CONSTRUCTION", "enterpriseCreditCode", "91370406MA3C00002T",
                "enterpriseName", "山亭某建材有限公司", "jurisdiction", "370406", "validFrom", "2024-06-01", "validUntil", "2027-05-31"), "admin");
        ProcessInstance accident = report(1, 0, 800_000.0, null, "2026-03-02T10:30:00+08:00");
        reportUpAndAppointTheTeam(accident, 1);
        investigate(accident, "DRAFTED");
        signAndReview(accident);

        assertThatThrownBy(() -> complete(task("Task_Reply", accident), reply(null, "暂扣安全生产许可证 3 个月")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("安全生产许可证编号");
        assertThatThrownBy(() -> complete(task("Task_Reply", accident), reply("（鲁）JZ安许证字〔2024〕无此号", "暂扣 3 个月")))
                .as("the licence-sanction case refuses it, and the 批复 with it").hasMessageContaining("登记簿中没有");
        assertThat(accident).isWaitingAt("Task_Reply");
        complete(task("Task_Reply", accident), reply(number, "暂扣安全生产许可证 3 个月"));

        assertThat(accident).isWaitingAt("Task_TrackAccountability");
        ProcessInstance sanction = runtimeService.createProcessInstanceQuery().processDefinitionKey("licence-sanction")
                .variableValueEquals("licenceNumber", number).singleResult();
        assertThat(sanction.getBusinessKey()).startsWith("XKCF-370406-2026-");
        assertThat(runtimeService.getVariables(sanction.getId())).containsEntry("sanctionSource", "ACCIDENT")
                .containsEntry("sourceCaseNumber", accident.getBusinessKey()).containsEntry("enterpriseCreditCode", "91370406MA3C00002T")
                .hasEntrySatisfying("sourceDescription", text -> assertThat((String) text).contains("山政字〔2026〕21号").contains("暂扣安全生产许可证 3 个月"));
        assertThat(caseLinks.of(accident.getBusinessKey())).extracting(CaseLinks.Link::otherCase, CaseLinks.Link::label)
                .containsExactly(tuple(sanction.getBusinessKey(), "提请暂扣或吊销安全生产许可证"));
        assertThat(Http.as(port, "auditor", "demo").get("/api/audit/cases/" + accident.getBusinessKey() + "/timeline").json())
                .anySatisfy(event -> assertThat(event.path("description").asText()).isEqualTo("提请暂扣或吊销安全生产许可证：" + sanction.getBusinessKey()));
        assertThat(Http.as(port, "auditor", "demo").get("/api/audit/cases/" + sanction.getBusinessKey() + "/timeline").json())
                .anySatisfy(event -> assertThat(event.path("description").asText()).isEqualTo("暂扣吊销所依据的案件：" + accident.getBusinessKey()));
        assertThat(sanction).isWaitingAt("Task_Propose");
    }

    private static Map<String, Object> reply(String licenceNumber, String proposal) {
        Map<String, Object> values = withVariables("replyDecision", "REPLIED", "replyNumber", "山政字〔2026〕21号", "replyOpinion", "同意调查报告",
                "licenceSanctionProposed", true, "licenceSanctionProposal", proposal);
        if (licenceNumber != null) {
            values.put("sanctionLicenceNumber", licenceNumber);
        }
        return values;
    }

    // ---- the story so far

    @SuppressWarnings("unchecked")
    private void reportUpAndAppointTheTeam(ProcessInstance accident, int levels) {
        for (int i = 0; i < levels; i++) {
            if (i > 0) {
                assertThat(task("Task_ReportUp", accident).getDueDate()).as("the next level's two hours run from when the last one received it")
                        .isEqualTo(date("2026-03-02T12:35:00+08:00"));
            }
            complete(task("Task_ReportUp", accident), withVariables("reportedUpAt", "2026-03-02T10:35:00+08:00", "reportRecipient", "上级应急管理局",
                    "notifiedGovernment", true, "notifiedPolice", true, "notifiedHumanResources", true, "notifiedUnion", true, "notifiedProcuratorate", true));
        }
        complete(task("Task_IssueSupervisionNotice", accident), withVariables("supervisionItems", "依法依规查明原因、严肃追责", "supervisionDeadline", "2026-05-30",
                "supervisionLifting", "调查报告批复、责任追究落实后解除"));
        signOff(accident, "Task_PublishSupervision");
        assertThat((List<Object>) taskService.getVariableLocal(task("Task_AppointTeam", accident).getId(), "userOptions"))
                .as("the team form offers the users to choose from").contains(Map.of("label", "事故调查组（演示）（investigation-team）",
                        "value", "investigation-team"));
        complete(task("Task_AppointTeam", accident), withVariables("teamLeader", "investigation-team", "teamMembers", "accident-officer、investigation-team",
                "teamUnits", "区政府、应急管理局、住建局、监察委、公安分局、总工会"));
        assertThat(runtimeService.getVariable(accident.getId(), "teamMembers")).isEqualTo(List.of("accident-officer", "investigation-team"));
        assertThat(runtimeService.getVariable(accident.getId(), "teamMembersText")).as("the forms name the team by name")
                .isEqualTo("事故调查统计员（演示）（accident-officer）、事故调查组（演示）（investigation-team）");
        for (Task declaration : taskService.createTaskQuery().processInstanceId(accident.getId()).taskDefinitionKey("Task_DeclareNoConflict").list()) {
            taskService.complete(declaration.getId(), withVariables("noConflict", true));
        }
        assertThat(accident).isWaitingAt("Task_Investigate").task().isAssignedTo("investigation-team");
    }

    private void investigate(ProcessInstance accident, String step) {
        Map<String, Object> values = withVariables("investigationStep", step, "progressNote", "现场勘验、询问笔录已完成");
        if (step.equals("TRANSFER")) {
            values.put("transferNote", "施工单位项目经理涉嫌重大责任事故罪，已移送公安机关");
        }
        if (step.equals("DRAFTED")) {
            values.putAll(withVariables("companyOverview", "山亭某建材有限公司成立于 2015 年……", "accidentProcess", "3 月 2 日 10 时许……",
                    "casualtiesAndLosses", "见上", "causesAndNature", "违章指挥，生产安全责任事故", "responsibility", "建议对项目经理移送司法机关……",
                    "preventiveMeasures", "完善脚手架验收制度；山亭某建材有限公司；2026-06-30\n开展建筑施工专项整治；区住建局；2026-09-30",
                    "handlingProposals", "行政处罚；山亭某建材有限公司；处 50 万元罚款",
                    "technicalSpecial", "脚手架连墙件设置不符合 JGJ 130 要求"));
        }
        complete(task("Task_Investigate", accident), values);
    }

    private void signAndReply(ProcessInstance accident) {
        signAndReview(accident);
        assertThatThrownBy(() -> complete(task("Task_Reply", accident), withVariables("replyDecision", "EXTENDED", "replyExtensionDays", 10)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("只有特别重大事故的批复时间可以延长");
        complete(task("Task_Reply", accident), withVariables("replyDecision", "REPLIED", "replyNumber", "山政字〔2026〕20号", "replyOpinion", "同意调查报告"));
        assertThat(accident).isWaitingAt("Task_TrackAccountability").task().hasCandidateGroup("enforcement-officer")
                .hasName("落实责任追究：行政处罚（山亭某建材有限公司）");
    }

    private void signAndReview(ProcessInstance accident) {
        for (Task signature : taskService.createTaskQuery().processInstanceId(accident.getId()).taskDefinitionKey("Task_SignReport").list()) {
            taskService.complete(signature.getId(), withVariables("agree", true));
        }
        complete(task("Task_SupervisorReview", accident), withVariables("supervisorApproved", true, "supervisorOpinion", "同意"));
        assertThat(accident).isWaitingAt("Task_Reply").task().hasCandidateGroup("government");
    }

    private ProcessInstance report(int deaths, int injuries, double loss, String industry, String reportedAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", "370406");
        variables.put("enterpriseName", "山亭某建材有限公司");
        variables.put("enterpriseCreditCode", "91370406MA3C00002T");
        variables.put("occurredAt", OCCURRED);
        variables.put("reportedAt", reportedAt);
        variables.put("deaths", deaths);
        variables.put("seriousInjuries", injuries);
        variables.put("directEconomicLossYuan", loss);
        variables.put("accidentSummary", "脚手架坍塌");
        if (industry != null) {
            variables.put("industry", industry);
        }
        ProcessInstance accident = runtimeService.startProcessInstanceByKey("accident-investigation", variables);
        assertThat(accident.getBusinessKey()).startsWith("SG-370406-2026-");
        return accident;
    }

    private void correlateUpdate(ProcessInstance accident, int deaths, int injuries, double loss) {
        runtimeService.createMessageCorrelation("accident-casualty-update").processInstanceBusinessKey(accident.getBusinessKey())
                .setVariable("deaths", deaths).setVariable("seriousInjuries", injuries).setVariable("directEconomicLossYuan", loss)
                .correlate();
    }

    private Task signatureOf(ProcessInstance accident, String member) {
        return taskService.createTaskQuery().processInstanceId(accident.getId()).taskDefinitionKey("Task_SignReport")
                .taskAssignee(member).singleResult();
    }




    private List<Notice> publishedOf(ProcessInstance accident) {
        return notices.ofCase(accident.getBusinessKey()).stream().filter(Notice::isPublic).toList();
    }
}
