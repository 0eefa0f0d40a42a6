package org.safetyflow.evaluation;

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
import org.safetyflow.disclosure.Notice;
import org.safetyflow.disclosure.Notices;
import org.safetyflow.input.InvalidInputException;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The one-year evaluation of an accident's 防范和整改措施 (中发〔2016〕32号, 安委办〔2021〕4号). */
@EngineTest
class PostAccidentEvaluationProcessTest {

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

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        at("2026-03-20T10:00:00+08:00");
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void shouldStartTenMonthsAfterClosingAndReferAMeasureNotCarriedOut() {
        ProcessInstance evaluation = start(List.of(
                Map.of("measure", "完善脚手架验收制度", "unit", "山亭某建材有限公司", "dueDate", "2026-06-30"),
                Map.of("measure", "开展建筑施工专项整治", "unit", "区住建局", "dueDate", "2026-09-30")));
        assertThat(evaluation.getBusinessKey()).startsWith("PG-370406-2026-");
        assertThat(evaluation).isWaitingAt("Timer_StartEvaluation").variables()
                .containsEntry("evaluationDueDate", date("2027-03-02T23:59:59+08:00"));
        Job start = job("Timer_StartEvaluation", evaluation);
        assertThat(start.getDuedate()).isEqualTo(date("2027-01-02T09:00:00+08:00"));

        at("2027-01-02T09:00:00+08:00");
        execute(start);
        complete(task("Task_EvaluationPlan", evaluation), withVariables("evaluationTeam", "区应急管理局、住建局、监察委、专家 2 名", "evaluationPlan", "逐项核查，现场抽查"));
        assertThat(taskService.createTaskQuery().processInstanceId(evaluation.getId()).taskDefinitionKey("Task_MeasureReport").count()).isEqualTo(2);
        for (Task report : taskService.createTaskQuery().processInstanceId(evaluation.getId()).taskDefinitionKey("Task_MeasureReport").list()) {
            taskService.complete(report.getId(), withVariables("measureReport", "已按期完成"));
        }
        List<Task> verifications = taskService.createTaskQuery().processInstanceId(evaluation.getId()).taskDefinitionKey("Task_MeasureVerify").list();
        taskService.complete(verifications.get(0).getId(), withVariables("rating", "IMPLEMENTED", "ratingEvidence", "现场核查制度已执行"));
        taskService.complete(verifications.get(1).getId(), withVariables("rating", "NOT_IMPLEMENTED", "ratingEvidence", "专项整治未开展"));

        assertThat(evaluation).isWaitingAt("Task_AccountabilityReferral").task().hasCandidateGroup("government");
        complete(task("Task_AccountabilityReferral", evaluation), withVariables("referredTo", "区纪委监委", "referralNote", "专项整治未开展，移交追责问责"));
        complete(task("Task_EvaluationReport", evaluation), withVariables("overallConclusion", "一项已落实，一项未落实", "reportSummary", "……"));
        complete(task("Task_ApproveReport", evaluation), withVariables("approvalNumber", "山政字〔2027〕5号"));
        signOff(evaluation, "Task_PublishReport");

        assertThat(evaluation).isEnded().hasPassed("Task_PublishReport", "EndEvent_Published").hasNotPassed("Task_EvaluationOverdue");
        assertThat(notices.ofCase(evaluation.getBusinessKey())).extracting(Notice::title)
                .containsExactly("山亭某建材有限公司一般生产安全事故整改措施落实情况评估报告");
    }

    @Test
    void shouldAskForTheMeasuresOfAMigratedCaseAndEscalateWhenTheYearRunsOut() {
        ProcessInstance evaluation = start(null);
        at("2027-01-02T09:00:00+08:00");
        execute(job("Timer_StartEvaluation", evaluation));

        assertThatThrownBy(() -> complete(task("Task_EvaluationPlan", evaluation), withVariables("evaluationTeam", "评估组", "evaluationPlan", "方案")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("须列明事故调查报告提出的防范和整改措施");
        at("2027-03-03T09:00:00+08:00");
        execute(job("Timer_EvaluationOverdue", evaluation));
        assertThat(evaluation).isWaitingAt("Task_EvaluationPlan", "Task_EvaluationOverdue")
                .task("Task_EvaluationOverdue").hasCandidateGroup("safety-committee-office");
        complete(task("Task_EvaluationOverdue", evaluation), withVariables("overdueAction", "约谈区政府分管负责人，限期 15 日内完成评估"));
        assertThat(evaluation).hasPassed("EndEvent_OverdueHandled").isWaitingAt("Task_EvaluationPlan");
    }

    private ProcessInstance start(List<Map<String, String>> measures) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("accidentCaseId", "SG-370406-2026-000001");
        variables.put("accidentName", "山亭某建材有限公司一般生产安全事故");
        variables.put("jurisdiction", "370406");
        variables.put("closedAt", "2026-03-02T16:00:00+08:00");
        if (measures != null) {
            variables.put("preventiveMeasures", new java.util.ArrayList<>(measures));
        }
        return runtimeService.startProcessInstanceByKey("post-accident-evaluation", variables);
    }


}
