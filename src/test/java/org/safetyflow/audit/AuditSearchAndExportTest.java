package org.safetyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safetyflow.testing.Complaints.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safetyflow.testing.Complaints;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Auditors find case files and take them away as JSON or CSV; every search and export is recorded. */
@EngineTest
class AuditSearchAndExportTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void shouldFindCasesByNumberProcessStateEnterpriseAndActor() {
        String finished = closedReport("滕州某机械有限公司");
        Http auditor = Http.as(port, "auditor", "demo");

        assertThat(auditor.get("/api/audit/cases?caseNumber=" + finished).json().at("/cases/0/caseNumber").asText()).isEqualTo(finished);
        JsonNode byEnterprise = auditor.get("/api/audit/cases?enterprise=" + java.net.URLEncoder.encode("滕州某机械", java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(byEnterprise.path("cases").findValuesAsText("caseNumber")).contains(finished);
        JsonNode finishedIntake = auditor.get("/api/audit/cases?processKey=complaint-intake&state=finished&jurisdiction=370481&size=200").json();
        assertThat(finishedIntake.path("cases").findValuesAsText("caseNumber")).contains(finished);
        assertThat(finishedIntake.path("cases").findValuesAsText("state")).containsOnly("COMPLETED");
        assertThat(auditor.get("/api/audit/cases?actor=enforcement-officer&size=200").json().path("cases").findValuesAsText("caseNumber"))
                .contains(finished);
        assertThat(Http.as(port, "enforcement-officer", "demo").get("/api/audit/cases").status()).isEqualTo(403);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/audit/cases?state=lost             | state  | 「案件状态」（state）应为以下取值之一：running、finished、overdue",
            "/api/audit/cases?from=2026/01/01        | from   | 「起始日期」（from）应为日期，格式 YYYY-MM-DD",
            "/api/audit/cases?to=2026-02-30          | to     | 「截止日期」（to）应为日期，格式 YYYY-MM-DD",
            "/api/audit/cases?page=0                 | page   | 「页码」（page）应为不小于 1 的整数",
            "/api/audit/cases?page=first             | page   | 「页码」（page）应为整数",
            "/api/audit/cases?size=201               | size   | 「每页条数」（size）应为 1 至 200 之间的整数",
            "/api/audit/export?from=yesterday        | from   | 「起始日期」（from）应为日期，格式 YYYY-MM-DD",
            "/api/audit/export?format=xml            | format | 「导出格式」（format）应为以下取值之一：json、csv"})
    void shouldRefuseBadSearchAndExportParametersInChinese(String path, String field, String message) {
        Http.Response response = Http.as(port, "auditor", "demo").get(path);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().path("error").asText()).isEqualTo(message);
        assertThat(response.json().path("field").asText()).isEqualTo(field);
    }

    @Test
    void shouldExportACaseFileAsJsonAndCsv() {
        String caseNumber = closedReport("滕州某建材有限公司");
        Http auditor = Http.as(port, "auditor", "demo");

        Http.Response json = auditor.get("/api/audit/cases/" + caseNumber + "/export?format=json");
        Http.Response csv = auditor.get("/api/audit/cases/" + caseNumber + "/export?format=csv");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().at("/case/caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(json.json().path("timeline").size()).isGreaterThan(10);
        assertThat(json.json().at("/integrity/intact").isBoolean()).isTrue();
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF案件编号,时间,类型,说明,办理人,环节,变量,原值,新值,事件标识");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(caseNumber + ",").contains("TASK_COMPLETED"));
        assertThat(auditor.get("/api/audit/cases/" + caseNumber + "/export?format=xml").json().path("error").asText())
                .isEqualTo("「导出格式」（format）应为以下取值之一：json、csv");
        assertThat(auditor.get("/api/audit/cases/" + caseNumber + "/access-log").json().findValuesAsText("action")).contains("EXPORT");
    }

    @Test
    void shouldStreamASearchResultAsOneDownload() {
        String a = closedReport("滕州甲公司");
        String b = closedReport("滕州乙公司");

        Http.Response csv = Http.as(port, "auditor", "demo").get("/api/audit/export?format=csv&processKey=complaint-intake&jurisdiction=370481");
        Http.Response json = Http.as(port, "auditor", "demo").get("/api/audit/export?format=json&caseNumber=" + a);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains(a + ",").contains(b + ",");
        assertThat(json.json().isArray()).isTrue();
        assertThat(json.json().get(0).at("/case/caseNumber").asText()).isEqualTo(a);
    }

    private String closedReport(String enterprise) {
        Map<String, Object> variables = report("370481");
        variables.put("enterpriseName", enterprise);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("complaint-intake", variables);
        Complaints.close(taskService, instance.getId());
        return instance.getBusinessKey();
    }
}
