package org.safetyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The timeline names an accident case's variables in Chinese and words their values (「修改事故等级：一般 →
 * 较大」, 50万元, 是/否, 2026-03-02 10:30), while {@code variable}, {@code oldValue} and {@code newValue}
 * stay as stored.
 */
@EngineTest
class TimelineVocabularyTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void shouldLabelVariablesAndWordTheirValuesInChineseKeepingTheStoredOnes() {
        OffsetDateTime occurred = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
        Http officer = Http.as(port, "accident-officer", "demo");
        JsonNode started = officer.post("/engine-rest/process-definition/key/accident-investigation/start", "{\"variables\": {"
                + "\"jurisdiction\": {\"value\": \"370405\"}, \"enterpriseName\": {\"value\": \"台儿庄某化工有限公司\"},"
                + "\"enterpriseCreditCode\": {\"value\": \"91370405MA3C000019\"}, \"occurredAt\": {\"value\": \"" + occurred + "\"},"
                + "\"reportedAt\": {\"value\": \"" + occurred.plusMinutes(30) + "\"}, \"deaths\": {\"value\": 2, \"type\": \"Integer\"},"
                + "\"seriousInjuries\": {\"value\": 0, \"type\": \"Integer\"}, \"directEconomicLossYuan\": {\"value\": 500000, \"type\": \"Double\"},"
                + "\"accidentSummary\": {\"value\": \"中毒\"}}}").json();
        String caseNumber = started.path("businessKey").asText();
        officer.post("/engine-rest/message", "{\"messageName\": \"accident-casualty-update\", \"businessKey\": \"" + caseNumber + "\","
                + "\"processVariables\": {\"deaths\": {\"value\": 3, \"type\": \"Integer\"}}}");
        runtimeService.setVariable(started.path("id").asText(), "auditProbe", "未登记的变量");

        JsonNode timeline = Http.as(port, "auditor", "demo").get("/api/audit/cases/" + caseNumber + "/timeline").json();

        JsonNode regrade = last(timeline, "VARIABLE_UPDATED", "accidentGrade");
        assertThat(regrade.path("oldValue").asText()).isEqualTo("ORDINARY");
        assertThat(regrade.path("newValue").asText()).isEqualTo("LARGER");
        assertThat(regrade.path("variableLabel").asText()).isEqualTo("事故等级");
        assertThat(regrade.path("oldValueText").asText()).isEqualTo("一般");
        assertThat(regrade.path("newValueText").asText()).isEqualTo("较大");
        assertThat(regrade.path("description").asText()).isEqualTo("修改事故等级：一般 → 较大");
        assertThat(last(timeline, "VARIABLE_UPDATED", "investigationLevel").path("description").asText())
                .isEqualTo("修改负责调查的人民政府层级：县级 → 设区的市级");

        JsonNode loss = last(timeline, "VARIABLE_CREATED", "directEconomicLossYuan");
        assertThat(loss.path("newValue").asDouble()).isEqualTo(500_000.0);
        assertThat(loss.path("variableLabel").asText()).isEqualTo("直接经济损失");
        assertThat(loss.path("description").asText()).isEqualTo("记录直接经济损失：50万元");
        JsonNode moment = last(timeline, "VARIABLE_CREATED", "occurredAt");
        assertThat(OffsetDateTime.parse(moment.path("newValue").asText())).isEqualTo(occurred);
        assertThat(moment.path("newValueText").asText()).isEqualTo(occurred.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        assertThat(last(timeline, "VARIABLE_CREATED", "lateReport").path("newValueText").asText()).isEqualTo("否");

        JsonNode unknown = last(timeline, "VARIABLE_CREATED", "auditProbe");
        assertThat(unknown.has("variableLabel")).as("no vocabulary names it").isFalse();
        assertThat(unknown.path("description").asText()).isEqualTo("记录变量 auditProbe：未登记的变量");
    }

    private static JsonNode last(JsonNode timeline, String type, String variable) {
        return StreamSupport.stream(timeline.spliterator(), false)
                .filter(e -> e.path("type").asText().equals(type) && e.path("variable").asText().equals(variable))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + type + " of " + variable));
    }
}
