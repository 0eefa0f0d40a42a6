package org.safetyflow.simultaneity;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The DMN {@code simultaneity-review-mode} row by row (contract §10; 安全生产法§32–§33, 36号令第七条、第十二条). */
@EngineTest
class SimultaneityReviewModeTest {

    @Autowired
    DecisionService decisionService;
    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} → 预评价 {1}, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NON_COAL_MINE            | true  | GOVERNMENT_REVIEW
            HAZARDOUS_CHEMICALS      | true  | GOVERNMENT_REVIEW
            FIREWORKS                | true  | GOVERNMENT_REVIEW
            METAL_SMELTING           | true  | GOVERNMENT_REVIEW
            CHEMICAL_USING_HAZARDOUS | true  | GOVERNMENT_REVIEW
            OTHER                    | false | SELF_REVIEW_ON_RECORD
            """)
    void shouldDecideTheReviewModeOfEachCategory(String category, boolean preEvaluation, String mode) {
        DmnDecisionRuleResult result = decisionService.evaluateDecisionTableByKey("simultaneity-review-mode",
                Map.of("projectCategory", category)).getSingleResult();

        assertThat(result.<Boolean>getEntry("preEvaluationRequired")).isEqualTo(preEvaluation);
        assertThat(result.<String>getEntry("designReviewMode")).isEqualTo(mode);
    }

    @Test
    void shouldLetTheReviewerEvaluateItOverRestAndNoOneElse() {
        String body = "{\"variables\": {\"projectCategory\": {\"value\": \"FIREWORKS\"}}}";
        String path = "/engine-rest/decision-definition/key/simultaneity-review-mode/evaluate";

        Http.Response reviewer = Http.as(port, "project-reviewer", "demo").post(path, body);
        assertThat(reviewer.status()).as(reviewer.body()).isEqualTo(200);
        assertThat(reviewer.json().get(0).path("designReviewMode").path("value").asText()).isEqualTo("GOVERNMENT_REVIEW");
        assertThat(Http.as(port, "complaint-clerk", "demo").post(path, body).status()).as("a decision it may not read is not there for it").isEqualTo(404);
    }
}
