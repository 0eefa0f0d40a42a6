package org.safetyflow.accident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 事故条例§3 grading on both sides of every threshold, and who investigates and lists each grade (§19, 安委〔2010〕6号). */
@EngineTest
class AccidentDecisionsTest {

    @Autowired
    DecisionService decisionService;
    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} 死 {1} 重伤 {2} 元 → {3}（{4}）")
    @CsvSource(delimiter = '|', textBlock = """
            0  | 0   | 0           | ORDINARY      | 无伤亡
            2  | 9   | 9999999.99  | ORDINARY      | 三项都在一般以内
            3  | 0   | 0           | LARGER        | 死亡 3 人（以上含本数）
            0  | 10  | 0           | LARGER        | 重伤 10 人
            0  | 0   | 10000000    | LARGER        | 损失 1000 万元
            9  | 49  | 49999999.99 | LARGER        | 三项都在较大以内
            10 | 0   | 0           | MAJOR         | 死亡 10 人
            0  | 50  | 0           | MAJOR         | 重伤 50 人
            0  | 0   | 50000000    | MAJOR         | 损失 5000 万元
            29 | 99  | 99999999.99 | MAJOR         | 三项都在重大以内
            30 | 0   | 0           | EXTRAORDINARY | 死亡 30 人
            0  | 100 | 0           | EXTRAORDINARY | 重伤 100 人
            0  | 0   | 100000000   | EXTRAORDINARY | 损失 1 亿元
            1  | 12  | 500000      | LARGER        | 任一项即可：死亡一般、重伤较大
            2  | 3   | 60000000    | MAJOR         | 取最高等级：损失达到重大
            31 | 1   | 0           | EXTRAORDINARY | 取最高等级：死亡达到特别重大
            """)
    void shouldGradeAnAccident(int deaths, int injuries, double loss, String grade, String why) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("deaths", deaths);
        inputs.put("seriousInjuries", injuries);
        inputs.put("directEconomicLossYuan", loss);

        String result = decisionService.evaluateDecisionTableByKey("accident-grade", inputs).getSingleResult().getSingleEntry();

        assertThat(result).as(why).isEqualTo(grade);
    }

    @ParameterizedTest(name = "{0} 典型 {1} → 调查 {2}，督办 {3}，批复 {4} 日")
    @CsvSource(delimiter = '|', textBlock = """
            ORDINARY      |       | COUNTY        | CITY          | 15
            ORDINARY      | true  | COUNTY        | CITY          | 15
            LARGER        |       | CITY          | PROVINCE      | 15
            LARGER        | false | CITY          | PROVINCE      | 15
            LARGER        | true  | CITY          | STATE_COUNCIL | 15
            MAJOR         |       | PROVINCE      | STATE_COUNCIL | 15
            EXTRAORDINARY |       | STATE_COUNCIL | STATE_COUNCIL | 30
            """)
    void shouldNameWhoInvestigatesAndWhoLists(String grade, Boolean typical, String investigation, String supervision, int replyDays) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("grade", grade);
        inputs.put("typical", typical);

        DmnDecisionRuleResult result = decisionService.evaluateDecisionTableByKey("accident-jurisdiction", inputs).getSingleResult();

        assertThat(result.<String>getEntry("investigationLevel")).isEqualTo(investigation);
        assertThat(result.<String>getEntry("supervisionLevel")).isEqualTo(supervision);
        assertThat(((Number) result.getEntry("replyDays")).intValue()).isEqualTo(replyDays);
    }

    @Test
    void shouldBeEvaluableOverTheEngineApi() {
        Http demo = Http.as(port, "demo", "demo");

        Http.Response grade = demo.post("/engine-rest/decision-definition/key/accident-grade/evaluate",
                "{\"variables\": {\"deaths\": {\"value\": 3, \"type\": \"Integer\"}, \"seriousInjuries\": {\"value\": 0, \"type\": \"Integer\"},"
                        + "\"directEconomicLossYuan\": {\"value\": 2000000, \"type\": \"Double\"}}}");
        Http.Response jurisdiction = demo.post("/engine-rest/decision-definition/key/accident-jurisdiction/evaluate",
                "{\"variables\": {\"grade\": {\"value\": \"LARGER\"}, \"typical\": {\"value\": true}}}");

        assertThat(grade.json().get(0).path("grade").path("value").asText()).isEqualTo("LARGER");
        assertThat(jurisdiction.json().get(0).path("supervisionLevel").path("value").asText()).isEqualTo("STATE_COUNCIL");
        assertThat(jurisdiction.json().get(0).path("replyDays").path("value").asInt()).isEqualTo(15);
    }
}
