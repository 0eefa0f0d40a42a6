package org.safetyflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A task that makes a 文书 records it with the case, readable by those who may see the case. */
@EngineTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseDocumentsTest {

    static final String MODEL = """
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Report" />
                <bpmn:userTask id="Report" name="提交报告">
                  <bpmn:extensionElements>
                    <camunda:taskListener event="complete" expression="${caseDocuments.fromTask(task, 'HAZARD_REPORT')}" />
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="F2" sourceRef="Report" targetRef="End" />
                <bpmn:endEvent id="End" />
            """;

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    CaseDocuments documents;

    @BeforeAll
    void deploy() {
        TestProcesses.deploy(repositoryService, "document-test", "文书测试", MODEL);
    }

    @Test
    void shouldKeepTheDocumentATaskMadeWithTheCaseEvenAfterItEnds() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("document-test", Map.of("jurisdiction", "370405"));
        String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        taskService.setAssignee(task, "enterprise");
        taskService.complete(task, Map.of("currentSituation", "液氨储罐区未设置泄漏报警", "fundsYuan", 120000.0,
                "reportedOn", Date.from(OffsetDateTime.parse("2026-11-20T09:00:00+08:00").toInstant())));

        JsonNode documents = Http.as(port, "taierzhuang", "demo").get("/api/cases/" + instance.getBusinessKey() + "/documents").json();

        assertThat(documents.size()).isEqualTo(1);
        JsonNode report = documents.get(0);
        assertThat(report.path("kind").asText()).isEqualTo("HAZARD_REPORT");
        assertThat(report.path("title").asText()).isEqualTo("重大事故隐患报告");
        assertThat(report.path("createdBy").asText()).isEqualTo("enterprise");
        assertThat(report.path("activityId").asText()).isEqualTo("Report");
        assertThat(report.at("/content/currentSituation").asText()).isEqualTo("液氨储罐区未设置泄漏报警");
        assertThat(report.at("/content/fundsYuan").asDouble()).isEqualTo(120000.0);
        assertThat(report.at("/content/reportedOn").asText()).isEqualTo("2026-11-20T09:00+08:00");
    }

    @Test
    void shouldNotShowTheDocumentsOfAnotherCountysCase() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("document-test", Map.of("jurisdiction", "370405"));

        Http.Response response = Http.as(port, "shanting", "demo").get("/api/cases/" + instance.getBusinessKey() + "/documents");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("error").asText()).contains("未找到案件");
    }

    @Test
    void shouldFindEveryDocumentTypeAModelNamesDeclaredForItsProcess() throws IOException {
        Pattern process = Pattern.compile("<bpmn:process id=\"([a-z-]+)\"");
        Pattern named = Pattern.compile("caseDocuments\\.from(?:Task|Execution)\\((?:task|execution), '([A-Z_]+)'\\)");
        int checked = 0;
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path model : models.filter(m -> m.toString().endsWith(".bpmn")).toList()) {
                String xml = Files.readString(model);
                Matcher key = process.matcher(xml);
                assertThat(key.find()).as(model.toString()).isTrue();
                Matcher code = named.matcher(xml);
                while (code.find()) {
                    assertThat(documents.type(key.group(1), code.group(1)).fields()).as(code.group(1)).isNotEmpty();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(30);
        assertThatThrownBy(() -> documents.type("hazard-rectification", "NO_SUCH_DOCUMENT")).isInstanceOf(IllegalStateException.class);
    }
}
