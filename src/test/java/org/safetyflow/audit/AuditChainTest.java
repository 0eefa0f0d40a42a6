package org.safetyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safetyflow.testing.Complaints.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.safetyflow.storage.Database;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A row of a case's history changed directly in PostgreSQL after the case ran is found by verify. */
@EngineTest
class AuditChainTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    AuditChain chain;
    @Autowired
    Database database;

    @Test
    void shouldFindAVariableValueChangedInTheDatabase() {
        HistoricProcessInstance tampered = closedReport();
        HistoricProcessInstance untouched = closedReport();
        assertThat(verify(tampered).path("intact").asBoolean()).isTrue();

        String detailId = database.jdbc().queryForObject("select id_ from act_hi_detail where proc_inst_id_ = ? and name_ = 'verificationFindings'",
                String.class, tampered.getId());
        database.jdbc().update("update act_hi_detail set text_ = '经核查，举报不属实。' where id_ = ?", detailId);

        JsonNode answer = verify(tampered);
        assertThat(answer.path("intact").asBoolean()).isFalse();
        assertThat(answer.at("/firstDifference/eventId").asText()).isEqualTo("variable:" + detailId);
        assertThat(answer.at("/firstDifference/problem").asText()).isEqualTo("EVENT_MODIFIED");
        assertThat(answer.at("/firstDifference/explanation").asText()).contains("被修改");
        assertThat(verify(untouched).path("intact").asBoolean()).isTrue();
    }

    @Test
    void shouldFindATaskAssigneeChangedInTheDatabase() {
        HistoricProcessInstance tampered = closedReport();
        String taskId = database.jdbc().queryForObject("select id_ from act_hi_taskinst where proc_inst_id_ = ? and task_def_key_ = 'Task_Verify'",
                String.class, tampered.getId());

        database.jdbc().update("update act_hi_taskinst set assignee_ = 'mallory' where id_ = ?", taskId);

        JsonNode answer = verify(tampered);
        assertThat(answer.path("intact").asBoolean()).isFalse();
        assertThat(answer.at("/firstDifference/eventId").asText()).isEqualTo("task-completed:" + taskId);
    }

    @Test
    void shouldFindADeletedCommentAndABrokenChain() {
        HistoricProcessInstance withComment = closedReport();
        String commentId = database.jdbc().queryForObject("select id_ from act_hi_comment where proc_inst_id_ = ? limit 1", String.class,
                withComment.getId());
        database.jdbc().update("delete from act_hi_comment where id_ = ?", commentId);
        assertThat(verify(withComment).at("/firstDifference/problem").asText()).isEqualTo("EVENT_MISSING");

        HistoricProcessInstance rewritten = closedReport();
        database.jdbc().update("update sf_audit_chain set event_hash = ? where case_number = ? and seq = 3", "0".repeat(64),
                rewritten.getBusinessKey());
        JsonNode answer = verify(rewritten);
        assertThat(answer.at("/firstDifference/problem").asText()).isEqualTo("CHAIN_BROKEN");
        assertThat(answer.at("/firstDifference/seq").asInt()).isEqualTo(3);
    }

    @Test
    void shouldSealOnlyNewEventsAndReportWhatIsNotSealedYet() {
        ProcessInstance running = runtimeService.startProcessInstanceByKey("complaint-intake", report("370405"));
        HistoricProcessInstance instance = historic(running.getId());
        int first = chain.seal(instance);
        assertThat(chain.seal(instance)).isZero();
        taskService.complete(taskService.createTaskQuery().processInstanceId(running.getId()).singleResult().getId(),
                Map.of("acceptance", "ACCEPT"));

        assertThat(verify(instance).path("unsealedEvents").asInt()).isPositive();
        assertThat(chain.seal(instance)).isPositive();
        assertThat(verify(instance).path("unsealedEvents").asInt()).isZero();
        assertThat(verify(instance).path("sealedEvents").asInt()).isGreaterThan(first);
    }

    /** A 12350 report accepted, verified (with a comment) and closed, then sealed. */
    private HistoricProcessInstance closedReport() {
        ProcessInstance report = runtimeService.startProcessInstanceByKey("complaint-intake", report("370405"));
        complete(report, Map.of("acceptance", "ACCEPT"));
        String verify = taskService.createTaskQuery().processInstanceId(report.getId()).singleResult().getId();
        taskService.setAssignee(verify, "enforcement-officer");
        taskService.createComment(verify, report.getId(), "现场核查两次");
        complete(report, Map.of("verificationResult", "SUBSTANTIATED", "verificationFindings", "储罐区报警器确已停用"));
        complete(report, Map.of("replyToReporter", "经核查，举报属实，已责令整改。"));
        HistoricProcessInstance instance = historic(report.getId());
        assertThat(chain.seal(instance)).isPositive();
        return instance;
    }

    private void complete(ProcessInstance report, Map<String, Object> variables) {
        taskService.complete(taskService.createTaskQuery().processInstanceId(report.getId()).singleResult().getId(), variables);
    }

    private HistoricProcessInstance historic(String id) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private JsonNode verify(HistoricProcessInstance instance) {
        Http.Response response = Http.as(port, "auditor", "demo").get("/api/audit/cases/" + instance.getBusinessKey() + "/verify");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
