package org.safetyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An accident case run over REST by the role users, then replayed by an auditor. */
@EngineTest
class AuditTimelineTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    HistoryService historyService;
    @Autowired
    AuditChain chain;
    @Autowired
    Timelines timelines;

    @BeforeEach
    void aCountyAuditor() {
        if (identityService.createUserQuery().userId("auditor-shanting").count() == 0) {
            User user = identityService.newUser("auditor-shanting");
            user.setFirstName("山亭区");
            user.setLastName("审计员");
            user.setPassword("Audit#Shanting26");
            identityService.saveUser(user);
            identityService.createMembership("auditor-shanting", "auditor");
            identityService.createTenantUserMembership("370406", "auditor-shanting");
        }
    }

    @Test
    void shouldReplayEveryKindOfEventInOrderWithItsActors() {
        String caseNumber = scriptedAccident();

        JsonNode timeline = Http.as(port, "auditor", "demo").get("/api/audit/cases/" + caseNumber + "/timeline").json();
        List<String> types = StreamSupport.stream(timeline.spliterator(), false).map(e -> e.path("type").asText()).toList();

        assertThat(types.get(0)).isEqualTo("CASE_STARTED");
        assertThat(types).contains("ACTIVITY_STARTED", "ACTIVITY_ENDED", "TASK_CREATED", "TASK_ASSIGNED", "TASK_COMPLETED",
                "VARIABLE_CREATED", "VARIABLE_UPDATED", "COMMENT", "USER_OPERATION", "DECISION_EVALUATED", "NOTICE_PUBLISHED",
                "DOCUMENT_RECORDED", "CLOCK_PAUSED", "CLOCK_RESUMED", "TIMER_FIRED");
        List<String> times = StreamSupport.stream(timeline.spliterator(), false).map(e -> e.path("time").asText()).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(a).compareTo(OffsetDateTime.parse(b)));
        assertThat(first(timeline, "CASE_STARTED").path("user").asText()).isEqualTo("accident-officer");
        assertThat(events(timeline, "TASK_COMPLETED")).anySatisfy(e -> {
            assertThat(e.path("description").asText()).contains("签发事故查处挂牌督办通知书");
            assertThat(e.path("user").asText()).isEqualTo("safety-committee-office");
        });
        assertThat(events(timeline, "USER_OPERATION")).anySatisfy(e -> {
            assertThat(e.path("description").asText()).contains("认领任务");
            assertThat(e.path("user").asText()).isEqualTo("safety-committee-office");
        });
        assertThat(first(timeline, "COMMENT").path("description").asText()).contains("督办事项已与市安委办会商");
    }

    @Test
    void shouldShowAVariableChangedTwiceWithItsOldAndNewValues() {
        String caseNumber = scriptedAccident();

        JsonNode timeline = Http.as(port, "auditor", "demo").get("/api/audit/cases/" + caseNumber + "/timeline").json();
        List<JsonNode> deaths = events(timeline, "VARIABLE_CREATED", "VARIABLE_UPDATED").stream()
                .filter(e -> e.path("variable").asText().equals("deaths")).toList();

        assertThat(deaths).hasSizeGreaterThanOrEqualTo(3);
        assertThat(deaths.get(0).path("newValue").asInt()).isEqualTo(2);
        JsonNode firstChange = deaths.stream().filter(e -> e.path("type").asText().equals("VARIABLE_UPDATED")).findFirst().orElseThrow();
        assertThat(firstChange.path("oldValue").asInt()).isEqualTo(2);
        assertThat(firstChange.path("newValue").asInt()).isEqualTo(3);
        JsonNode lastChange = deaths.get(deaths.size() - 1);
        assertThat(lastChange.path("oldValue").asInt()).isEqualTo(3);
        assertThat(lastChange.path("newValue").asInt()).isEqualTo(4);
    }

    @Test
    void shouldShowWhyTheAccidentWasGradedAsItWas() {
        String caseNumber = scriptedAccident();

        JsonNode timeline = Http.as(port, "auditor", "demo").get("/api/audit/cases/" + caseNumber + "/timeline").json();
        List<JsonNode> decisions = events(timeline, "DECISION_EVALUATED");
        JsonNode regrade = decisions.stream().filter(d -> d.at("/details/decisionKey").asText().equals("accident-grade"))
                .reduce((a, b) -> b).orElseThrow();

        assertThat(regrade.at("/inputs/死亡人数").asInt()).isEqualTo(3);
        assertThat(regrade.at("/outputs/grade").asText()).isEqualTo("LARGER");
        assertThat(regrade.at("/details/matchedRules/0").asText()).isEqualTo("Rule_DeathsLarger");
        assertThat(decisions).anySatisfy(d -> assertThat(d.at("/outputs/supervisionLevel").asText()).isEqualTo("PROVINCE"));
    }

    @Test
    void shouldLetOnlyAuditorsOfTheCasesJurisdictionReadItAndRecordEveryAccess() {
        String caseNumber = scriptedAccident();

        assertThat(Http.as(port, "accident-officer", "demo").get("/api/audit/cases/" + caseNumber + "/timeline").status()).isEqualTo(403);
        assertThat(Http.as(port, "auditor-shanting", "Audit#Shanting26").get("/api/audit/cases/" + caseNumber + "/timeline").status()).isEqualTo(404);
        assertThat(Http.as(port, "auditor", "demo").get("/api/audit/cases/" + caseNumber + "/timeline").status()).isEqualTo(200);
        JsonNode log = Http.as(port, "auditor", "demo").get("/api/audit/cases/" + caseNumber + "/access-log").json();

        assertThat(StreamSupport.stream(log.spliterator(), false).map(e -> e.path("user").asText() + ":" + e.path("action").asText()))
                .contains("auditor:VIEW_TIMELINE");
    }

    @Test
    void shouldNameThePersonWhoseCommandChangedEachFigure() {
        JsonNode started = reportedAccident(Http.as(port, "accident-officer", "demo"));
        String caseNumber = started.path("businessKey").asText();
        Http.as(port, "demo", "demo").post("/engine-rest/message", "{\"messageName\": \"accident-casualty-update\", \"businessKey\": \""
                + caseNumber + "\", \"processVariables\": {\"deaths\": {\"value\": 3, \"type\": \"Integer\"}}}");

        JsonNode timeline = Http.as(port, "auditor", "demo").get("/api/audit/cases/" + caseNumber + "/timeline").json();
        List<JsonNode> deaths = events(timeline, "VARIABLE_CREATED", "VARIABLE_UPDATED").stream()
                .filter(e -> e.path("variable").asText().equals("deaths")).toList();

        assertThat(deaths.get(0).path("user").asText()).isEqualTo("accident-officer");
        assertThat(deaths.get(1).path("oldValue").asInt()).isEqualTo(2);
        assertThat(deaths.get(1).path("newValue").asInt()).isEqualTo(3);
        assertThat(deaths.get(1).path("user").asText()).as("the 补报 was correlated by demo").isEqualTo("demo");
        assertThat(events(timeline, "VARIABLE_CREATED", "VARIABLE_UPDATED")).as("what a step computed in their command is theirs too")
                .allSatisfy(e -> assertThat(e.path("user").asText()).isIn("accident-officer", "demo"));

        chain.seal(historicCase(caseNumber));
        assertThat(Http.as(port, "auditor", "demo").get("/api/audit/cases/" + caseNumber + "/verify").json().path("status").asText())
                .as("who changed a figure is sealed with it").isEqualTo("INTACT");
    }

    @Test
    void shouldReadFromAnyMomentOnWhatTheWholeTimelineHasFromThen() {
        HistoricProcessInstance instance = historicCase(scriptedAccident());
        List<TimelineEvent> whole = timelines.of(instance);

        for (Instant from : whole.stream().map(event -> event.time().toInstant()).distinct().toList()) {
            assertThat(sealable(timelines.since(instance, from), from)).as("from " + from).isEqualTo(sealable(whole, from));
        }
    }

    /** The events the sealer takes from a moment on: each by its id and its sealed facts. */
    private static Set<String> sealable(List<TimelineEvent> events, Instant from) {
        return events.stream().filter(event -> !event.time().toInstant().isBefore(from))
                .map(event -> event.id() + " " + HexFormat.of().formatHex(AuditChain.hash(event))).collect(Collectors.toSet());
    }

    /** 快报 (2 deaths) in 台儿庄 → 补报 3 → claim, comment, 督办通知 → team → appraisal → 补报 4 (after the window) → overdue timer. */
    private String scriptedAccident() {
        Http officer = Http.as(port, "accident-officer", "demo");
        String reported = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1).minusMinutes(30).toString();
        JsonNode started = reportedAccident(officer);
        String id = started.path("id").asText();
        String caseNumber = started.path("businessKey").asText();
        officer.post("/engine-rest/message", "{\"messageName\": \"accident-casualty-update\", \"businessKey\": \"" + caseNumber + "\","
                + "\"processVariables\": {\"deaths\": {\"value\": 3, \"type\": \"Integer\"}}}");
        for (String task : taskIds(id, "Task_ReportUp")) {
            officer.post("/engine-rest/task/" + task + "/complete", "{\"variables\": {\"reportedUpAt\": {\"value\": \"" + reported + "\"},"
                    + "\"reportRecipient\": {\"value\": \"上级应急管理局\"}}}");
        }
        for (String task : taskIds(id, "Task_ReportUp")) {
            officer.post("/engine-rest/task/" + task + "/complete", "{\"variables\": {\"reportedUpAt\": {\"value\": \"" + reported + "\"},"
                    + "\"reportRecipient\": {\"value\": \"省应急管理厅\"}}}");
        }
        Http office = Http.as(port, "safety-committee-office", "demo");
        String notice = taskIds(id, "Task_IssueSupervisionNotice").get(0);
        office.post("/engine-rest/task/" + notice + "/claim", "{\"userId\": \"safety-committee-office\"}");
        office.post("/engine-rest/task/" + notice + "/comment/create", "{\"message\": \"督办事项已与市安委办会商\"}");
        office.post("/engine-rest/task/" + notice + "/complete", "{\"variables\": {\"supervisionItems\": {\"value\": \"查明原因\"},"
                + "\"supervisionDeadline\": {\"value\": \"2099-01-31\"}, \"supervisionLifting\": {\"value\": \"批复后解除\"}}}");
        String signOff = taskIds(id, "Task_PublishSupervision").get(0);
        Http head = Http.as(port, "bureau-head", "demo");
        JsonNode draft = head.get("/engine-rest/task/" + signOff + "/variables").json();
        head.post("/engine-rest/task/" + signOff + "/complete", "{\"variables\": {\"noticeTitle\": " + draft.path("noticeTitle").toString()
                + ", \"noticeBody\": " + draft.path("noticeBody").toString() + ", \"noticeApproved\": {\"value\": true}}}");
        Http.as(port, "government", "demo").post("/engine-rest/task/" + taskIds(id, "Task_AppointTeam").get(0) + "/complete",
                "{\"variables\": {\"teamLeader\": {\"value\": \"investigation-team\"}, \"teamMembers\": {\"value\": \"investigation-team\"},"
                        + "\"teamUnits\": {\"value\": \"市政府、应急管理局\"}}}");
        Http team = Http.as(port, "investigation-team", "demo");
        team.post("/engine-rest/task/" + taskIds(id, "Task_DeclareNoConflict").get(0) + "/complete", "{\"variables\": {\"noConflict\": {\"value\": true}}}");
        team.post("/engine-rest/task/" + taskIds(id, "Task_Investigate").get(0) + "/complete",
                "{\"variables\": {\"investigationStep\": {\"value\": \"APPRAISAL\"}}}");
        Http.as(port, "expert", "demo").post("/engine-rest/task/" + taskIds(id, "Task_TechnicalAppraisal").get(0) + "/complete",
                "{\"variables\": {\"appraisalConclusion\": {\"value\": \"检测仪失效\"}}}");
        runtimeService.setVariable(id, "supplementDeadline", java.util.Date.from(OffsetDateTime.now().minusDays(1).toInstant()));
        officer.post("/engine-rest/message", "{\"messageName\": \"accident-casualty-update\", \"businessKey\": \"" + caseNumber + "\","
                + "\"processVariables\": {\"deaths\": {\"value\": 4, \"type\": \"Integer\"}}}");
        String timer = managementService.createJobQuery().processInstanceId(id).activityId("Timer_ReportOverdue").singleResult().getId();
        managementService.executeJob(timer);
        return caseNumber;
    }

    /** A 快报 of 2 deaths in 台儿庄, started over REST. */
    private static JsonNode reportedAccident(Http officer) {
        String occurred = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(2).toString();
        String reported = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1).minusMinutes(30).toString();
        return officer.post("/engine-rest/process-definition/key/accident-investigation/start", "{\"variables\": {"
                + "\"jurisdiction\": {\"value\": \"370405\"}, \"enterpriseName\": {\"value\": \"台儿庄某化工有限公司\"},"
                + "\"enterpriseCreditCode\": {\"value\": \"91370405MA3C000019\"}, \"occurredAt\": {\"value\": \"" + occurred + "\"},"
                + "\"reportedAt\": {\"value\": \"" + reported + "\"}, \"deaths\": {\"value\": 2, \"type\": \"Integer\"},"
                + "\"seriousInjuries\": {\"value\": 0, \"type\": \"Integer\"}, \"directEconomicLossYuan\": {\"value\": 500000, \"type\": \"Double\"},"
                + "\"accidentSummary\": {\"value\": \"中毒\"}}}").json();
    }

    private HistoricProcessInstance historicCase(String caseNumber) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    private List<String> taskIds(String processInstanceId, String key) {
        JsonNode tasks = Http.as(port, "demo", "demo").get("/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + key).json();
        List<String> ids = new ArrayList<>();
        tasks.forEach(task -> ids.add(task.path("id").asText()));
        return ids;
    }

    private static JsonNode first(JsonNode timeline, String type) {
        return events(timeline, type).get(0);
    }

    private static List<JsonNode> events(JsonNode timeline, String... types) {
        List<String> wanted = List.of(types);
        return StreamSupport.stream(timeline.spliterator(), false).filter(e -> wanted.contains(e.path("type").asText())).toList();
    }
}
