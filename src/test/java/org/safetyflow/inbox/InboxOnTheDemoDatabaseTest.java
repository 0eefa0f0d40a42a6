package org.safetyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The inbox on the demo's database (H2, what the README's first command starts), which reads its ranges as a union
 * instead of PostgreSQL's lateral join: every view answers for a county's official (a range per jurisdiction) and a
 * province's (a range per principal over a hundred and more jurisdictions; a single range was once a statement H2
 * refused, answered 500); and the statistics and a printed 文书, whose SQL runs there too. Runs in a JVM of its own (pom.xml,
 * execution demo-database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:inbox-demo;MODE=LEGACY;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
                "spring.datasource.password=",
                // The test profile's session settings and driver option are PostgreSQL's.
                "spring.datasource.hikari.connection-init-sql=select 1", "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts="})
@ActiveProfiles("test")
@Tag("demo-database")
class InboxOnTheDemoDatabaseTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void shouldAnswerEveryViewOnH2ForACountysAndAProvincesOfficial() {
        InboxUsers.ensure(identityService);
        Task claimed = InboxUsers.newReport(runtimeService, taskService, "370405");
        taskService.claim(claimed.getId(), InboxUsers.PROVINCE);
        Task waiting = InboxUsers.newReport(runtimeService, taskService, "370405");

        for (String user : new String[] {InboxUsers.CLERK, InboxUsers.PROVINCE}) {
            for (String view : new String[] {"mine", "group", "due-soon", "overdue", "cc", "done"}) {
                Http.Response answer = InboxUsers.as(port, user).get("/api/inbox?view=" + view + "&size=5");
                assertThat(answer.status()).as(user + " " + view).isEqualTo(200);
            }
        }
        JsonNode provincesOwn = InboxUsers.as(port, InboxUsers.PROVINCE).get("/api/inbox?view=mine").json();
        JsonNode countysGroup = InboxUsers.as(port, InboxUsers.CLERK).get("/api/inbox?view=group").json();
        assertThat(InboxTest.item(provincesOwn, claimed.getId())).isNotNull();
        assertThat(InboxTest.item(countysGroup, waiting.getId()).path("jurisdictionName").asText()).isEqualTo("台儿庄区");
        assertThat(InboxTest.item(countysGroup, claimed.getId())).isNull();
    }

    @Test
    void shouldAnswerTheStatisticsAndPrintADocumentOnH2() {
        org.camunda.bpm.engine.runtime.ProcessInstance report = runtimeService.startProcessInstanceByKey("complaint-intake",
                org.safetyflow.testing.Complaints.report("370405"));
        Task accept = taskService.createTaskQuery().processInstanceId(report.getId()).singleResult();
        taskService.setAssignee(accept.getId(), "taierzhuang");
        taskService.complete(accept.getId(), java.util.Map.of("acceptance", "ACCEPT"));
        Http demo = Http.as(port, "taierzhuang", "demo");

        Http.Response statistics = demo.get("/api/statistics");
        JsonNode documents = demo.get("/api/cases/" + report.getBusinessKey() + "/documents").json();
        Http.Download pdf = demo.download("/api/cases/" + report.getBusinessKey() + "/documents/" + documents.get(0).path("id").asText() + "/pdf");

        assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
        assertThat(statistics.json().path("byJurisdiction").findValuesAsText("name")).contains("台儿庄区");
        assertThat(documents.get(0).path("number").asText()).startsWith("台应急举受〔");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
    }
}
