package org.safetyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.inbox.InboxViews.Caller;
import org.safetyflow.inbox.InboxViews.View;
import org.safetyflow.storage.Database;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The inbox's views over its read model, kept in the engine's transaction and repaired by the reconciliation. */
@EngineTest
class InboxTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    InboxViews views;
    @Autowired
    InboxReconciliation reconciliation;
    @Autowired
    Database database;
    @Autowired
    IdentityService identityService;

    @Test
    void shouldListAnUnclaimedTaskForItsGroupInItsJurisdictionWithTheCaseByName() {
        Task task = newReport("370405");

        JsonNode item = item(InboxUsers.as(port, InboxUsers.CLERK).get("/api/inbox?view=group&size=100").json(), task.getId());
        assertThat(item).isNotNull();
        assertThat(item.path("name").asText()).isEqualTo("受理审查");
        assertThat(item.path("caseNumber").asText()).startsWith("JB");
        assertThat(item.path("processName").asText()).isNotBlank();
        assertThat(item.path("enterprise").asText()).isEqualTo("某化工有限公司");
        assertThat(item.path("jurisdiction").asText()).isEqualTo("370405");
        assertThat(item.path("jurisdictionName").asText()).isEqualTo("台儿庄区");
        assertThat(item.path("due").asText()).isNotBlank();
        // The city sees its districts' tasks; another district does not.
        assertThat(item(InboxUsers.as(port, InboxUsers.CITY).get("/api/inbox?view=group&size=100").json(), task.getId())).isNotNull();
        assertThat(item(InboxUsers.as(port, InboxUsers.OTHER_DISTRICT).get("/api/inbox?view=group&size=100").json(), task.getId())).isNull();
        // So does the province, whose views read a range per group and skip other jurisdictions' rows.
        assertThat(item(InboxUsers.as(port, InboxUsers.PROVINCE).get("/api/inbox?view=group&size=100").json(), task.getId())).isNotNull();
        // Nobody holds it: it is nobody's own.
        assertThat(item(InboxUsers.as(port, InboxUsers.CLERK).get("/api/inbox?view=mine&size=100").json(), task.getId())).isNull();
    }

    @Test
    void shouldMoveAClaimedTaskToItsAssigneeAndACompletedOneToTheCompletersDoneView() {
        Task task = newReport("370405");
        taskService.addCandidateGroup(task.getId(), "complaint-clerk");
        taskService.claim(task.getId(), InboxUsers.WORKER);
        Http clerk = InboxUsers.as(port, InboxUsers.WORKER);

        assertThat(item(clerk.get("/api/inbox?view=mine&size=100").json(), task.getId()).path("assignee").asText()).isEqualTo(InboxUsers.WORKER);
        assertThat(item(clerk.get("/api/inbox?view=group&size=100").json(), task.getId())).isNull();

        Http.Response completed = clerk.post("/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\": {\"acceptance\": {\"value\": \"ACCEPT\"}}}");
        assertThat(completed.status()).as(completed.body()).isEqualTo(204);

        assertThat(item(clerk.get("/api/inbox?view=mine&size=100").json(), task.getId())).isNull();
        JsonNode done = item(clerk.get("/api/inbox?view=done&size=100").json(), task.getId());
        assertThat(done).isNotNull();
        assertThat(done.path("completed").asText()).isNotBlank();
        // The next step waits for the district's 执法人员, in the same transaction as the completion.
        Task next = taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        assertThat(database.jdbc().queryForList("select principal || ' ' || kind || ' ' || tenant_id from sf_inbox where task_id = ?", String.class,
                next.getId())).containsExactly("g:enforcement-officer C 370405");
    }

    @Test
    void shouldShowOverdueAndSoonDueTasksApartFromTheRest() {
        Task late = newReport("370405");
        Task soon = newReport("370405");
        Task later = newReport("370405");
        taskService.setDueDate(late.getId(), Date.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        taskService.setDueDate(soon.getId(), Date.from(Instant.now().plus(1, ChronoUnit.HOURS)));
        taskService.setDueDate(later.getId(), Date.from(Instant.now().plus(30, ChronoUnit.DAYS)));
        Http clerk = InboxUsers.as(port, InboxUsers.CLERK);

        JsonNode overdue = clerk.get("/api/inbox?view=overdue&size=100").json();
        JsonNode dueSoon = clerk.get("/api/inbox?view=due-soon&size=100").json();

        assertThat(item(overdue, late.getId())).isNotNull();
        assertThat(item(overdue, soon.getId())).isNull();
        assertThat(item(dueSoon, soon.getId())).isNotNull();
        assertThat(item(dueSoon, late.getId())).isNull();
        assertThat(item(dueSoon, later.getId())).isNull();
        // By due date: every overdue item is due no later than the next.
        List<String> dues = StreamSupport.stream(overdue.path("items").spliterator(), false).map(i -> i.path("due").asText()).toList();
        assertThat(dues).isSortedAccordingTo((a, b) -> Instant.parse(toInstant(a)).compareTo(Instant.parse(toInstant(b))));
    }

    @Test
    void shouldCountExactlyUpToAThousandAndThenSayMore() {
        insertRows("u:bulk-counter", 'A', 1000);
        Caller caller = new Caller("bulk-counter", List.of(), List.of("370405"));

        InboxViews.Page exactly = views.tasks(View.MINE, caller, 0, 20);
        insertRows("u:bulk-counter", 'A', 1);
        InboxViews.Page more = views.tasks(View.MINE, caller, 0, 20);

        assertThat(exactly.total()).isEqualTo(1000L);
        assertThat(exactly.items()).hasSize(20);
        assertThat(more.total()).isEqualTo("1000+");
        database.jdbc().update("delete from sf_inbox where principal = 'u:bulk-counter'");
    }

    @Test
    void shouldReadTheSameViewPerGroupForAProvinceAsPerJurisdictionForACounty() {
        Task task = newReport("370405");
        Caller county = new Caller(InboxUsers.CLERK, List.of(InboxUsers.GROUP), List.of("370405"));
        List<String> counties = new ArrayList<>(List.of("370000", "370400", "370405", "370406"));
        for (int i = 1; i <= 20; i++) {
            counties.add(String.valueOf(371000 + i));
        }
        Caller province = new Caller(InboxUsers.CLERK, List.of(InboxUsers.GROUP), counties);

        List<Object> forCounty = views.tasks(View.GROUP, county, 0, 1000).items().stream().map(i -> i.get("taskId")).toList();
        List<Object> forProvince = views.tasks(View.GROUP, province, 0, 1000).items().stream().map(i -> i.get("taskId")).toList();

        assertThat(forCounty).contains(task.getId());
        assertThat(forProvince).containsAll(forCounty);
        for (View view : List.of(View.DUE_SOON, View.OVERDUE, View.MINE)) {
            assertThat(views.tasks(view, province, 0, 1000).items().stream().map(i -> i.get("taskId")).toList())
                    .containsAll(views.tasks(view, county, 0, 1000).items().stream().map(i -> i.get("taskId")).toList());
        }
        assertThat(views.tasks(View.GROUP, province, 0, 20).total()).isEqualTo(views.tasks(View.GROUP, new Caller(InboxUsers.CLERK,
                List.of(InboxUsers.GROUP), counties.subList(0, 5)), 0, 20).total());
    }

    @Test
    void shouldListATaskWaitingForSeveralOfTheCallersGroupsOnce() {
        Task task = newReport("370405");
        taskService.addCandidateUser(task.getId(), InboxUsers.CLERK);

        JsonNode group = InboxUsers.as(port, InboxUsers.CLERK).get("/api/inbox?view=group&size=100").json();

        assertThat(StreamSupport.stream(group.path("items").spliterator(), false).filter(i -> i.path("taskId").asText().equals(task.getId())))
                .hasSize(1);
    }

    @Test
    void shouldPageThroughTheSameTasksInDueOrderAsOneLongPageEachOnce() {
        insertRows("g:paging-a", 'C', 7);
        insertRows("g:paging-b", 'C', 6);
        database.jdbc().update("insert into sf_inbox (task_id, principal, kind, tenant_id, task_name, due_at, sort_at)"
                + " select task_id, 'g:paging-b', kind, tenant_id, task_name, due_at, sort_at from sf_inbox where principal = 'g:paging-a'"
                + " order by task_id limit 2");
        Caller caller = new Caller("paging-clerk", List.of("paging-a", "paging-b"), List.of("370405"));

        List<Object> whole = views.tasks(View.GROUP, caller, 0, 100).items().stream().map(i -> i.get("taskId")).toList();
        List<Object> paged = new ArrayList<>();
        for (int offset = 0; offset < 15; offset += 4) {
            paged.addAll(views.tasks(View.GROUP, caller, offset, 4).items().stream().map(i -> i.get("taskId")).toList());
        }

        assertThat(whole).hasSize(13).doesNotHaveDuplicates();
        assertThat(paged).isEqualTo(whole);
        assertThat(views.tasks(View.GROUP, caller, 0, 4).total()).isEqualTo(13L);
        assertThat(views.tasks(View.GROUP, caller, 12, 4).items()).hasSize(1).allSatisfy(item -> assertThat(item.get("name")).isEqualTo("批量"));
        database.jdbc().update("delete from sf_inbox where principal in ('g:paging-a', 'g:paging-b')");
    }

    @Test
    void shouldRepairRowsChangedBesideTheEngine() {
        Task task = newReport("370405");
        database.jdbc().update("delete from sf_inbox where task_id = ?", task.getId());
        database.jdbc().update("insert into sf_inbox (task_id, principal, kind, tenant_id, process_instance_id, task_name) values (?, ?, 'C', '370405', ?, ?)",
                "no-such-task", "g:complaint-clerk", task.getProcessInstanceId(), "不存在的任务");

        int repaired = reconciliation.reconcile();

        assertThat(repaired).isGreaterThanOrEqualTo(2);
        assertThat(database.jdbc().queryForList("select principal from sf_inbox where task_id = ?", String.class, task.getId()))
                .containsExactly("g:" + InboxUsers.GROUP);
        assertThat(database.jdbc().queryForObject("select count(*) from sf_inbox where task_id = 'no-such-task'", Long.class)).isZero();
        assertThat(reconciliation.reconcile()).isZero();
    }

    @Test
    void shouldRefuseAnUnknownViewAndAPageTooDeep() {
        Http clerk = InboxUsers.as(port, InboxUsers.CLERK);

        Http.Response unknown = clerk.get("/api/inbox?view=everything");
        Http.Response deep = clerk.get("/api/inbox?view=mine&page=300&size=100");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("error").asText()).contains("视图");
        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.json().path("error").asText()).contains("5000");
        assertThat(Http.anonymous(port).get("/api/inbox").status()).isEqualTo(401);
    }

    @BeforeEach
    void officials() {
        InboxUsers.ensure(identityService);
    }

    private Task newReport(String jurisdiction) {
        return InboxUsers.newReport(runtimeService, taskService, jurisdiction);
    }

    private void insertRows(String principal, char kind, int count) {
        List<Object[]> rows = new ArrayList<>();
        Timestamp due = Timestamp.from(Instant.now().plus(10, ChronoUnit.DAYS));
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {principal + "-" + System.nanoTime() + "-" + i, principal, String.valueOf(kind), due});
        }
        database.jdbc().batchUpdate("insert into sf_inbox (task_id, principal, kind, tenant_id, task_name, due_at, sort_at) values (?, ?, ?, '370405', '批量', ?, ?)",
                rows.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[3]}).toList());
    }

    private static String toInstant(String offsetDateTime) {
        return java.time.OffsetDateTime.parse(offsetDateTime).toInstant().toString();
    }

    static JsonNode item(JsonNode inbox, String taskId) {
        for (JsonNode item : inbox.path("items")) {
            if (item.path("taskId").asText().equals(taskId)) {
                return item;
            }
        }
        return null;
    }
}
