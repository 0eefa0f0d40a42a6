package org.safetyflow.simultaneity;

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
import org.safetyflow.disclosure.Notice;
import org.safetyflow.disclosure.Notices;
import org.safetyflow.input.InvalidInputException;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/** 建设项目安全设施“三同时”, path by path, with the statutory time limits pinned (36号令; 安全生产法§31–§34, §98). */
@EngineTest
class ThreeSimultaneitiesProcessTest {

    static final String KEY = "three-simultaneities-review";

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    CaseDocuments documents;
    @Autowired
    Notices notices;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        at("2026-03-02T09:00:00+08:00");
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void shouldReviewTheDesignWithinItsLimitsAndCompleteAProjectDrawnForTheSpotCheck() {
        ProcessInstance project = start("HAZARDOUS_CHEMICALS", "枣发改审批〔2026〕12号");
        assertThat(project.getBusinessKey()).startsWith("STS-370405-2026-");
        assertThat(project).variables().containsEntry("projectStatus", "REGISTERED").containsEntry("preEvaluationRequired", true)
                .containsEntry("designReviewMode", "GOVERNMENT_REVIEW").containsEntry("evaluationKindLabel", "安全预评价报告");
        assertThat(project).isWaitingAt("Task_SafetyEvaluation", "Task_OccupationalPreEvaluation")
                .task("Task_SafetyEvaluation").hasCandidateGroup("enterprise-91370405ma3c000019");

        preEvaluation(project);
        assertThat(project).isWaitingAt("Task_ConditionReview").task("Task_ConditionReview").hasCandidateGroup("project-reviewer");
        complete(task("Task_ConditionReview", project), withVariables("conditionApproved", false,
                "conditionReviewOpinion", "储罐区与居民区防护距离不足，重新论证"));
        assertThat(project).as("refused: the builder argues its conditions again").isWaitingAt("Task_SafetyEvaluation", "Task_OccupationalPreEvaluation");
        preEvaluation(project);
        complete(task("Task_ConditionReview", project), withVariables("conditionApproved", true,
                "conditionReviewNumber", "枣应急危化项目审字〔2026〕3号", "conditionReviewOpinion", "同意"));
        apply(project);
        assertThat(task("Task_DesignAcceptance", project).getDueDate()).as("受理 within 5 working days")
                .isEqualTo(date("2026-03-09T23:59:59+08:00"));
        complete(task("Task_DesignAcceptance", project), withVariables("designAccepted", true, "acceptanceOpinion", "材料齐全，予以受理"));
        assertThat(task("Task_DesignReview", project).getDueDate()).as("decided within 20 working days of 受理")
                .isEqualTo(date("2026-03-30T23:59:59+08:00"));
        approveDesign(project);
        assertThat(project).variables().containsEntry("projectStatus", "UNDER_CONSTRUCTION").containsEntry("designApproved", true);
        assertThat(project).as("the approval waits for the head's sign-off to be public; construction does not wait")
                .isWaitingAt("Task_PublishDesignApproval", "Task_ConstructionReport", "Task_SiteCheck", "Task_OccupationalPreEvaluation")
                .task("Task_PublishDesignApproval").hasCandidateGroup("bureau-head");
        signOff(project, "Task_PublishDesignApproval");
        assertThat(notices.ofCase(project.getBusinessKey())).extracting(Notice::title)
                .containsExactly("年产 5 万吨精细化工中间体项目安全设施设计审查结果公示");
        assertThat(notices.ofCase(project.getBusinessKey()).get(0).body()).contains("枣发改审批〔2026〕12号").contains("审查通过");

        build(project);
        trialRun(project, 60);
        long seed = seedThatDraws(project, true);
        acceptance(project);
        occupational(project, "GENERAL");

        assertThat(project).isWaitingAt("Task_SpotCheck").variables().containsEntry("spotCheckSelected", true)
                .containsEntry("spotCheckSeed", seed).containsEntry("spotCheckPercent", 10);
        at("2026-10-21T09:00:00+08:00");
        complete(task("Task_SpotCheck", project), withVariables("spotCheckedAt", "2026-10-20T10:00:00+08:00",
                "spotCheckInspectors", "张明、李华", "spotCheckPassed", true, "spotCheckOpinion", "安全设施已同时投入使用"));
        assertThat(project).isEnded().hasPassed("EndEvent_Complete").variables()
                .containsEntry("projectStatus", "COMPLETE").containsEntry("outcome", "COMPLETE");
        assertThat(documents.list(project.getBusinessKey())).extracting(CaseDocument::kind).contains(
                "SAFETY_EVALUATION", "CONDITION_REVIEW", "DESIGN_APPLICATION", "DESIGN_ACCEPTANCE", "DESIGN_REVIEW", "SITE_CHECK",
                "CONSTRUCTION_REPORT", "TRIAL_RUN_PLAN", "COMPLETION_ACCEPTANCE", "OCCUPATIONAL_ACCEPTANCE", "SPOT_CHECK_DRAW",
                "SPOT_CHECK_OPINION");
        // Issued to the builder under a 文号: the refused 安全条件审查意见书 from the register, the passed one under the number the
        // reviewer entered, the 受理通知书 and the 设计审查意见书 from theirs.
        assertThat(documents.list(project.getBusinessKey())).filteredOn(d -> d.kind().equals("CONDITION_REVIEW")).extracting(CaseDocument::number)
                .hasSize(2).first().asString().matches("台应急危审〔\\d{4}〕\\d+号");
        assertThat(documents.list(project.getBusinessKey())).filteredOn(d -> d.kind().equals("CONDITION_REVIEW")).extracting(CaseDocument::number)
                .last().isNull();
        assertThat(documents.list(project.getBusinessKey())).filteredOn(d -> d.kind().equals("DESIGN_ACCEPTANCE") || d.kind().equals("DESIGN_REVIEW"))
                .extracting(CaseDocument::kind, d -> d.number().replaceAll("\\d", "9")).contains(
                        tuple("DESIGN_ACCEPTANCE", "台应急设受〔9999〕9号"), tuple("DESIGN_REVIEW", "台应急设审〔9999〕9号"));
    }

    @Test
    void shouldRefuseADesignWithoutItsProjectApprovalAndReviewItAgainWhenTheBuilderReapplies() {
        ProcessInstance project = start("NON_COAL_MINE", null);
        preEvaluation(project);
        assertThat(project).as("no 安全条件审查 but for hazardous chemicals").isWaitingAt("Task_DesignApplication");
        apply(project);
        complete(task("Task_DesignAcceptance", project), withVariables("designAccepted", true, "acceptanceOpinion", "予以受理"));
        approveDesign(project);

        assertThat(project).isWaitingAt("Task_DesignRefused").variables().containsEntry("projectStatus", "DESIGN_REFUSED")
                .containsEntry("designApproved", false).containsEntry("designRefusalGrounds", "NO_PROJECT_APPROVAL");
        assertThat((String) runtimeService.getVariable(project.getId(), "designReviewReason")).contains("未取得立项审批、核准或备案文件");
        complete(task("Task_DesignRefused", project), withVariables("reapply", true));
        complete(task("Task_DesignApplication", project), withVariables("designUnit", "山东某设计院", "designUnitQualification", "A137000001",
                "designDocumentIds", "SJ-2026-007", "preEvaluationAdviceResponse", "全部采纳", "projectApprovalNumber", "枣发改核准〔2026〕8号"));
        complete(task("Task_DesignAcceptance", project), withVariables("designAccepted", true, "acceptanceOpinion", "予以受理"));
        approveDesign(project);
        assertThat(project).isWaitingAt("Task_ConstructionReport", "Task_SiteCheck").variables().containsEntry("designApproved", true);
    }

    @Test
    void shouldEndTheCaseWhenTheBuilderGivesUpAfterARefusal() {
        ProcessInstance project = start("METAL_SMELTING", "文号");
        preEvaluation(project);
        apply(project);
        complete(task("Task_DesignAcceptance", project), withVariables("designAccepted", false, "acceptanceOpinion", "缺设计专篇图纸，请一次补正"));
        assertThat(project).as("not accepted: the builder corrects and applies again").isWaitingAt("Task_DesignApplication");
        apply(project);
        complete(task("Task_DesignAcceptance", project), withVariables("designAccepted", true, "acceptanceOpinion", "予以受理"));
        complete(task("Task_DesignReview", project), withVariables("reviewAction", "DECIDE", "reviewExperts", "王工、赵工",
                "expertOpinion", "设计不符合 GB 50016", "partiesQualified", true, "meetsStandards", false,
                "preEvaluationAdviceHandled", true, "reviewOpinion", "不予通过"));
        complete(task("Task_DesignRefused", project), withVariables("reapply", false));

        assertThat(project).isEnded().hasPassed("EndEvent_Abandoned").variables()
                .containsEntry("outcome", "DESIGN_REFUSED").containsEntry("projectStatus", "DESIGN_REFUSED");
    }

    @Test
    void shouldCountAnUnansweredApplicationAsAcceptedAndExtendTheReviewOnceWithTheHeadsApproval() {
        ProcessInstance project = start("FIREWORKS", "文号");
        preEvaluation(project);
        apply(project);
        assertThat(job("Timer_AcceptanceLapsed", project).getDuedate()).isEqualTo(date("2026-03-09T23:59:59+08:00"));
        at("2026-03-10T09:00:00+08:00");
        execute(job("Timer_AcceptanceLapsed", project));
        assertThat(project).hasPassed("Event_DeemedAccepted").isWaitingAt("Task_DesignReview");
        assertThat(task("Task_DesignReview", project).getDueDate()).as("20 working days from the application")
                .isEqualTo(date("2026-03-30T23:59:59+08:00"));

        complete(task("Task_DesignReview", project), withVariables("reviewAction", "REQUEST_EXTENSION", "extensionReason", "需补充专家论证"));
        assertThat(project).isWaitingAt("Task_ExtensionApproval").task("Task_ExtensionApproval").hasCandidateGroup("bureau-head");
        complete(task("Task_ExtensionApproval", project), withVariables("extensionApproved", true, "extensionOpinion", "同意延长"));
        assertThat(task("Task_DesignReview", project).getDueDate()).as("+10 working days").isEqualTo(date("2026-04-14T23:59:59+08:00"));
        assertThatThrownBy(() -> complete(task("Task_DesignReview", project),
                withVariables("reviewAction", "REQUEST_EXTENSION", "extensionReason", "再延")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("已延长过一次");

        at("2026-04-15T09:00:00+08:00");
        execute(job("Timer_ReviewOverdue", project));
        assertThat(project).isWaitingAt("Task_DesignReview", "Task_ReviewOverdue").task("Task_ReviewOverdue").hasCandidateGroup("bureau-head");
        complete(task("Task_ReviewOverdue", project), withVariables("overdueAction", "责成审批科三日内办结"));
        assertThat(project).hasPassed("EndEvent_OverdueHandled").isWaitingAt("Task_DesignReview");
        approveDesign(project);
        assertThat(project).hasPassed("EndEvent_Decided").isWaitingAt("Task_PublishDesignApproval", "Task_ConstructionReport");
    }

    @Test
    void shouldFileASelfReviewedDesignStopConstructionNotBuiltToItAndResumeAfterTheRecheck() {
        ProcessInstance project = start("OTHER", null);
        assertThat(project).variables().containsEntry("preEvaluationRequired", false).containsEntry("designReviewMode", "SELF_REVIEW_ON_RECORD");
        fileTheDesign(project, "AQTJ-2026-01");
        assertThat(project).isWaitingAt("Task_ConstructionReport", "Task_SiteCheck").variables().containsEntry("projectStatus", "UNDER_CONSTRUCTION");

        assertThatThrownBy(() -> complete(task("Task_SiteCheck", project), withVariables("checkedAt", "2026-03-02T08:00:00+08:00",
                "inspectors", "张明", "builtToDesign", true, "checkFindings", "一人检查")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("两名以上");
        complete(task("Task_SiteCheck", project), withVariables("checkedAt", "2026-03-02T08:00:00+08:00",
                "inspectors", "张明、李华", "builtToDesign", false, "checkFindings", "泄爆口未按设计设置"));
        assertThat(project).isWaitingAt("Task_ConstructionReport", "Task_ConstructionRectify").variables()
                .containsEntry("projectStatus", "CONSTRUCTION_STOPPED");
        assertThatThrownBy(() -> complete(task("Task_ConstructionReport", project), withVariables("constructionOutcome", "COMPLETED",
                "constructionSummary", "完工", "constructionCompletedAt", "2026-03-02T08:30:00+08:00")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("责令停止施工");
        assertThat(documents.list(project.getBusinessKey())).extracting(CaseDocument::kind).contains("STOP_ORDER");

        complete(task("Task_ConstructionRectify", project), withVariables("rectificationReport", "正在整改"));
        complete(task("Task_SiteRecheck", project), withVariables("recheckedAt", "2026-03-02T08:35:00+08:00",
                "recheckInspectors", "张明、李华", "recheckPassed", false, "recheckOpinion", "泄爆口尚未完成"));
        assertThat(project).as("still stopped").isWaitingAt("Task_ConstructionReport", "Task_ConstructionRectify");
        complete(task("Task_ConstructionRectify", project), withVariables("rectificationReport", "已按设计设置泄爆口"));
        complete(task("Task_SiteRecheck", project), withVariables("recheckedAt", "2026-03-02T08:40:00+08:00",
                "recheckInspectors", List.of("张明", "李华"), "recheckPassed", true, "recheckOpinion", "合格，恢复施工"));
        assertThat(project).isWaitingAt("Task_ConstructionReport", "Task_SiteCheck").variables().containsEntry("projectStatus", "UNDER_CONSTRUCTION");
        complete(task("Task_SiteCheck", project), withVariables("checkedAt", "2026-03-02T08:45:00+08:00",
                "inspectors", "张明、李华", "builtToDesign", true, "checkFindings", "按设计施工", "checksFinished", true));
        assertThat(project).as("no more checks planned").hasPassed("EndEvent_ChecksFinished").isWaitingAt("Task_ConstructionReport");
        complete(task("Task_ConstructionReport", project), withVariables("constructionOutcome", "MAJOR_CHANGE",
                "constructionSummary", "主体完成 60%", "majorChangeDescription", "增加一条生产线"));
        assertThat(project).as("a 重大变更 files the design again").isWaitingAt("Task_DesignOnRecord");
    }

    @Test
    void shouldExtendTheTrialRunWithinOneHundredEightyDaysAndRemindWhenItEnds() {
        ProcessInstance project = start("OTHER", null);
        fileTheDesign(project, "AQTJ-2026-02");
        build(project);
        assertThatThrownBy(() -> complete(task("Task_TrialRunPlan", project), withVariables("trialRunStartsOn", "2026-04-01",
                "trialRunDays", 29, "trialRunPlanSummary", "方案"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("不少于 30 日");
        trialRun(project, 90);
        assertThat(task("Task_TrialRun", project).getDueDate()).isEqualTo(date("2026-06-30T23:59:59+08:00"));
        assertThatThrownBy(() -> complete(task("Task_TrialRun", project), withVariables("trialRunOutcome", "EXTEND",
                "trialRunExtensionDays", 91, "trialRunExtensionReason", "设备调试")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("最多还可延长 90 日");
        complete(task("Task_TrialRun", project), withVariables("trialRunOutcome", "EXTEND", "trialRunExtensionDays", 30,
                "trialRunExtensionReason", "设备调试未完成"));
        assertThat(task("Task_TrialRun", project).getDueDate()).as("moved by 30 days").isEqualTo(date("2026-07-30T23:59:59+08:00"));
        assertThat((String) runtimeService.getVariable(project.getId(), "trialRunExtensions")).contains("申请延长 30 日（共 120 日）：设备调试未完成");

        at("2026-07-31T09:00:00+08:00");
        execute(job("Timer_TrialRunEnded", project));
        assertThat(project).isWaitingAt("Task_TrialRun", "Task_TrialRunOverdue").task("Task_TrialRunOverdue").hasCandidateGroup("project-reviewer");
        complete(task("Task_TrialRunOverdue", project), withVariables("overdueAction", "电话督促建设单位报告试运行情况"));
        assertThat(project).hasPassed("EndEvent_TrialRunReminded").isWaitingAt("Task_TrialRun");

        complete(task("Task_TrialRun", project), withVariables("trialRunOutcome", "EXTEND", "trialRunExtensionDays", 30,
                "trialRunExtensionReason", "环保设施调试"));
        at("2026-08-30T09:00:00+08:00");
        execute(job("Timer_TrialRunEnded", project));
        assertThat(project).isWaitingAt("Task_TrialRun", "Task_TrialRunOverdue");
        complete(task("Task_TrialRun", project), withVariables("trialRunOutcome", "FINISHED", "trialRunSummary", "运行平稳"));
        assertThat(project).as("the run reported, the reminder is over too").isWaitingAt("Task_CompletionAcceptance")
                .isNotWaitingAt("Task_TrialRunOverdue").hasPassed("EndEvent_TrialRunFinished");
    }

    @Test
    void shouldReferAProjectWhoseSafetyFacilitiesAreNotInUseAndWaitThirtyDaysForASeriousOccupationalHazard() {
        ProcessInstance project = start("OTHER", null);
        fileTheDesign(project, "AQTJ-2026-03");
        build(project);
        trialRun(project, 30);
        seedThatDraws(project, true);
        acceptance(project);
        assertThatThrownBy(() -> occupational(project, "SERIOUS")).isInstanceOf(InvalidInputException.class).hasMessageContaining("公布");
        at("2026-05-12T09:00:00+08:00");
        complete(task("Task_OccupationalAcceptance", project), withVariables("controlEffectReportNumber", "ZYB-KX-2026-3",
                "occupationalAcceptedAt", "2026-05-10T10:00:00+08:00", "occupationalAcceptanceSummary", "合格",
                "occupationalPublishedAt", "2026-05-11T10:00:00+08:00"));
        assertThat(job("Timer_Publication", project).getDuedate()).isEqualTo(date("2026-06-10T23:59:59+08:00"));
        at("2026-06-11T09:00:00+08:00");
        execute(job("Timer_Publication", project));

        assertThat(project).isWaitingAt("Task_SpotCheck");
        complete(task("Task_SpotCheck", project), withVariables("spotCheckedAt", "2026-06-11T08:30:00+08:00",
                "spotCheckInspectors", "张明、李华", "spotCheckPassed", false, "spotCheckOpinion", "消防喷淋系统未投入使用"));
        assertThat(project).isWaitingAt("Task_Referral").variables().containsEntry("projectStatus", "NOT_COMPLIANT");
        assertThat(project).task("Task_Referral").hasCandidateGroup("enforcement-officer");
        complete(task("Task_Referral", project), withVariables("referralHandling", "已立案，责令停产停业整顿", "enforcementCaseNumber", "ZF-2026-9"));
        assertThat(project).isEnded().variables().containsEntry("outcome", "NOT_COMPLIANT").containsEntry("projectStatus", "NOT_COMPLIANT");
    }

    @Test
    void shouldCompleteAProjectNotDrawnForTheSpotCheckRightAfterItsAcceptance() {
        ProcessInstance project = start("OTHER", null);
        fileTheDesign(project, "AQTJ-2026-04");
        build(project);
        trialRun(project, 30);
        long seed = seedThatDraws(project, false);
        occupational(project, "SERIOUS_LEANING");
        acceptance(project);

        assertThat(project).isEnded().hasNotPassed("Task_SpotCheck").variables().containsEntry("projectStatus", "COMPLETE")
                .containsEntry("spotCheckSelected", false).containsEntry("spotCheckSeed", seed);
        assertThat((String) BpmnAwareTests.historyService().createHistoricVariableInstanceQuery().processInstanceId(project.getId())
                .variableName("spotCheckDrawRecord").singleResult().getValue()).startsWith("抽查比例 10%，随机种子 " + seed).endsWith("未抽中");
    }

    @Test
    void shouldRefuseABadRegistrationAndStoreNothing() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();
        Map<String, Object> variables = registration("SHIPYARD", null);
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, variables))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("项目类别");
        Map<String, Object> noName = registration("OTHER", null);
        noName.remove("projectName");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY, noName))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("建设项目名称");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
    }

    private ProcessInstance start(String category, String approvalNumber) {
        return runtimeService.startProcessInstanceByKey(KEY, registration(category, approvalNumber));
    }

    /** Gives the case a recorded seed that draws it (or not) for the 抽查, as a replay would find it. */
    private long seedThatDraws(ProcessInstance project, boolean drawn) {
        long seed = 1;
        while (SpotCheckDraw.drawn(seed, project.getBusinessKey(), 10) != drawn) {
            seed++;
        }
        runtimeService.setVariable(project.getId(), "spotCheckSeed", seed);
        return seed;
    }

    static Map<String, Object> registration(String category, String approvalNumber) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", "370405");
        variables.put("enterpriseName", "台儿庄某化工有限公司");
        variables.put("enterpriseCreditCode", "91370405MA3C000019");
        variables.put("projectName", "年产 5 万吨精细化工中间体项目");
        variables.put("projectCategory", category);
        variables.put("receivedAt", "2026-03-02T08:30:00+08:00");
        if (approvalNumber != null) {
            variables.put("projectApprovalNumber", approvalNumber);
        }
        return variables;
    }

    private static void preEvaluation(ProcessInstance project) {
        complete(task("Task_SafetyEvaluation", project), withVariables("evaluationAgency", "山东某安全评价有限公司",
                "evaluationAgencyQualification", "APJ-(鲁)-001", "evaluationReportNumber", "YP-2026-015",
                "evaluationConclusion", "采取对策措施后可满足安全要求", "evaluationCompletedAt", "2026-03-01T10:00:00+08:00"));
    }

    /** The builder of an `OTHER` project files its 安全条件分析报告 and its self-reviewed design. */
    private static void fileTheDesign(ProcessInstance project, String reportNumber) {
        complete(task("Task_SafetyEvaluation", project), withVariables("evaluationReportNumber", reportNumber,
                "evaluationConclusion", "具备安全条件", "evaluationCompletedAt", "2026-03-01T10:00:00+08:00"));
        complete(task("Task_DesignOnRecord", project), withVariables("designUnit", "某设计院", "designUnitQualification", "B2370001",
                "designSelfReview", "经组织专家审查，同意"));
    }

    private static void apply(ProcessInstance project) {
        complete(task("Task_DesignApplication", project), withVariables("designUnit", "山东某设计院", "designUnitQualification", "A137000001",
                "designDocumentIds", "SJ-2026-007", "preEvaluationAdviceResponse", "全部采纳"));
    }

    private static void approveDesign(ProcessInstance project) {
        complete(task("Task_DesignReview", project), withVariables("reviewAction", "DECIDE", "reviewExperts", "王工、赵工",
                "expertOpinion", "符合要求", "partiesQualified", true, "meetsStandards", true, "preEvaluationAdviceHandled", true,
                "reviewOpinion", "同意"));
    }

    private static void build(ProcessInstance project) {
        complete(task("Task_SiteCheck", project), withVariables("checkedAt", "2026-03-02T08:00:00+08:00",
                "inspectors", "张明、李华", "builtToDesign", true, "checkFindings", "按设计施工"));
        assertThat(project).as("checks go on while construction runs").isWaitingAt("Task_ConstructionReport", "Task_SiteCheck");
        complete(task("Task_ConstructionReport", project), withVariables("constructionOutcome", "COMPLETED",
                "constructionSummary", "主体和安全设施同时完工", "constructionCompletedAt", "2026-03-02T08:30:00+08:00"));
        assertThat(project).as("the open check ends with construction").isWaitingAt("Task_TrialRunPlan");
    }

    private static void trialRun(ProcessInstance project, int days) {
        complete(task("Task_TrialRunPlan", project), withVariables("trialRunStartsOn", "2026-04-01", "trialRunDays", days,
                "trialRunPlanSummary", "联动试车，应急预案已演练"));
        assertThat(project).variables().containsEntry("projectStatus", "TRIAL_RUN");
        if (days < 90) {
            at("2026-04-30T09:00:00+08:00");
            assertThatThrownBy(() -> complete(task("Task_TrialRun", project), withVariables("trialRunOutcome", "FINISHED",
                    "trialRunSummary", "运行平稳"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("不少于 30 日");
            at(java.time.LocalDate.parse("2026-04-01").plusDays(days) + "T09:00:00+08:00");
            complete(task("Task_TrialRun", project), withVariables("trialRunOutcome", "FINISHED", "trialRunSummary", "运行平稳"));
        }
    }

    private static void acceptance(ProcessInstance project) {
        assertThatThrownBy(() -> complete(task("Task_CompletionAcceptance", project), acceptanceValues(false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("不得投入生产和使用");
        complete(task("Task_CompletionAcceptance", project), acceptanceValues(true));
    }

    private static Map<String, Object> acceptanceValues(boolean passed) {
        return withVariables("acceptanceEvaluationAgency", "山东某安全评价有限公司", "acceptanceEvaluationQualification", "APJ-(鲁)-001",
                "acceptanceEvaluationReportNumber", "YS-2026-020", "acceptedAt", "2026-03-02T08:50:00+08:00",
                "acceptanceReport", "验收组 7 人，安全设施符合设计，同意通过", "acceptancePassed", passed);
    }

    private static void occupational(ProcessInstance project, String hazardClass) {
        if (BpmnAwareTests.taskQuery().processInstanceId(project.getId()).taskDefinitionKey("Task_OccupationalPreEvaluation").count() > 0) {
            complete(task("Task_OccupationalPreEvaluation", project), withVariables("occupationalHazardClass", hazardClass,
                    "occupationalPreEvaluationReportNumber", "ZYB-YP-2026-3", "occupationalPreEvaluationSummary", "粉尘、噪声，设除尘和隔声"));
        }
        complete(task("Task_OccupationalAcceptance", project), withVariables("controlEffectReportNumber", "ZYB-KX-2026-3",
                "occupationalAcceptedAt", "2026-03-02T08:55:00+08:00", "occupationalAcceptanceSummary", "合格"));
    }
}
