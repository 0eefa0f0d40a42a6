package org.safetyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safetyflow.testing.Complaints.report;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.safetyflow.storage.Database;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit search's case index is the engine's history, copied in the same transaction: after every kind of change
 * it holds exactly what a fresh copy of the engine's tables would (CaseIndex's own SQL copy, which also fills it for
 * the cases from before it), it loses nothing the engine keeps and keeps nothing the engine lost.
 */
@EngineTest
class CaseIndexTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    Database database;
    @Autowired
    CaseIndexSetUp setUp;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void shouldCopyACaseItsEnterprisesAndItsActorsAsTheEngineChangesThem() {
        String id = runtimeService.startProcessInstanceByKey("complaint-intake", report("370405")).getId();
        assertThat(indexed("sf_case", id)).singleElement().satisfies(row -> {
            assertThat(row.get(2)).isEqualTo("complaint-intake");
            assertThat(row.get(5)).isEqualTo("370405");
            assertThat(row.get(8)).isNull();
            assertThat(row.get(9)).isEqualTo("ACTIVE");
        });
        assertThat(indexed("sf_case_enterprise", id)).extracting(row -> row.get(2)).containsExactly("某化工有限公司");
        assertIndexIsTheEngines(id);

        runtimeService.setVariable(id, "enterpriseName", "滕州某煤矿有限公司");
        runtimeService.setVariable(id, "enterpriseCreditCode", "91370481MA3C00001X");
        String task = taskService.createTaskQuery().processInstanceId(id).singleResult().getId();
        taskService.setVariableLocal(task, "enterpriseName", "另一家被核查企业");
        taskService.claim(task, "complaint-clerk");
        assertIndexIsTheEngines(id);
        assertThat(indexed("sf_case_enterprise", id)).extracting(row -> row.get(2) == null ? row.get(3) : row.get(2))
                .containsExactlyInAnyOrder("滕州某煤矿有限公司", "91370481MA3C00001X", "另一家被核查企业");
        assertThat(indexed("sf_case_actor", id)).extracting(row -> row.get(2)).containsExactly("complaint-clerk");

        Object dueAt = indexed("sf_case", id).get(0).get(10);
        assertThat(dueAt).as("the first task's due date").isNotNull();
        taskService.setDueDate(task, Timestamp.valueOf("2026-01-05 17:00:00"));
        assertIndexIsTheEngines(id);
        assertThat(indexed("sf_case", id).get(0).get(10)).isEqualTo(Timestamp.valueOf("2026-01-05 17:00:00"));

        taskService.setAssignee(task, "zaozhuang");
        runtimeService.setVariable(id, "enterpriseCreditCode", "not a credit code, far too long");
        taskService.removeVariableLocal(task, "enterpriseName");
        assertIndexIsTheEngines(id);
        assertThat(indexed("sf_case_actor", id)).extracting(row -> row.get(2)).containsExactly("zaozhuang");
        assertThat(indexed("sf_case_enterprise", id)).extracting(row -> row.get(2)).as("a removed variable keeps its value in the engine")
                .containsExactlyInAnyOrder("滕州某煤矿有限公司", "另一家被核查企业");

        taskService.setAssignee(task, null);
        runtimeService.setVariable(id, "enterpriseName", Variables.stringValue(null));
        runtimeService.suspendProcessInstanceById(id);
        assertIndexIsTheEngines(id);
        assertThat(indexed("sf_case_actor", id)).isEmpty();
        assertThat(indexed("sf_case", id).get(0).get(9)).isEqualTo("SUSPENDED");

        runtimeService.activateProcessInstanceById(id);
        taskService.setAssignee(task, "complaint-clerk");
        taskService.complete(task, Map.of("acceptance", "ACCEPT"));
        assertIndexIsTheEngines(id);
        assertThat(indexed("sf_case", id).get(0).get(10)).as("the next task's due date").isNotEqualTo(Timestamp.valueOf("2026-01-05 17:00:00"));
        String verify = taskService.createTaskQuery().processInstanceId(id).singleResult().getId();
        taskService.setAssignee(verify, "enforcement-officer");
        taskService.complete(verify, Map.of("verificationResult", "UNSUBSTANTIATED", "verificationFindings", "未发现问题"));
        taskService.complete(taskService.createTaskQuery().processInstanceId(id).singleResult().getId(), Map.of("replyToReporter", "经核查，举报不属实。"));
        assertIndexIsTheEngines(id);
        assertThat(indexed("sf_case", id).get(0).get(8)).isNotNull();
        assertThat(indexed("sf_case", id).get(0).get(9)).isEqualTo("COMPLETED");
        assertThat(indexed("sf_case", id).get(0).get(10)).as("no open task, no due date").isNull();
        assertThat(indexed("sf_case_actor", id)).extracting(row -> row.get(2)).containsExactlyInAnyOrder("complaint-clerk", "enforcement-officer");
    }

    @Test
    void shouldRecordATerminatedCaseAndDropACaseWhoseHistoryIsDeleted() {
        ProcessInstance terminated = runtimeService.startProcessInstanceByKey("complaint-intake", report("370406"));
        ProcessInstance deleted = runtimeService.startProcessInstanceByKey("complaint-intake", report("370406"));
        taskService.claim(taskService.createTaskQuery().processInstanceId(deleted.getId()).singleResult().getId(), "shanting");

        runtimeService.deleteProcessInstance(terminated.getId(), "重复举报");
        runtimeService.deleteProcessInstance(deleted.getId(), "录入错误");
        historyService.deleteHistoricProcessInstance(deleted.getId());

        assertIndexIsTheEngines(terminated.getId());
        assertThat(indexed("sf_case", terminated.getId()).get(0).get(8)).isNotNull();
        assertThat((String) indexed("sf_case", terminated.getId()).get(0).get(9)).endsWith("_TERMINATED");
        for (String table : List.of("sf_case", "sf_case_enterprise", "sf_case_actor")) {
            assertThat(indexed(table, deleted.getId())).as(table).isEmpty();
        }
    }

    @Test
    void shouldWriteNothingWhenTheEngineRollsBack() {
        String id = runtimeService.startProcessInstanceByKey("complaint-intake", report("370405")).getId();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            runtimeService.setVariable(id, "enterpriseName", "回滚的名称");
            throw new IllegalStateException("refused after the change");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(indexed("sf_case_enterprise", id)).extracting(row -> row.get(2)).containsExactly("某化工有限公司");
    }

    @Test
    void shouldCopyTheCasesFromBeforeTheIndexOnceAndLeaveNewerRowsAsTheyAre() {
        String old = runtimeService.startProcessInstanceByKey("complaint-intake", report("370405")).getId();
        taskService.claim(taskService.createTaskQuery().processInstanceId(old).singleResult().getId(), "complaint-clerk");
        String current = runtimeService.startProcessInstanceByKey("complaint-intake", report("370405")).getId();
        List<List<Object>> currentRows = indexed("sf_case", current);
        // As an upgraded database has it: the case existed before V13, nothing copied yet.
        for (String table : List.of("sf_case", "sf_case_enterprise", "sf_case_actor")) {
            database.jdbc().update("delete from " + table + " where process_instance_id = ?", old);
        }
        database.jdbc().update("insert into sf_case_backfill (requested_at) values (current_timestamp)");

        setUp.run();
        setUp.run();

        assertIndexIsTheEngines(old);
        assertThat(indexed("sf_case_actor", old)).extracting(row -> row.get(2)).containsExactly("complaint-clerk");
        assertThat(indexed("sf_case", current)).isEqualTo(currentRows);
        assertThat(database.jdbc().queryForObject("select count(*) from sf_case_backfill", Integer.class)).isZero();
    }

    /** The index rows of one case, as the engine's tables give them (CaseIndex's copy) and as the index holds them. */
    private void assertIndexIsTheEngines(String processInstanceId) {
        assertThat(indexed("sf_case", processInstanceId)).as("sf_case")
                .isEqualTo(rows(CaseIndex.CASES + " and p.id_ = ?", processInstanceId));
        assertThat(indexed("sf_case_enterprise", processInstanceId)).as("sf_case_enterprise")
                .isEqualTo(rows(CaseIndex.ENTERPRISES + " and v.proc_inst_id_ = ?", processInstanceId));
        assertThat(indexed("sf_case_actor", processInstanceId)).as("sf_case_actor")
                .isEqualTo(rows(CaseIndex.ACTORS + " and t.proc_inst_id_ = ?", processInstanceId));
    }

    private List<List<Object>> indexed(String table, String processInstanceId) {
        return rows("select * from " + table + " where process_instance_id = ?", processInstanceId);
    }

    /** Rows as lists of values, in a fixed order (by their first column). */
    private List<List<Object>> rows(String sql, String processInstanceId) {
        List<List<Object>> rows = new ArrayList<>(database.jdbc().query(sql, (rs, n) -> {
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.add(rs.getObject(i));
            }
            return Collections.unmodifiableList(row);
        }, processInstanceId));
        rows.sort((a, b) -> String.valueOf(a.get(0)).compareTo(String.valueOf(b.get(0))));
        return rows;
    }
}
