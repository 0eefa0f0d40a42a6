package org.safetyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safetyflow.testing.Complaints.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.safetyflow.disclosure.NoticeType;
import org.safetyflow.disclosure.Notices;
import org.safetyflow.storage.Database;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work to seal is written in the engine's own transaction, so it commits and rolls back with the history
 * it covers; a sealer that starts afresh (after a kill -9, or on another node) finds it and seals it.
 */
@EngineTest
class AuditSealTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    AuditChain chain;
    @Autowired
    AuditPending pending;
    @Autowired
    Notices notices;
    @Autowired
    Database database;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void shouldRecordOneRowOfWorkPerCommandAndOnePerComment() {
        ProcessInstance report = runtimeService.startProcessInstanceByKey("complaint-intake", report("370405"));
        assertThat(waiting(report.getId())).hasSize(1);

        String task = taskService.createTaskQuery().processInstanceId(report.getId()).singleResult().getId();
        String comment = taskService.createComment(task, report.getId(), "已电话联系举报人").getId();
        taskService.complete(task, Map.of("acceptance", "ACCEPT"));

        assertThat(waiting(report.getId())).hasSize(3)
                .anySatisfy(row -> assertThat(row.commentId()).isEqualTo(comment));
    }

    @Test
    void shouldWriteTheWorkInsideTheEngineTransactionAndLoseItWithARollback() {
        AtomicReference<String> started = new AtomicReference<>();
        AtomicReference<Integer> seenBeforeCommit = new AtomicReference<>();
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            started.set(runtimeService.startProcessInstanceByKey("complaint-intake", report("370405")).getId());
            // A participant committing after the engine: it sees the work on the same connection, then fails the commit.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    seenBeforeCommit.set(waiting(started.get()).size());
                    throw new IllegalStateException("a later participant refuses the commit");
                }
            });
        })).hasMessageContaining("refuses the commit");

        assertThat(seenBeforeCommit.get()).isEqualTo(1);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(started.get()).count()).isZero();
        assertThat(waiting(started.get())).as("rolled back with the history it covered").isEmpty();
    }

    @Test
    void shouldSealWhatWasPendingWhenANewSealerStarts() throws Exception {
        forgetOtherTestsWork();
        List<HistoricProcessInstance> cases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cases.add(historic(runtimeService.startProcessInstanceByKey("complaint-intake", report("370405")).getId()));
        }
        cases.forEach(instance -> assertThat(chain.verify(instance)).containsEntry("status", "NOT_YET_SEALED"));

        // Nothing but the database survives a kill -9: a sealer that starts afresh is all the restarted node has.
        AuditSealer restarted = new AuditSealer(chain, pending, historyService, 1, 2);
        Instant start = Instant.now();
        restarted.start();
        try {
            for (HistoricProcessInstance instance : cases) {
                while (!"INTACT".equals(chain.verify(instance).get("status"))) {
                    assertThat(Duration.between(start, Instant.now())).as("sealed within seconds").isLessThan(Duration.ofSeconds(10));
                    Thread.sleep(100);
                }
            }
        } finally {
            restarted.stop();
        }
        cases.forEach(instance -> assertThat(waiting(instance.getId())).isEmpty());
    }

    @Test
    void shouldLetTwoSealersWorkSideBySide() {
        forgetOtherTestsWork();
        List<HistoricProcessInstance> cases = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ProcessInstance report = runtimeService.startProcessInstanceByKey("complaint-intake", report("370405"));
            taskService.complete(taskService.createTaskQuery().processInstanceId(report.getId()).singleResult().getId(), Map.of("acceptance", "ACCEPT"));
            cases.add(historic(report.getId()));
        }
        AuditSealer one = new AuditSealer(chain, pending, historyService, 0, 1);
        AuditSealer other = new AuditSealer(chain, pending, historyService, 0, 1);

        CompletableFuture.allOf(CompletableFuture.runAsync(one::sealPending), CompletableFuture.runAsync(other::sealPending)).join();

        for (HistoricProcessInstance instance : cases) {
            Map<String, Object> answer = chain.verify(instance);
            assertThat(answer).as(answer.toString()).containsEntry("status", "INTACT");
            List<Integer> seqs = database.jdbc().queryForList("select l.seq from sf_audit_link l join sf_audit_case c on c.case_key = l.case_key"
                    + " where c.case_number = ? order by l.seq", Integer.class, instance.getBusinessKey());
            assertThat(seqs).as("each event sealed once, in one unbroken chain").hasSize((Integer) answer.get("sealedEvents"))
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, seqs.size()).boxed().toList());
        }
    }

    @Test
    void shouldSealANoticePublishedAfterTheCaseEnded() {
        ProcessInstance report = runtimeService.startProcessInstanceByKey("complaint-intake", report("370405"));
        runtimeService.deleteProcessInstance(report.getId(), "举报人撤回");
        HistoricProcessInstance ended = historic(report.getId());
        chain.seal(ended);
        assertThat(chain.verify(ended)).containsEntry("status", "INTACT");

        notices.publish(NoticeType.ENFORCEMENT_RESULT, "处理结果公示", ended.getBusinessKey(), "370405", "经核查，举报不属实。", "bureau-head");

        assertThat(chain.verify(ended)).containsEntry("status", "NOT_YET_SEALED");
        assertThat(chain.seal(ended)).isEqualTo(1);
        assertThat(chain.verify(ended)).containsEntry("status", "INTACT");
    }

    private List<AuditPending.Pending> waiting(String processInstanceId) {
        return pending.of(processInstanceId, null);
    }

    /** The suite seals on demand (no sealer runs): a sealer started here would first work through every earlier test's cases. */
    private void forgetOtherTestsWork() {
        database.jdbc().update("delete from sf_audit_pending");
    }

    private HistoricProcessInstance historic(String id) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
    }
}
