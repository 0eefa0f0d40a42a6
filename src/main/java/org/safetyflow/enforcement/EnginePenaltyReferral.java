package org.safetyflow.enforcement;

import java.util.HashMap;
import java.util.Map;
import org.safetyflow.security.SystemActions;
import org.springframework.stereotype.Component;

/**
 * {@link PenaltyReferral} through {@link PenaltyCases#open}: the {@code administrative-penalty} case opens (立案 now) in
 * the running transaction and links itself to its source case, both ways.
 */
@Component
class EnginePenaltyReferral implements PenaltyReferral {

    private final PenaltyCases penaltyCases;

    EnginePenaltyReferral(PenaltyCases penaltyCases) {
        this.penaltyCases = penaltyCases;
    }

    @Override
    public String refer(Referral referral) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseSource", referral.caseSource());
        variables.put("violationFacts", referral.violationFacts());
        variables.put("jurisdiction", referral.jurisdiction());
        variables.put("enterpriseName", referral.enterpriseName());
        variables.put("enterpriseCreditCode", referral.enterpriseCreditCode());
        String[] penaltyCase = new String[1];
        // The team leader (of whichever department drew the lead) hands over the facts of the inspection it led: the
        // 执法人员's process is opened for it, within the leader's jurisdictions (the tenant check stays).
        SystemActions.inThisCommand(() -> penaltyCase[0] = penaltyCases.open(variables, referral.sourceCaseNumber()));
        return penaltyCase[0];
    }
}
