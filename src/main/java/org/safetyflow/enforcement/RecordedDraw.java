package org.safetyflow.enforcement;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A draw as it is kept and answered by {@code GET /api/enforcement/draws/{caseNumber}}: what it was drawn from
 * ({@code seed}, {@code pool}, {@code roster}), what it drew ({@code sampledEnterprises},
 * {@code inspectorAssignments}) and the plan it was drawn for — enough to replay it.
 */
public record RecordedDraw(String caseNumber, String algorithm, String jurisdiction, String industry, List<String> departments,
        int sampleSize, long seed, int inspectorsPerDepartment, List<String> pool, List<EnforcementDraw.Roster> roster,
        List<String> sampledEnterprises, List<EnforcementDraw.Assignment> inspectorAssignments, OffsetDateTime drawnAt,
        String drawnBy) {

    /** The inspectors sent to the enterprise, lead department first. */
    public List<String> inspectorsOf(String creditCode) {
        return inspectorAssignments.stream().filter(a -> a.enterpriseCreditCode().equals(creditCode))
                .findFirst().map(EnforcementDraw.Assignment::inspectors).orElse(List.of());
    }
}
