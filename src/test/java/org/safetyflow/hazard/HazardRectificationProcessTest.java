package org.safetyflow.hazard;

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
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.disclosure.Notice;
import org.safetyflow.disclosure.Notices;
import org.safetyflow.input.InvalidInputException;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 重大事故隐患治理挂牌督办, step by step as 安全生产法 §41, §65, §102, §112, §113 and 国发〔2010〕23号 lay
 * it out. The engine's clock starts on Monday 2026-11-02 09:00 in Shanghai; timers are fired by hand.
 */
@EngineTest
class HazardRectificationProcessTest {

    static final String CREDIT_CODE = "91370405MA3C000019";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Notices notices;
    @Autowired
    CaseDocuments documents;

    @BeforeEach
    void startTheClock() {
        BpmnAwareTests.init(processEngine);
        at("2026-11-02T09:00:00+08:00");
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldCloseAnOrdinaryHazardOnlyOnceTheRecheckFindsItRectified() {
        ProcessInstance hazard = report();
        assertThat(hazard).isWaitingAt("Task_Register").task().hasCandidateGroup("hazard-officer")
                .hasDueDate(date("2026-11-05T23:59:59+08:00"));
        complete(task("Task_Register", hazard), registration(false));
        complete(task("Task_Grade", hazard), grading("ORDINARY", "2026-11-09"));

        assertThat(hazard).isWaitingAt("Task_RectifyOrdinary").task().hasCandidateGroup("enterprise-" + CREDIT_CODE.toLowerCase())
                .hasDueDate(date("2026-11-09T23:59:59+08:00"));
        complete(task("Task_RectifyOrdinary", hazard), withVariables("rectificationMeasures", "更换损坏的防护栏", "rectifiedAt", "2026-11-02T08:00:00+08:00"));
        complete(task("Task_RecheckOrdinary", hazard), withVariables("recheckPassed", false, "recheckOpinion", "防护栏高度不足 1.2 米"));
        assertThat(hazard).isWaitingAt("Task_RectifyOrdinary");
        complete(task("Task_RectifyOrdinary", hazard), withVariables("rectificationMeasures", "防护栏加高至 1.2 米", "rectifiedAt", "2026-11-02T08:30:00+08:00"));
        complete(task("Task_RecheckOrdinary", hazard), withVariables("recheckPassed", true, "recheckOpinion", "整改到位"));

        assertThat(hazard).isEnded().hasPassed("EndEvent_OrdinaryClosed").variables()
                .containsEntry("hazardGrade", "ORDINARY").containsEntry("listed", false).containsEntry("outcome", "ORDINARY_CLOSED");
        assertThat(documents.list(hazard.getBusinessKey())).extracting(CaseDocument::kind)
                .containsExactly("HAZARD_REGISTRATION", "HAZARD_GRADING", "RECTIFICATION_REPORT", "RECHECK_OPINION",
                        "RECTIFICATION_REPORT", "RECHECK_OPINION");
    }

    @Test
    void shouldAskTheExpertsFirstWhenTheOfficerRequestsIt() {
        ProcessInstance hazard = report();
        complete(task("Task_Register", hazard), registration(true));

        assertThat(hazard).isWaitingAt("Task_ExpertGrading").task().hasCandidateGroup("expert");
        complete(task("Task_ExpertGrading", hazard), withVariables("suggestedGrade", "MAJOR", "expertOpinion", "符合工贸判定标准第四条第（三）项"));
        assertThat(hazard).isWaitingAt("Task_Grade");
    }

    @Test
    void shouldListAMajorHazardAndCloseItAfterTheSecondRecheck() {
        ProcessInstance hazard = listedMajorHazard();
        assertThat(hazard).variables().containsEntry("listed", true).containsEntry("shutdown", true)
                .containsEntry("listingLevel", "CITY").containsEntry("listingAuthority", "枣庄市安全生产委员会");
        assertThat(publishedOf(hazard)).extracting(Notice::title, Notice::jurisdiction)
                .as("published in the name of the listing 安委会's jurisdiction (市级: 枣庄市)")
                .containsExactly(tuple("关于对台儿庄某化工有限公司重大事故隐患实施挂牌督办的公告", "370400"));

        // 五落实 plan: returned once, then approved.
        complete(task("Task_SubmitPlan", hazard), plan());
        assertThat(hazard).as("the reviewer's form shows the plan's time limit as a day").variables().containsEntry("planDeadlineText", "2027年1月20日");
        complete(task("Task_ReviewPlan", hazard), withVariables("planApproved", false, "planReviewOpinion", "应急预案未明确疏散路线"));
        assertThat(hazard).isWaitingAt("Task_SubmitPlan");
        assertThat(taskService.getVariable(task("Task_SubmitPlan", hazard).getId(), "planDeadline"))
                .as("the returned plan's form shows its 治理时限 as a day field takes it").isEqualTo("2027-01-20");
        complete(task("Task_SubmitPlan", hazard), plan());
        assertThat(runtimeService.getVariable(hazard.getId(), "planDeadline")).isEqualTo(date("2027-01-20T23:59:59+08:00"));
        complete(task("Task_ReviewPlan", hazard), withVariables("planApproved", true, "planReviewOpinion", "同意"));
        assertThat(hazard).isWaitingAt("Task_Rectify", "Task_OnSiteCheck");

        // Two progress reports, 30 days apart; one on-site check in between.
        at("2026-12-03T09:00:00+08:00");
        fire(hazard, "Timer_Progress");
        complete(task("Task_ProgressReport", hazard), progress(40));
        complete(task("Task_OnSiteCheck", hazard), withVariables("checkedAt", "2026-12-03T08:00:00+08:00", "checkFindings", "新建泄漏报警装置正在安装"));
        assertThat(hazard).isWaitingAt("Task_Rectify", "Task_OnSiteCheck");
        assertThat(task("Task_OnSiteCheck", hazard).getDueDate()).as("the next check is due by the rectification deadline")
                .isEqualTo(runtimeService.getVariable(hazard.getId(), "rectificationDeadline"));
        at("2027-01-02T09:00:00+08:00");
        fire(hazard, "Timer_Progress");
        complete(task("Task_ProgressReport", hazard), progress(90));

        // Applies for 销号; the first recheck fails, the second passes.
        complete(task("Task_Rectify", hazard), closingApplication());
        assertThat(hazard).isWaitingAt("Task_Recheck").task().hasCandidateGroup("safety-committee-office")
                .hasDueDate(date("2027-01-12T23:59:59+08:00"));
        complete(task("Task_Recheck", hazard), withVariables("recheckPassed", false, "recheckOpinion", "报警装置未与紧急切断联锁"));
        assertThat(hazard).isWaitingAt("Task_Rectify", "Task_OnSiteCheck").variables().containsEntry("listed", true);
        complete(task("Task_Rectify", hazard), closingApplication());
        complete(task("Task_Recheck", hazard), withVariables("recheckPassed", true, "recheckOpinion", "联锁已投用，复查合格"));
        signOff(hazard, "Task_PublishDelisting");

        assertThat(hazard).isEnded().hasPassed("Task_Delist", "Task_PublishDelisting", "EndEvent_Delisted", "EndEvent_CaseClosed")
                .hasNotPassed("Task_Interview").variables()
                .containsEntry("listed", false).containsEntry("shutdown", false).containsEntry("outcome", "DELISTED");
        assertThat(publishedOf(hazard)).extracting(Notice::title).containsExactly(
                "关于对台儿庄某化工有限公司重大事故隐患实施挂牌督办的公告", "关于台儿庄某化工有限公司重大事故隐患销号的公告");
        assertThat(documents.list(hazard.getBusinessKey())).extracting(CaseDocument::kind).contains(
                "SITE_MEASURES", "MAJOR_HAZARD_REPORT", "WORKERS_REPORT", "LISTING_NOTICE", "GOVERNANCE_PLAN", "PLAN_REVIEW",
                "PROGRESS_REPORT", "ONSITE_CHECK", "ASSESSMENT_REPORT", "RECHECK_OPINION", "DELISTING_NOTICE");
        // Listed (at city level) and delisted by 枣庄市's 安委会, under its 文号 register, not the county's.
        assertThat(documents.list(hazard.getBusinessKey())).filteredOn(d -> d.kind().endsWith("LISTING_NOTICE")).hasSize(2)
                .extracting(CaseDocument::number).allMatch(number -> number.startsWith("枣安委办"));
    }

    @Test
    void shouldEscalateStepByStepWhenTheDeadlinePassesWithoutAnApplication() {
        ProcessInstance hazard = listedMajorHazard();
        complete(task("Task_SubmitPlan", hazard), plan());
        complete(task("Task_ReviewPlan", hazard), withVariables("planApproved", true, "planReviewOpinion", "同意"));

        at("2027-02-01T09:00:00+08:00");
        fire(hazard, "Timer_RectificationDeadline");
        assertThat(hazard).isWaitingAt("Task_Rectify", "Task_OnSiteCheck", "Task_Interview")
                .task("Task_Interview").hasCandidateGroup("bureau-head");
        complete(task("Task_Interview", hazard), withVariables("interviewedAt", "2027-02-01T08:30:00+08:00", "interviewRecord", "约谈主要负责人，承诺 10 日内完成"));

        at("2027-02-22T09:00:00+08:00");
        fire(hazard, "Timer_BeforeExposure");
        signOff(hazard, "Task_Exposure");
        assertThat(publishedOf(hazard)).extracting(Notice::title).contains("台儿庄某化工有限公司重大事故隐患逾期未完成治理的曝光");
        at("2027-03-09T09:00:00+08:00");
        fire(hazard, "Timer_BeforeEscalation");
        assertThatThrownBy(() -> complete(task("Task_EscalatedSupervision", hazard), withVariables("escalatedLevel", "CITY", "escalationNote", "继续督办")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("提级督办层级（市级）须高于原挂牌督办层级（市级）");
        complete(task("Task_EscalatedSupervision", hazard), withVariables("escalatedLevel", "PROVINCE", "escalationNote", "提请省安委会督办"));
        assertThat(hazard).as("from now on the province's committee supervises, rechecks and delists").variables()
                .containsEntry("listingLevel", "PROVINCE").containsEntry("listingJurisdiction", "370000")
                .containsEntry("listingAuthority", "山东省安全生产委员会");
        assertThat(documents.list(hazard.getBusinessKey())).filteredOn(d -> d.kind().equals("ESCALATION_NOTICE")).singleElement()
                .as("the 提级督办通知 is the province's committee's, in its register").extracting(CaseDocument::number).asString()
                .matches("鲁安委办督〔2027〕\\d+号");
        at("2027-03-24T09:00:00+08:00");
        fire(hazard, "Timer_BeforeReferral");
        complete(task("Task_EnforcementReferral", hazard), withVariables("enforcementDecision", "CONTINUE", "enforcementNote", "责令停产停业整顿，移送按日连续处罚"));
        at("2027-04-08T09:00:00+08:00");
        fire(hazard, "Timer_BeforeReferral");
        complete(task("Task_EnforcementReferral", hazard), withVariables("enforcementDecision", "PROPOSE_CLOSURE", "enforcementNote", "不具备安全生产条件，提请关闭"));

        assertThat(hazard).isEnded().hasPassed("Task_Interview", "Task_Exposure", "Task_EscalatedSupervision", "EndEvent_ClosureProposed")
                .hasNotPassed("Task_Delist").variables().containsEntry("outcome", "CLOSURE_PROPOSED");
    }

    @Test
    void shouldRefuseToResumeProductionWhileTheHazardIsListed() {
        ProcessInstance hazard = listedMajorHazard();
        complete(task("Task_SubmitPlan", hazard), plan());
        complete(task("Task_ReviewPlan", hazard), withVariables("planApproved", true, "planReviewOpinion", "同意"));
        at("2026-12-03T09:00:00+08:00");
        fire(hazard, "Timer_Progress");

        Map<String, Object> resumed = progress(60);
        resumed.put("productionStatus", "RESUMED");
        assertThatThrownBy(() -> complete(task("Task_ProgressReport", hazard), resumed))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("停产停业整改期间不得恢复生产");
        assertThat(hazard).isWaitingAt("Task_ProgressReport");
    }

    @Test
    void shouldRefuseAPlanThatLacksAnyOfTheFiveItems() {
        ProcessInstance hazard = listedMajorHazard();
        for (String item : List.of("planResponsiblePerson", "planMeasures", "planFundsYuan", "planDeadline", "planContingency")) {
            Map<String, Object> incomplete = plan();
            incomplete.remove(item);

            assertThatThrownBy(() -> complete(task("Task_SubmitPlan", hazard), incomplete)).as(item)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("缺少必填项").hasMessageContaining(item);
        }
        assertThatThrownBy(() -> complete(task("Task_SubmitPlan", hazard), with(plan(), "planFundsYuan", -5000.0)))
                .hasMessageContaining("不能为负数");
        assertThatThrownBy(() -> complete(task("Task_SubmitPlan", hazard), with(plan(), "planDeadline", "2026-10-01")))
                .hasMessageContaining("不能早于当前时间");
        assertThatThrownBy(() -> complete(task("Task_SubmitPlan", hazard), with(plan(), "planDeadline", "2027-06-30")))
                .hasMessageContaining("不能晚于挂牌督办的整改期限（2027年1月31日）");
        assertThat(hazard).isWaitingAt("Task_SubmitPlan");
        assertThat(documents.list(hazard.getBusinessKey())).extracting(CaseDocument::kind).doesNotContain("GOVERNANCE_PLAN");
    }

    @Test
    void shouldRefuseAStandardOfAnotherIndustry() {
        ProcessInstance hazard = report();
        complete(task("Task_Register", hazard), registration(false));

        assertThatThrownBy(() -> complete(task("Task_Grade", hazard), with(grading("MAJOR", null), "gradingStandard", "STD_COAL_MINE")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("与隐患所属行业（化工和危险化学品）不符");
    }

    // ---- the story so far

    private ProcessInstance listedMajorHazard() {
        ProcessInstance hazard = report();
        complete(task("Task_Register", hazard), registration(false));
        complete(task("Task_Grade", hazard), grading("MAJOR", null));
        complete(task("Task_ImmediateMeasures", hazard), withVariables("evacuated", true, "cordoned", true, "shutdown", true, "shutdownScope", "PARTIAL",
                "peopleAtRisk", 12, "estimatedCostYuan", 350000.0, "crossJurisdiction", false));
        assertThat(hazard).isWaitingAt("Task_ReportToDepartment", "Task_ReportToWorkers");
        complete(task("Task_ReportToDepartment", hazard), withVariables("currentSituation", "二号液氨储罐区未设置泄漏报警装置", "causes", "设计缺陷",
                "harmAndDifficulty", "泄漏可致中毒，整改需停用储罐", "planOutline", "增设报警并与紧急切断联锁"));
        complete(task("Task_ReportToWorkers", hazard), withVariables("workersMeetingAt", "2026-11-02T08:00:00+08:00", "workersMeetingSummary", "职工代表同意停产整改"));
        assertThat(hazard).isWaitingAt("Task_IssueListingNotice").variables().as("the listing notice's form shows the cost in 万元")
                .containsEntry("estimatedCostYuanText", "35万元");
        complete(task("Task_IssueListingNotice", hazard), withVariables("supervisionItems", "增设泄漏报警并联锁", "rectificationDeadline", "2027-01-31",
                "liftingConditions", "评估合格并经复查后销号"));
        assertThat(hazard).as("the 机关负责人 signs the listing notice off before it is public")
                .isWaitingAt("Task_PublishListing").task().hasCandidateGroup("bureau-head");
        assertThat(publishedOf(hazard)).isEmpty();
        signOff(hazard, "Task_PublishListing");
        assertThat(hazard).isWaitingAt("Task_SubmitPlan");
        return hazard;
    }

    private ProcessInstance report() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", "370405");
        variables.put("enterpriseName", "台儿庄某化工有限公司");
        variables.put("enterpriseCreditCode", CREDIT_CODE);
        variables.put("hazardDescription", "二号液氨储罐区未设置可燃有毒气体泄漏报警装置");
        variables.put("hazardSource", "INSPECTION");
        variables.put("discoveredAt", "2026-11-01T15:00:00+08:00");
        ProcessInstance hazard = runtimeService.startProcessInstanceByKey("hazard-rectification", variables);
        assertThat(hazard.getBusinessKey()).startsWith("YH-370405-2026-");
        return hazard;
    }

    private static Map<String, Object> registration(boolean experts) {
        return withVariables("location", "二号液氨储罐区", "industry", "CHEMICAL", "attachmentIds", "IMG-0001, IMG-0002",
                "expertGradingRequested", experts);
    }

    private static Map<String, Object> grading(String grade, String dueDate) {
        Map<String, Object> values = withVariables("hazardGrade", grade, "gradingStandard", "STD_CHEMICAL", "gradingClause", "第十三条",
                "gradingReason", "涉及重点监管危险化学品的储罐区未设置泄漏报警");
        if (dueDate != null) {
            values.put("rectificationDueDate", dueDate);
        }
        return values;
    }

    private static Map<String, Object> plan() {
        return withVariables("planResponsiblePerson", "张三（总经理）", "planMeasures", "增设泄漏报警并与紧急切断阀联锁", "planFundsYuan", 350000.0,
                "planDeadline", "2027-01-20", "planContingency", "治理期间储罐停用倒空，设专人监护，配备正压式空气呼吸器");
    }

    private static Map<String, Object> progress(int percent) {
        return withVariables("progressSummary", "报警装置安装完成 " + percent + "%", "progressPercent", percent, "productionStatus", "STOPPED");
    }

    private static Map<String, Object> closingApplication() {
        return withVariables("assessmentBy", "EVALUATION_AGENCY", "assessmentSummary", "治理措施落实，具备复产条件", "assessmentReportId", "PJ-2027-003",
                "closingApplication", "申请销号并恢复生产");
    }

    // ---- helpers


    private void fire(ProcessInstance hazard, String timer) {
        Job job = job(timer, hazard);
        assertThat(job.getDuedate()).as(timer + " is due").isBeforeOrEqualTo(ClockUtil.getCurrentTime());
        execute(job);
    }

    private List<Notice> publishedOf(ProcessInstance hazard) {
        return notices.ofCase(hazard.getBusinessKey()).stream().filter(Notice::isPublic).toList();
    }


    private static Map<String, Object> with(Map<String, Object> values, String name, Object value) {
        values.put(name, value);
        return values;
    }
}
