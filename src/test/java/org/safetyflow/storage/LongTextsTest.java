package org.safetyflow.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Texts longer than the engine's 4,000-character string column, on PostgreSQL: kept as bytes, read back as the String
 * they were — over REST (start, completion, a task's form), from a listener, in the history and on the audit timeline.
 */
@EngineTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LongTextsTest {

    /** A case whose listener drafts a text from what was started with, then waits for a review. */
    private static final String DRAFTING_PROCESS = """
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Review" />
                <bpmn:userTask id="Review" name="审核">
                  <bpmn:extensionElements>
                    <camunda:executionListener event="start" expression="${execution.setVariable('draft', report.concat('（起草完毕）'))}" />
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="F2" sourceRef="Review" targetRef="Wait" />
                <bpmn:userTask id="Wait" name="等待" />
                <bpmn:sequenceFlow id="F3" sourceRef="Wait" targetRef="End" />
                <bpmn:endEvent id="End" />
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    DataSource dataSource;

    @BeforeAll
    void deploy() {
        TestProcesses.deploy(repositoryService, "long-text-test", "长文本测试", DRAFTING_PROCESS);
    }

    @Test
    void shouldKeepA20000CharacterChineseTextThroughRestAListenerTheHistoryAndTheAuditTimeline() {
        String report = chinese(20_000, "调查报告");
        String revised = chinese(20_000, "审核意见");
        Http demo = Http.as(port, "demo", "demo");

        Http.Response started = demo.post("/engine-rest/process-definition/key/long-text-test/start", "{\"variables\": {"
                + "\"jurisdiction\": {\"value\": \"370405\"}, \"report\": {\"value\": " + JSON.valueToTree(report) + ", \"type\": \"String\"}}}");

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        JsonNode read = demo.get("/engine-rest/process-instance/" + instance + "/variables/report").json();
        assertThat(read.path("type").asText()).isEqualTo("String");
        assertThat(read.path("value").asText()).isEqualTo(report);
        assertThat(runtimeService.getVariable(instance, "draft")).as("drafted by the listener").isEqualTo(report + "（起草完毕）");
        assertThat(runtimeService.getVariableTyped(instance, "draft").getType()).isEqualTo(ValueType.STRING);
        String review = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        JsonNode form = demo.get("/engine-rest/task/" + review + "/form-variables?variableNames=draft").json().path("draft");
        assertThat(form.path("type").asText()).as("what Tasklist prefills").isEqualTo("String");
        assertThat(form.path("value").asText()).isEqualTo(report + "（起草完毕）");

        Http.Response completed = demo.post("/engine-rest/task/" + review + "/complete",
                "{\"variables\": {\"draft\": {\"value\": " + JSON.valueToTree(revised) + "}}}");

        assertThat(completed.status()).as(completed.body()).isEqualTo(204);
        assertThat(runtimeService.getVariable(instance, "draft")).isEqualTo(revised);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("draft").singleResult())
                .satisfies(variable -> {
                    assertThat(variable.getValue()).isEqualTo(revised);
                    assertThat(variable.getTypeName()).isEqualTo("string");
                });
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list().stream()
                .map(HistoricVariableUpdate.class::cast).filter(update -> update.getVariableName().equals("draft"))
                .map(HistoricVariableUpdate::getValue).toList()).containsExactly(report + "（起草完毕）", revised);
        String caseNumber = historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
        JsonNode timeline = Http.as(port, "auditor", "demo").get("/api/audit/cases/" + caseNumber + "/timeline").json();
        assertThat(timeline.findValues("newValue").stream().map(JsonNode::asText).toList()).contains(report, report + "（起草完毕）", revised);
        Http.Response export = Http.as(port, "auditor", "demo").get("/api/audit/cases/" + caseNumber + "/export?format=json");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().findValues("newValue").stream().map(JsonNode::asText).toList()).contains(revised);
        Map<String, Object> row = new JdbcTemplate(dataSource).queryForMap(
                "select type_, text_, bytearray_id_ from act_ru_variable where proc_inst_id_ = ? and name_ = 'draft'", instance);
        assertThat(row).containsEntry("type_", LongTextSerializer.NAME).containsEntry("text_", null);
        assertThat(row.get("bytearray_id_")).isNotNull();
        assertThat(new JdbcTemplate(dataSource).queryForList("select var_type_ from act_hi_varinst where proc_inst_id_ = ? and name_ = 'draft'",
                String.class, instance)).containsExactly(LongTextSerializer.NAME);
    }

    @Test
    void shouldKeepTextsUpToTheColumnInTheColumnAndLongerOnesAsBytesEitherWay() {
        String edge = "长".repeat(4000);
        String over = "长".repeat(4001);
        String supplementary = "\uD840\uDC00".repeat(2001); // 2,001 characters, 4,002 UTF-16 units
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("long-text-test", Variables.createVariables()
                .putValue("jurisdiction", "370405").putValue("report", "短").putValue("edge", edge).putValue("over", over)
                .putValue("supplementary", supplementary).putValueTyped("typed", Variables.stringValue(over)).putValue("empty", ""));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(runtimeService.getVariables(instance.getId(), List.of("edge", "over", "supplementary", "typed", "empty")))
                .containsEntry("edge", edge).containsEntry("over", over).containsEntry("supplementary", supplementary)
                .containsEntry("typed", over).containsEntry("empty", "");
        assertThat(jdbc.queryForMap("select type_, text_ from act_ru_variable where proc_inst_id_ = ? and name_ = 'edge'", instance.getId()))
                .containsEntry("type_", "string").containsEntry("text_", edge);
        assertThat(jdbc.queryForList("select type_ from act_ru_variable where proc_inst_id_ = ? and name_ in ('over', 'supplementary', 'typed')",
                String.class, instance.getId())).containsOnly(LongTextSerializer.NAME).hasSize(3);

        runtimeService.setVariable(instance.getId(), "over", "改短了");
        assertThat(jdbc.queryForMap("select type_, text_, bytearray_id_ from act_ru_variable where proc_inst_id_ = ? and name_ = 'over'",
                instance.getId())).containsEntry("type_", "string").containsEntry("text_", "改短了").containsEntry("bytearray_id_", null);
        runtimeService.setVariable(instance.getId(), "edge", edge + "又加长");
        assertThat(runtimeService.getVariable(instance.getId(), "edge")).isEqualTo(edge + "又加长");

        // Queries by value match texts in the column only (docs/kernel.md).
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).variableValueEquals("over", "改短了").count())
                .isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).variableValueEquals("typed", over).count())
                .isZero();
    }

    /** {@code length} characters of Chinese, opening with a heading and numbered paragraphs. */
    static String chinese(int length, String heading) {
        StringBuilder text = new StringBuilder(heading).append('\n');
        for (int paragraph = 1; text.length() < length; paragraph++) {
            text.append(paragraph).append("、经查，该单位安全生产责任制落实不到位，隐患排查治理制度未执行，现场管理混乱。\n");
        }
        return text.substring(0, length);
    }
}
