package org.safetyflow.hazard;

import java.util.Map;
import org.safetyflow.casefile.CaseTerms;
import org.springframework.stereotype.Component;

/**
 * What a hazard case's own variables are called (its results, contract §4, and the listing) and the
 * names of its codes: the maps of {@link HazardLabels}, which its label listener writes as {@code *Label}.
 */
@Component
class HazardTerms implements CaseTerms {

    @Override
    public String processKey() {
        return HazardInputs.PROCESS_KEY;
    }

    @Override
    public Map<String, String> labels() {
        return Map.of("listed", "挂牌督办中", "listingLevel", "挂牌督办层级", "listingAuthority", "挂牌督办单位",
                "listingJurisdiction", "挂牌督办单位的管辖区划", "outcome", "办结方式", "delistedAt", "销号时间",
                "escalationReason", "提级督办的依据");
    }

    @Override
    public Map<String, Map<String, String>> codes() {
        return Map.ofEntries(Map.entry("hazardSource", HazardLabels.SOURCES), Map.entry("hazardGrade", HazardLabels.GRADES),
                Map.entry("suggestedGrade", HazardLabels.GRADES), Map.entry("industry", HazardLabels.INDUSTRIES),
                Map.entry("gradingStandard", HazardLabels.STANDARDS), Map.entry("listingLevel", HazardLabels.LEVELS),
                Map.entry("escalatedLevel", HazardLabels.LEVELS), Map.entry("shutdownScope", HazardLabels.SHUTDOWN_SCOPES),
                Map.entry("productionStatus", HazardLabels.PRODUCTION), Map.entry("assessmentBy", HazardLabels.ASSESSORS),
                Map.entry("enforcementDecision", HazardLabels.ENFORCEMENT), Map.entry("outcome", HazardLabels.OUTCOMES));
    }
}
