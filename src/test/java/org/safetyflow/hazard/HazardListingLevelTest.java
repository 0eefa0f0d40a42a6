package org.safetyflow.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Which 安委会 lists a 重大事故隐患: the DMN table row by row, each threshold on both sides. */
@EngineTest
class HazardListingLevelTest {

    @Autowired
    DecisionService decisionService;
    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{4}: {0} 人, {1} 元, 跨区域 {2}, 停产 {3} → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            100 | 0        | false | false | 规则 1：受威胁 100 人以上          | PROVINCE
            99  | 0        | false | false | 99 人不到省级，但 30 人以上        | CITY
            0   | 10000000 | false | false | 规则 2：治理资金 1000 万元以上     | PROVINCE
            0   | 9999999  | false | false | 不到 1000 万元，但 100 万元以上    | CITY
            0   | 0        | true  | false | 规则 3：跨县级行政区域             | CITY
            30  | 0        | false | false | 规则 4：受威胁 30 人以上           | CITY
            29  | 0        | false | false | 29 人：县级                        | COUNTY
            0   | 1000000  | false | false | 规则 5：治理资金 100 万元以上      | CITY
            0   | 999999   | false | false | 不到 100 万元：县级                | COUNTY
            0   | 0        | false | true  | 规则 6：需停产停业                 | CITY
            5   | 50000    | false | false | 规则 7：其他重大隐患               | COUNTY
            150 | 20000000 | true  | true  | 多项命中时取最高层级（第一条规则） | PROVINCE
            """)
    void shouldChooseTheListingLevel(int people, double cost, boolean cross, boolean shutdown, String rule, String level) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("peopleAtRisk", people);
        inputs.put("estimatedCostYuan", cost);
        inputs.put("crossJurisdiction", cross);
        inputs.put("shutdown", shutdown);

        String result = decisionService.evaluateDecisionTableByKey("hazard-listing-level", inputs)
                .getSingleResult().getSingleEntry();

        assertThat(result).as(rule).isEqualTo(level);
    }

    @Test
    void shouldBeEvaluableOverRestByOtherSystems() {
        Http.Response response = Http.as(port, "demo", "demo").post("/engine-rest/decision-definition/key/hazard-listing-level/evaluate",
                "{\"variables\": {\"peopleAtRisk\": {\"value\": 40, \"type\": \"Integer\"}, \"estimatedCostYuan\": {\"value\": 0, \"type\": \"Double\"},"
                        + "\"crossJurisdiction\": {\"value\": false}, \"shutdown\": {\"value\": false}}}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get(0).path("listingLevel").path("value").asText()).isEqualTo("CITY");
    }
}
