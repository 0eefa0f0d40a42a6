package org.safetyflow.enforcement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A draw as it is kept and answered by {@code GET /api/enforcement/draws/{caseNumber}}: what it was drawn from
 * ({@code seed}, {@code pool}, {@code roster}), what it drew ({@code sampledEnterprises},
 * {@code inspectorAssignments}) and the plan it was drawn for — enough to replay it.
 */
public record RecordedDraw(String caseNumber, String algorithm, String jurisdiction, String industry, List<String> departments,
        int sampleSize, long seed, int inspectorsPerDepartment, List<String> pool, List<EnforcementDraw.Roster> roster,
        List<String> sampledEnterprises, List<EnforcementDraw.Assignment> inspectorAssignments, OffsetDateTime drawnAt,
        String drawnBy) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The inspectors sent to the enterprise, lead department first. */
    public List<String> inspectorsOf(String creditCode) {
        return inspectorAssignments.stream().filter(a -> a.enterpriseCreditCode().equals(creditCode))
                .findFirst().map(EnforcementDraw.Assignment::inspectors).orElse(List.of());
    }

    /**
     * The case's result variables (contract §11): {@code randomSeed} (Long), {@code sampledEnterprises} and
     * {@code inspectorAssignments} (JSON lists).
     */
    public Map<String, Object> resultVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("randomSeed", seed);
        variables.put("sampledEnterprises", json(sampledEnterprises));
        variables.put("inspectorAssignments", json(inspectorAssignments));
        return variables;
    }

    private static Object json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
