package org.safetyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safetyflow.testing.Complaints.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
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

/**
 * Each way of tampering with a sealed case, done directly in PostgreSQL as someone with write access to the
 * database would, is found by verify; a case with events still waiting to be sealed is never called intact.
 */
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
    Timelines timelines;
    @Autowired
    Database database;

    @Test
    void shouldFindAVariableValueChangedInTheDatabase() {
        HistoricProcessInstance tampered = closedReport();
        HistoricProcessInstance untouched = closedReport();
        assertThat(verify(tampered).path("intact").asBoolean()).isTrue();
        assertThat(verify(tampered).path("status").asText()).isEqualTo("INTACT");

        String detailId = database.jdbc().queryForObject("select id_ from act_hi_detail where proc_inst_id_ = ? and name_ = 'verificationFindings'",
                String.class, tampered.getId());
        database.jdbc().update("update act_hi_detail set text_ = '经核查，举报不属实。' where id_ = ?", detailId);

        JsonNode answer = verify(tampered);
        assertThat(answer.path("intact").asBoolean()).isFalse();
        assertThat(answer.path("status").asText()).isEqualTo("TAMPERED");
        assertThat(answer.at("/firstDifference/eventId").asText()).isEqualTo("variable:" + detailId);
        assertThat(answer.at("/firstDifference/problem").asText()).isEqualTo("EVENT_MODIFIED");
        assertThat(answer.at("/firstDifference/explanation").asText()).contains("被修改");
        assertThat(verify(untouched).path("status").asText()).isEqualTo("INTACT");
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
    void shouldFindAFinalVariableValueChangedInTheDatabase() {
        HistoricProcessInstance tampered = closedReport();

        database.jdbc().update("update act_hi_varinst set text_ = '经核查，举报不属实。' where proc_inst_id_ = ? and name_ = 'verificationFindings'",
                tampered.getId());

        JsonNode answer = verify(tampered);
        assertThat(answer.path("status").asText()).isEqualTo("TAMPERED");
        assertThat(answer.at("/firstDifference/problem").asText()).isEqualTo("VALUE_MODIFIED");
        assertThat(answer.at("/firstDifference/variable").asText()).isEqualTo("verificationFindings");
        assertThat(answer.at("/firstDifference/eventId").asText()).startsWith("variable:");
        assertThat(answer.at("/firstDifference/explanation").asText()).contains("最终值");
    }

    @Test
    void shouldFindDeletedHistoryRows() {
        HistoricProcessInstance withComment = closedReport();
        String commentId = database.jdbc().queryForObject("select id_ from act_hi_comment where proc_inst_id_ = ? limit 1", String.class,
                withComment.getId());
        database.jdbc().update("delete from act_hi_comment where id_ = ?", commentId);
        assertThat(verify(withComment).at("/firstDifference/problem").asText()).isEqualTo("EVENT_MISSING");

        HistoricProcessInstance withoutAStep = closedReport();
        database.jdbc().update("delete from act_hi_actinst where proc_inst_id_ = ? and act_id_ = 'Task_Verify'", withoutAStep.getId());
        JsonNode answer = verify(withoutAStep);
        assertThat(answer.path("status").asText()).isEqualTo("TAMPERED");
        assertThat(problems(answer)).containsOnly("EVENT_MISSING").hasSize(2); // the step's start and its end
    }

    @Test
    void shouldFindAHistoryRowAddedAfterSealing() {
        HistoricProcessInstance forged = closedReport();
        database.jdbc().update("insert into act_hi_comment (id_, type_, time_, user_id_, task_id_, proc_inst_id_, action_, message_, full_msg_)"
                + " select 'forged-' || id_, type_, time_, 'mallory', task_id_, proc_inst_id_, action_, '核查无异常', ? from act_hi_comment"
                + " where proc_inst_id_ = ?", "核查无异常".getBytes(java.nio.charset.StandardCharsets.UTF_8), forged.getId());

        JsonNode answer = verify(forged);
        assertThat(answer.path("status").asText()).isEqualTo("TAMPERED");
        assertThat(answer.at("/firstDifference/problem").asText()).isEqualTo("EVENT_UNRECORDED");
        assertThat(answer.at("/firstDifference/eventId").asText()).startsWith("comment:forged-");
    }

    @Test
    void shouldFindAnEditedLinkAndLastLinksDropped() {
        HistoricProcessInstance edited = closedReport();
        assertThatThrownBy(() -> database.jdbc().update("update sf_audit_link set event_hash = ? where case_key = ? and seq = 3", new byte[32],
                caseKey(edited))).hasMessageContaining("append-only");
        asDatabaseOwner(() -> database.jdbc().update("update sf_audit_link set event_hash = ? where case_key = ? and seq = 3", new byte[32],
                caseKey(edited)));
        JsonNode answer = verify(edited);
        assertThat(answer.at("/firstDifference/problem").asText()).isEqualTo("CHAIN_BROKEN");
        assertThat(answer.at("/firstDifference/seq").asInt()).isEqualTo(3);

        HistoricProcessInstance truncated = closedReport();
        int sealed = verify(truncated).path("sealedEvents").asInt();
        asDatabaseOwner(() -> database.jdbc().update("delete from sf_audit_link where case_key = ? and seq > ?", caseKey(truncated), sealed - 2));
        answer = verify(truncated);
        assertThat(answer.path("status").asText()).isEqualTo("TAMPERED");
        assertThat(answer.at("/firstDifference/problem").asText()).isEqualTo("CHAIN_TRUNCATED");
        assertThat(answer.at("/firstDifference/seq").asInt()).isEqualTo(sealed - 1);
    }

    @Test
    void shouldFindACommentDeletedRightAfterItWasWritten() {
        ProcessInstance report = runtimeService.startProcessInstanceByKey("complaint-intake", report("370405"));
        HistoricProcessInstance instance = historic(report.getId());
        String task = taskService.createTaskQuery().processInstanceId(report.getId()).singleResult().getId();
        // As Tasklist writes it: over REST, naming the task only.
        String commentId = Http.as(port, "demo", "demo").post("/engine-rest/task/" + task + "/comment/create", "{\"message\": \"举报人不愿留名\"}")
                .json().path("id").asText();
        database.jdbc().update("delete from act_hi_comment where id_ = ?", commentId);

        JsonNode answer = verify(instance);
        assertThat(answer.path("status").asText()).isEqualTo("TAMPERED");
        assertThat(answer.at("/firstDifference/problem").asText()).isEqualTo("PENDING_EVENT_MISSING");
        assertThat(answer.at("/firstDifference/eventId").asText()).isEqualTo("comment:" + commentId);

        chain.seal(instance);
        assertThat(verify(instance).at("/firstDifference/problem").asText()).as("the evidence outlives the sealing").isEqualTo("PENDING_EVENT_MISSING");
    }

    @Test
    void shouldNeverCallACaseIntactWhileEventsWaitToBeSealed() {
        ProcessInstance running = runtimeService.startProcessInstanceByKey("complaint-intake", report("370405"));
        HistoricProcessInstance instance = historic(running.getId());

        JsonNode waiting = verify(instance);
        assertThat(waiting.path("intact").asBoolean()).isFalse();
        assertThat(waiting.path("status").asText()).isEqualTo("NOT_YET_SEALED");
        assertThat(waiting.path("sealedEvents").asInt()).isZero();
        assertThat(waiting.path("unsealedEvents").asInt()).isPositive();
        assertThat(waiting.path("pendingChanges").asInt()).isPositive();
        assertThat(waiting.has("firstDifference")).isFalse();

        chain.seal(instance);
        assertThat(verify(instance).path("status").asText()).isEqualTo("INTACT");
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
        assertThat(verify(instance).path("status").asText()).isEqualTo("NOT_YET_SEALED");
        assertThat(chain.seal(instance)).isPositive();
        assertThat(verify(instance).path("unsealedEvents").asInt()).isZero();
        assertThat(verify(instance).path("sealedEvents").asInt()).isGreaterThan(first);
        assertThat(verify(instance).path("status").asText()).isEqualTo("INTACT");
    }

    @Test
    void shouldKeepEachLinkToAFixedSize() {
        HistoricProcessInstance instance = closedReport();

        List<Map<String, Object>> links = database.jdbc().queryForList("select octet_length(event_hash) as e, octet_length(chain_hash) as c"
                + " from sf_audit_link where case_key = ?", caseKey(instance));

        assertThat(links).hasSize(verify(instance).path("sealedEvents").asInt())
                .allSatisfy(link -> assertThat(link).containsEntry("e", 32).containsEntry("c", 32));
    }

    @Test
    void shouldContinueAChainSealedBeforeTheCompactChain() {
        HistoricProcessInstance instance = closedReportUnsealed();
        List<TimelineEvent> events = timelines.of(instance);
        // The first events sealed as SafetyFlow sealed them before: in sf_audit_chain, by event id, hex over text.
        String head = "";
        for (int seq = 1; seq <= events.size() - 3; seq++) {
            TimelineEvent event = events.get(seq - 1);
            String eventHash = HexFormat.of().formatHex(AuditChain.hash(event));
            head = AuditChain.oldLink(head, event.id(), eventHash);
            database.jdbc().update("insert into sf_audit_chain (case_number, seq, event_id, event_hash, chain_hash, sealed_at) values (?, ?, ?, ?, ?, ?)",
                    instance.getBusinessKey(), seq, event.id(), eventHash, head, Database.now());
        }
        List<Map<String, Object>> oldRows = database.jdbc().queryForList("select * from sf_audit_chain where case_number = ? order by seq",
                instance.getBusinessKey());

        assertThat(chain.seal(instance)).isEqualTo(3);

        JsonNode answer = verify(instance);
        assertThat(answer.path("status").asText()).isEqualTo("INTACT");
        assertThat(answer.path("sealedEvents").asInt()).isEqualTo(events.size());
        Map<String, Object> firstNew = database.jdbc().queryForMap("select seq, event_hash, chain_hash from sf_audit_link where case_key = ? order by seq limit 1",
                caseKey(instance));
        assertThat(firstNew.get("seq")).isEqualTo(events.size() - 2);
        assertThat((byte[]) firstNew.get("chain_hash")).isEqualTo(AuditChain.link(HexFormat.of().parseHex(head), (byte[]) firstNew.get("event_hash")));
        assertThat(database.jdbc().queryForList("select * from sf_audit_chain where case_number = ? order by seq", instance.getBusinessKey()))
                .as("old links are never rewritten").isEqualTo(oldRows);

        String commentId = database.jdbc().queryForObject("select id_ from act_hi_comment where proc_inst_id_ = ? limit 1", String.class,
                instance.getId());
        database.jdbc().update("update act_hi_comment set full_msg_ = ? where id_ = ?", "现场核查一次".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                commentId);
        answer = verify(instance);
        assertThat(answer.at("/firstDifference/problem").asText()).isEqualTo("EVENT_MODIFIED");
        assertThat(answer.at("/firstDifference/eventId").asText()).isEqualTo("comment:" + commentId);
    }

    /** A 12350 report accepted, verified (with a comment) and closed, then sealed. */
    private HistoricProcessInstance closedReport() {
        HistoricProcessInstance instance = closedReportUnsealed();
        assertThat(chain.seal(instance)).isPositive();
        return instance;
    }

    private HistoricProcessInstance closedReportUnsealed() {
        ProcessInstance report = runtimeService.startProcessInstanceByKey("complaint-intake", report("370405"));
        complete(report, Map.of("acceptance", "ACCEPT"));
        String verify = taskService.createTaskQuery().processInstanceId(report.getId()).singleResult().getId();
        taskService.setAssignee(verify, "enforcement-officer");
        taskService.createComment(verify, report.getId(), "现场核查两次");
        complete(report, Map.of("verificationResult", "SUBSTANTIATED", "verificationFindings", "储罐区报警器确已停用"));
        complete(report, Map.of("replyToReporter", "经核查，举报属实，已责令整改。"));
        return historic(report.getId());
    }

    /** Done as the database's owner would: past the append-only trigger that stops SafetyFlow's own user. */
    private void asDatabaseOwner(Runnable change) {
        database.jdbc().execute("alter table sf_audit_link disable trigger sf_audit_link_append_only");
        try {
            change.run();
        } finally {
            database.jdbc().execute("alter table sf_audit_link enable trigger sf_audit_link_append_only");
        }
    }

    private long caseKey(HistoricProcessInstance instance) {
        return database.jdbc().queryForObject("select case_key from sf_audit_case where case_number = ?", Long.class, instance.getBusinessKey());
    }

    private void complete(ProcessInstance report, Map<String, Object> variables) {
        taskService.complete(taskService.createTaskQuery().processInstanceId(report.getId()).singleResult().getId(), variables);
    }

    private HistoricProcessInstance historic(String id) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private static List<String> problems(JsonNode answer) {
        return StreamSupport.stream(answer.path("problems").spliterator(), false).map(p -> p.path("problem").asText()).toList();
    }

    private JsonNode verify(HistoricProcessInstance instance) {
        Http.Response response = Http.as(port, "auditor", "demo").get("/api/audit/cases/" + instance.getBusinessKey() + "/verify");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
