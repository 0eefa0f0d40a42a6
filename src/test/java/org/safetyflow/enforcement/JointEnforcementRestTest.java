package org.safetyflow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.registry.Enterprises;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.registry.JurisdictionTenants;
import org.safetyflow.storage.Database;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A joint-enforcement case over the REST API as the people who work it: the lead department's 执法人员 opens it (another
 * department's may not); bad input and a sample larger than the pool are refused with 400 and store nothing; the head
 * approves; only the drawn team records an inspection; the inspected enterprise sees nothing of the sample before it.
 */
@EngineTest
class JointEnforcementRestTest {

    private static final String START = "/engine-rest/process-definition/key/joint-enforcement/start";
    private static final String SUBMIT = "/engine-rest/process-definition/key/joint-enforcement/submit-form";
    private static final String OWN = "91370405MA3C000019";

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    @Autowired
    Enterprises enterprises;
    @Autowired
    JurisdictionDirectory jurisdictions;
    @Autowired
    JurisdictionTenants tenants;
    @Autowired
    Database database;
    @Autowired
    EnforcementDraws draws;

    @BeforeEach
    void county() {
        JointEnforcementFixture.ensureCounty(jurisdictions, tenants);
    }

    @Test
    void shouldLetTheLeadOfficerOpenThePlanAndOnlyTheDrawnTeamRecordTheInspection() {
        JointEnforcementFixture.Pool pool = JointEnforcementFixture.pool(enterprises, 1);
        Http officer = Http.as(port, "enforcement-officer", "demo");
        Http.Response notLead = Http.as(port, "inspector-market-1", "demo").post(START, plan(JointEnforcementFixture.COUNTY, pool.industry(), 1));
        assertThat(notLead.status()).as(notLead.body()).isEqualTo(403);
        assertThat(notLead.json().path("message").asText()).contains("由牵头部门（参与部门中的第一个：应急管理）发起");

        Http.Response started = officer.post(START, plan(JointEnforcementFixture.COUNTY, pool.industry(), 1));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        String caseNumber = started.json().path("businessKey").asText();
        Http otherDepartment = Http.as(port, "inspector-market-1", "demo");
        String planning = taskId(otherDepartment, instance, "Task_Plan");
        Http.Response notPlanner = otherDepartment.post("/engine-rest/task/" + planning + "/complete", "{\"variables\": {"
                + "\"inspectionsFrom\": {\"value\": \"2026-01-05T08:00:00+08:00\"}, \"inspectionsUntil\": {\"value\": \"2099-12-31T17:00:00+08:00\"},"
                + "\"planDescription\": {\"value\": \"四不两直\"}}}");
        assertThat(notPlanner.status()).as("the plan is the lead department's: " + notPlanner.body()).isEqualTo(403);
        assertThat(notPlanner.json().path("message").asText()).contains("无权办理");
        Http.Response notClaimed = otherDepartment.post("/engine-rest/task/" + planning + "/claim", "{\"userId\": \"inspector-market-1\"}");
        assertThat(notClaimed.status()).as(notClaimed.body()).isEqualTo(403);
        assertThat(notClaimed.json().path("message").asText()).contains("不能认领");
        complete(officer, instance, "Task_Plan", "\"inspectionsFrom\": {\"value\": \"2026-01-05T08:00:00+08:00\"},"
                + "\"inspectionsUntil\": {\"value\": \"2099-12-31T17:00:00+08:00\"}, \"planDescription\": {\"value\": \"四不两直\"}");
        Http head = Http.as(port, "bureau-head", "demo");
        complete(head, instance, "Task_ApprovePlan", "\"planApproved\": {\"value\": true}");
        JsonNode notice = head.get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=Task_PublishPlan").json().get(0);
        String title = head.get("/engine-rest/task/" + notice.path("id").asText() + "/variables/noticeTitle").json().path("value").asText();
        String body = head.get("/engine-rest/task/" + notice.path("id").asText() + "/variables/noticeBody").json().path("value").asText();
        assertThat(body).doesNotContain(pool.creditCodes().get(0));
        complete(head, instance, "Task_PublishPlan", "\"noticeTitle\": {\"value\": \"" + title + "\"}, \"noticeBody\": {\"value\": "
                + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(body) + "}, \"noticeApproved\": {\"value\": true}");

        String inspection = taskId(officer, instance, "Task_Inspect");
        List<String> team = List.of(officer.get("/engine-rest/task/" + inspection + "/variables/inspectionTeam").json().path("value").asText().split(","));
        assertThat(team).contains("enforcement-officer", "inspector-market-1", "inspector-market-2");
        String record = record(officer, instance, team);
        Http notDrawn = Http.as(port, "inspector-fire-1", "demo");
        assertThat(notDrawn.get("/engine-rest/task?processInstanceId=" + instance).json().size()).as("an 执法人员 reads the case").isPositive();
        Http.Response refused = notDrawn.post("/engine-rest/task/" + inspection + "/complete", record);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        Http.Response emptyForm = notDrawn.post("/engine-rest/task/" + inspection + "/complete", "{\"variables\": {}}");
        assertThat(emptyForm.status()).as("who may not work the task hears that, not what the form lacks: " + emptyForm.body()).isEqualTo(403);
        assertThat(emptyForm.body()).contains("无权办理");
        assertThat(refused.json().path("message").asText()).contains("无权办理");
        Http.Response tooFew = officer.post("/engine-rest/task/" + inspection + "/complete", record.replace(
                "\"presentInspectors\": {\"value\": \"" + team.get(0) + "、" + team.get(1) + "\"}", "\"presentInspectors\": {\"value\": \"" + team.get(0) + "\"}"));
        assertThat(tooFew.status()).as(tooFew.body()).isEqualTo(400);
        assertThat(tooFew.json().path("message").asText()).contains("现场检查的执法人员不得少于两人");
        JsonNode options = officer.get("/engine-rest/task/" + inspection + "/form-variables?variableNames=inspectorOptions").json()
                .path("inspectorOptions").path("value");
        assertThat(options.findValuesAsText("value")).as("the form's checklist offers the drawn team").isEqualTo(team);
        assertThat(options.get(0).path("label").asText()).endsWith("（应急管理，" + team.get(0) + "）");
        // What Tasklist sends for the ticked checklist: a JSON list as a serialized Object.
        String ticked = record.replace("\"presentInspectors\": {\"value\": \"" + team.get(0) + "、" + team.get(1) + "\"}",
                "\"presentInspectors\": {\"type\": \"Object\", \"value\": \"[\\\"" + team.get(0) + "\\\", \\\"" + team.get(1)
                        + "\\\"]\", \"valueInfo\": {\"objectTypeName\": \"java.util.ArrayList\", \"serializationDataFormat\": \"application/json\"}}");
        assertThat(ticked).isNotEqualTo(record);
        Http.Response done = officer.post("/engine-rest/task/" + inspection + "/complete", ticked);
        assertThat(done.status()).as(done.body()).isEqualTo(204);

        JsonNode draw = officer.get("/api/enforcement/draws/" + caseNumber).json();
        assertThat(draw.path("sampledEnterprises").get(0).asText()).isEqualTo(pool.creditCodes().get(0));
        assertThat(head.get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=Task_PublishResults").json().size()).isEqualTo(1);

        JsonNode results = head.get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=Task_PublishResults").json().get(0);
        String resultsTitle = head.get("/engine-rest/task/" + results.path("id").asText() + "/variables/noticeTitle").json().path("value").asText();
        String resultsBody = head.get("/engine-rest/task/" + results.path("id").asText() + "/variables/noticeBody").json().path("value").asText();
        complete(head, instance, "Task_PublishResults", "\"noticeTitle\": {\"value\": \"" + resultsTitle + "\"}, \"noticeBody\": {\"value\": "
                + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(resultsBody) + "}, \"noticeApproved\": {\"value\": true}");
        // Every 文书 of the case prints; the 检查结果公示 is the public's, under its 文号, addressed to no enterprise.
        Http auditor = Http.as(port, "auditor", "demo");
        JsonNode documents = auditor.get("/api/cases/" + caseNumber + "/documents").json();
        assertThat(documents.findValuesAsText("kind")).contains("SAMPLE_LIST", "INSPECTION_RECORD", "RESULTS_NOTICE");
        for (JsonNode document : documents) {
            Http.Download pdf = auditor.download("/api/cases/" + caseNumber + "/documents/" + document.path("id").asText() + "/pdf");
            assertThat(pdf.status()).as(document.path("kind").asText() + ": " + new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(200);
            if (document.path("kind").asText().equals("RESULTS_NOTICE")) {
                assertThat(document.path("number").asText()).matches("\\p{IsHan}+应急公〔\\d{4}〕\\d+号");
                try (var read = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                    String text = new org.apache.pdfbox.text.PDFTextStripper().getText(read).replaceAll("\\s", "");
                    assertThat(text).contains("检查结果公示", resultsTitle.replaceAll("\\s", "")).doesNotContain(enterprises.find(pool.creditCodes().get(0)).orElseThrow().name() + "：");
                } catch (java.io.IOException unreadable) {
                    throw new AssertionError(unreadable);
                }
            }
            // The drawn and the present inspectors are printed by their names, not their user ids.
            if (List.of("SAMPLE_LIST", "INSPECTION_RECORD").contains(document.path("kind").asText())) {
                try (var read = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                    String text = new org.apache.pdfbox.text.PDFTextStripper().getText(read).replaceAll("\\s", "");
                    assertThat(text).as(document.path("kind").asText()).contains("执法人员（演示）").doesNotContain("enforcement-officer");
                } catch (java.io.IOException unreadable) {
                    throw new AssertionError(unreadable);
                }
            }
        }
    }

    @Test
    void shouldRefuseBadInputAndASampleLargerThanThePoolWith400StoringNothing() {
        JointEnforcementFixture.Pool pool = JointEnforcementFixture.pool(enterprises, 2);
        Http officer = Http.as(port, "enforcement-officer", "demo");
        long cases = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("joint-enforcement").count();
        Integer draws = database.jdbc().queryForObject("select count(*) from sf_enforcement_draw", Integer.class);

        Http.Response tooMany = officer.post(START, plan(JointEnforcementFixture.COUNTY, pool.industry(), 3));
        Http.Response tooManyInTasklist = officer.post(SUBMIT, plan(JointEnforcementFixture.COUNTY, pool.industry(), 3));
        Http.Response named = officer.post(START, plan(JointEnforcementFixture.COUNTY, pool.industry(), 1).replace("[\\\"EMERGENCY\\\", \\\"MARKET\\\"]",
                "[\\\"应急管理局\\\", \\\"市场监督管理局\\\"]"));
        Http.Response zero = officer.post(START, plan(JointEnforcementFixture.COUNTY, pool.industry(), 0));

        for (Http.Response response : List.of(tooMany, tooManyInTasklist)) {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.body()).contains("大于抽查对象名录库中的企业数 2");
        }
        assertThat(named.status()).as(named.body()).isEqualTo(400);
        assertThat(named.body()).contains("应急管理局、市场监督管理局 不是部门代码").contains("EMERGENCY 应急管理");
        assertThat(zero.status()).as(zero.body()).isEqualTo(400);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("joint-enforcement").count()).isEqualTo(cases);
        assertThat(database.jdbc().queryForObject("select count(*) from sf_enforcement_draw", Integer.class)).isEqualTo(draws);
    }

    @Test
    void shouldKeepASeedABrowsersNumberCannotHoldExactTypedAsDigitsOrSentAsAJsonNumberAndRefuseOneThatIsNoSeed() {
        JointEnforcementFixture.Pool pool = JointEnforcementFixture.pool(enterprises, 2);
        Http officer = Http.as(port, "enforcement-officer", "demo");
        String typedInTasklist = "\"randomSeed\": {\"value\": \"9007199254740993\", \"type\": \"String\"}";
        String asJsonNumber = "\"randomSeed\": {\"value\": 9223372036854775807}";
        String negative = "\"randomSeed\": {\"value\": \"-9007199254740995\"}";
        for (String[] sent : new String[][] {{SUBMIT, typedInTasklist, "9007199254740993"}, {START, asJsonNumber, "9223372036854775807"},
                {START, negative, "-9007199254740995"}}) {
            Http.Response started = officer.post(sent[0], withSeed(plan(JointEnforcementFixture.COUNTY, pool.industry(), 1), sent[1]));
            assertThat(started.status()).as(started.body()).isEqualTo(200);
            String instance = started.json().path("id").asText();
            String caseNumber = started.json().path("businessKey").asText();
            JsonNode variable = officer.get("/engine-rest/process-instance/" + instance + "/variables/randomSeed").json();
            assertThat(variable.path("type").asText()).isEqualTo("Long");
            assertThat(variable.path("value").toString()).as("2⁵³ and beyond, not rounded").isEqualTo(sent[2]);
            String record = officer.get("/api/enforcement/draws/" + caseNumber).body();
            assertThat(record).contains("\"seed\":" + sent[2] + ",");
            assertThat(draws.find(caseNumber).orElseThrow().seed()).isEqualTo(Long.parseLong(sent[2]));
        }

        long cases = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("joint-enforcement").count();
        Integer recorded = database.jdbc().queryForObject("select count(*) from sf_enforcement_draw", Integer.class);
        for (String[] bad : new String[][] {{"\"randomSeed\": {\"value\": \"12a\"}", "只能填写数字"},
                {"\"randomSeed\": {\"value\": \"9223372036854775808\"}", "64 位整数"},
                {"\"randomSeed\": {\"value\": 9223372036854775808}", "64 位整数"},
                {"\"randomSeed\": {\"value\": \"1.5\"}", "只能填写数字"}}) {
            for (String path : List.of(START, SUBMIT)) {
                Http.Response refused = officer.post(path, withSeed(plan(JointEnforcementFixture.COUNTY, pool.industry(), 1), bad[0]));
                assertThat(refused.status()).as(refused.body()).isEqualTo(400);
                assertThat(refused.json().path("message").asText()).contains("「随机种子」（randomSeed）").contains(bad[1]);
            }
        }
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("joint-enforcement").count()).isEqualTo(cases);
        assertThat(database.jdbc().queryForObject("select count(*) from sf_enforcement_draw", Integer.class)).isEqualTo(recorded);
    }

    @Test
    void shouldShowTheInspectedEnterpriseNothingOfTheSampleBeforeItsInspection() {
        int pool = enterprises.creditCodes("370405", null).size();
        Http officer = Http.as(port, "enforcement-officer", "demo");
        Http.Response started = officer.post(START, plan("370405", null, pool));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        String caseNumber = started.json().path("businessKey").asText();
        assertThat(officer.get("/api/enforcement/draws/" + caseNumber).json().path("sampledEnterprises").toString()).contains(OWN);

        Http enterprise = Http.as(port, "enterprise", "demo");
        assertThat(enterprise.get("/engine-rest/process-instance?businessKey=" + caseNumber).json().size()).isZero();
        assertThat(enterprise.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNumber).json().size()).isZero();
        assertThat(enterprise.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber).json().size()).isZero();
        assertThat(enterprise.get("/engine-rest/process-instance/" + instance + "/variables/sampledEnterprises").status()).isIn(403, 404);
        assertThat(enterprise.get("/api/enforcement/draws/" + caseNumber).status()).isEqualTo(403);
        assertThat(enterprise.get("/engine-rest/history/variable-instance?processInstanceId=" + instance).json().size()).isZero();
    }

    private static String plan(String jurisdiction, String industry, int sampleSize) {
        return "{\"variables\": {\"jurisdiction\": {\"value\": \"" + jurisdiction + "\"}, \"planName\": {\"value\": \"联合抽查\"},"
                + "\"departments\": {\"value\": \"[\\\"EMERGENCY\\\", \\\"MARKET\\\"]\"},"
                + (industry == null ? "" : "\"industry\": {\"value\": \"" + industry + "\"},")
                + "\"sampleSize\": {\"value\": " + sampleSize + ", \"type\": \"Integer\"}, \"randomSeed\": {\"value\": 42, \"type\": \"Long\"}}}";
    }

    private static String withSeed(String plan, String seed) {
        return plan.replace("\"randomSeed\": {\"value\": 42, \"type\": \"Long\"}", seed);
    }

    private String record(Http officer, String instance, List<String> team) {
        String list = officer.get("/engine-rest/process-instance/" + instance + "/variables/checklistText").json().path("value").asText();
        String results = list.lines().map(line -> line.substring(0, line.indexOf('（')) + "；合格；无").collect(Collectors.joining("\\n"));
        return "{\"variables\": {\"inspectedAt\": {\"value\": \"2026-01-05T10:00:00+08:00\"},"
                + "\"presentInspectors\": {\"value\": \"" + team.get(0) + "、" + team.get(1) + "\"},"
                + "\"refused\": {\"value\": false}, \"checklistResults\": {\"value\": \"" + results + "\"},"
                + "\"findings\": {\"value\": \"NONE\"}}}";
    }

    private void complete(Http user, String instance, String taskKey, String variables) {
        Http.Response response = user.post("/engine-rest/task/" + taskId(user, instance, taskKey) + "/complete",
                "{\"variables\": {" + variables + "}}");
        assertThat(response.status()).as(taskKey + ": " + response.body()).isEqualTo(204);
    }

    private String taskId(Http user, String instance, String taskKey) {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey).json();
        assertThat(tasks.size()).as(taskKey + " visible to the user").isEqualTo(1);
        return tasks.get(0).path("id").asText();
    }
}
