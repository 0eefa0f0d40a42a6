package org.safetyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hostile requests that got a 500 before (issue 16), each with its answer: 400 before the database for bad values
 * and unparsable uploads, the input checks on every variant of a path, 404 for what is not there — in Chinese, without
 * SQL, and nothing stored.
 */
@EngineTest
class ErrorAnswersRestTest {

    private static final String START = "/engine-rest/process-definition/key/hazard-rectification/start";
    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final String REPORT = "\"jurisdiction\": {\"value\": \"370405\"}, \"enterpriseName\": {\"value\": \"台儿庄某化工有限公司\"},"
            + " \"enterpriseCreditCode\": {\"value\": \"91370405MA3C000019\"}, \"hazardSource\": {\"value\": \"INSPECTION\"},"
            + " \"discoveredAt\": {\"value\": \"2026-11-01T15:00:00+08:00\"}";

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void shouldCheckTheInputOnEveryVariantOfAStartPath() {
        long before = hazards();
        for (String variant : List.of(START + ";x=1", START + "/", "/engine-rest//process-definition/key/hazard-rectification/start",
                "/engine-rest/process-definition/key/hazard-rectification/st%61rt", "/engine-rest/engine/default/process-definition/key/hazard-rectification/start")) {
            // The description is missing: every variant meets the input spec, also for a role user (no wrong 403).
            Http.Response answer = officer().post(variant, "{\"variables\": {" + REPORT + "}}");

            assertThat(answer.status()).as(variant + " " + answer.body()).isEqualTo(400);
            assertThat(answer.json().path("field").asText()).as(variant).isEqualTo("hazardDescription");
        }
        assertThat(hazards()).isEqualTo(before);
    }

    @Test
    void shouldRefuseNulCharactersOverlongValuesAndNamesBeforeTheDatabase() {
        long before = hazards();
        String nul = officer().post(START, "{\"variables\": {" + REPORT + ", \"hazardDescription\": {\"value\": \"液氨\\u0000储罐\"}}}").body();
        Http.Response undeclaredNul = officer().post(START, "{\"variables\": {" + REPORT + ", \"hazardDescription\": {\"value\": \"液氨储罐\"},"
                + " \"note\": {\"value\": \"a\\u0000b\"}}}");
        // Texts of any length are kept (as bytes over the engine's 4,000-character column), up to the longest a spec declares.
        Http.Response tooLong = officer().post(START, "{\"variables\": {" + REPORT + ", \"hazardDescription\": {\"value\": \"液氨储罐\"},"
                + " \"note\": {\"value\": \"" + "长".repeat(200_001) + "\"}}}");
        Http.Response megabyte = officer().post(START, "{\"variables\": {" + REPORT + ", \"hazardDescription\": {\"value\": \"液氨储罐\"},"
                + " \"note\": {\"value\": \"" + "x".repeat(1 << 20) + "\"}}}");
        Http.Response tenMegabytes = officer().post(START, "{\"variables\": {" + REPORT + ", \"hazardDescription\": {\"value\": \"液氨储罐\"},"
                + " \"note\": {\"value\": \"" + "x".repeat(10 << 20) + "\"}}}");
        Http.Response longName = officer().post(START, "{\"variables\": {" + REPORT + ", \"hazardDescription\": {\"value\": \"液氨储罐\"},"
                + " \"" + "n".repeat(300) + "\": {\"value\": \"x\"}}}");
        Http.Response farPast = officer().post(START, "{\"variables\": {" + REPORT.replace("2026-11-01T15:00:00+08:00", "-999999999-01-01T00:00:00Z")
                + ", \"hazardDescription\": {\"value\": \"液氨储罐\"}}}");
        Http.Response deep = officer().post(START, "{\"variables\": {\"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}}");

        assertThat(nul).contains("含有不允许的控制字符");
        for (Http.Response answer : List.of(undeclaredNul, tooLong, megabyte, longName, farPast, deep)) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.json().path("message").asText()).containsPattern(CHINESE).doesNotContainIgnoringCase("sql");
        }
        assertThat(tooLong.json().path("message").asText()).isEqualTo("字段「note」过长：文本最多 200000 个字符（更长的内容请作为附件上传）");
        assertThat(megabyte.json().path("message").asText()).contains("最多 200000 个字符");
        assertThat(tenMegabytes.status()).as("a body over 5 MB").isEqualTo(413);
        assertThat(tenMegabytes.json().path("message").asText()).isEqualTo("请求内容过大（JSON 请求体最多 5 MB）");
        assertThat(farPast.json().path("message").asText()).contains("年份应在 1900 至 9999 之间");
        assertThat(hazards()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAbsurdPagingAndParametersOnBothApis() {
        Http demo = Http.as(port, "demo", "demo");
        for (String path : List.of("/engine-rest/task?processInstanceBusinessKey=%00", "/engine-rest/task?firstResult=-1&maxResults=10",
                "/engine-rest/task?firstResult=2147483647&maxResults=2147483647", "/api/public/notices?page=2147483647",
                "/api/security-log?from=-999999999-01-01", "/api/audit/cases?caseNumber=" + "9".repeat(5000),
                "/api/security-log?actor=" + "a".repeat(5000), "/api/audit/cases?page=2147483647&size=200")) {
            Http.Response answer = (path.startsWith("/api/public") ? Http.anonymous(port) : demo).get(path);

            assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(400);
            assertThat(answer.json().path("error").asText()).as(path).containsPattern(CHINESE);
        }
    }

    @Test
    void shouldRefuseAnUnparsableOrDeeplyNestedUploadWith400AndDeployNothing() {
        Http demo = Http.as(port, "demo", "demo");
        long deployments = repositoryService.createDeploymentQuery().count();
        String nested = "{\"components\": [" + "{\"components\": [".repeat(3000) + "]}".repeat(3000) + "], \"id\": \"deep\"}";

        List<Http.Response> answers = List.of(
                demo.upload("/engine-rest/deployment/create", "deployment-name=broken", "broken.bpmn", "<bpmn:definitions"),
                demo.upload("/engine-rest/deployment/create", "deployment-name=deep", "deep.form", nested),
                demo.upload("/engine-rest/deployment/create", "deployment-name=notjson", "broken.form", "{\"components\": ["),
                demo.upload("/engine-rest/deployment/create", "deployment-name=invalid", "invalid.bpmn",
                        "<?xml version=\"1.0\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"t\">"
                                + "<bpmn:process id=\"p\" isExecutable=\"true\"><bpmn:sequenceFlow id=\"f\" sourceRef=\"nowhere\" targetRef=\"nothing\"/>"
                                + "</bpmn:process></bpmn:definitions>"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.json().path("message").asText()).containsPattern(CHINESE);
        });
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void shouldAnswerWhatIsNotThere404InChinese() {
        Http demo = Http.as(port, "demo", "demo");
        for (String path : List.of("/engine-rest/no-such-resource", "/engine-rest/process-instance/no-such-case", "/api/no-such-thing",
                "/engine-rest/process-definition/key/no-such-process")) {
            Http.Response answer = demo.get(path);

            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.json().path("error").asText(answer.json().path("message").asText())).as(path + " " + answer.body())
                    .containsPattern(CHINESE).doesNotContain("服务器内部错误");
        }
        Http.Response posted = demo.post("/api/tasks//recall", "{}");
        assertThat(posted.status()).isEqualTo(404);
        assertThat(posted.json().path("type").asText()).as(posted.body()).isEqualTo("NotFoundException");
    }

    private Http officer() {
        return Http.as(port, "hazard-officer", "demo");
    }

    private long hazards() {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("hazard-rectification").count();
    }
}
