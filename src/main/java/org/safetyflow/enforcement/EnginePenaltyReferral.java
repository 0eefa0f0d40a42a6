package org.safetyflow.enforcement;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.safetyflow.casefile.CaseLinks;
import org.safetyflow.casefile.CaseRelation;
import org.safetyflow.security.SystemActions;
import org.springframework.stereotype.Component;

/** {@link PenaltyReferral} by starting {@code administrative-penalty} by key in the engine's running command. */
@Component
class EnginePenaltyReferral implements PenaltyReferral {

    static final String PENALTY_PROCESS_KEY = "administrative-penalty";
    static final CaseRelation REFERRAL = new CaseRelation("PENALTY_REFERRAL", "移交行政处罚立案", "移交立案的联合执法检查");

    private final RuntimeService runtime;
    private final CaseLinks links;

    EnginePenaltyReferral(RuntimeService runtime, CaseLinks links) {
        this.runtime = runtime;
        this.links = links;
    }

    @Override
    public String refer(Referral referral) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseSource", referral.caseSource());
        variables.put("violationFacts", referral.violationFacts());
        variables.put("sourceCaseNumber", referral.sourceCaseNumber());
        variables.put("jurisdiction", referral.jurisdiction());
        variables.put("enterpriseName", referral.enterpriseName());
        variables.put("enterpriseCreditCode", referral.enterpriseCreditCode());
        ProcessInstance[] penalty = new ProcessInstance[1];
        SystemActions.inThisCommand(() -> penalty[0] = runtime.startProcessInstanceByKey(PENALTY_PROCESS_KEY, variables));
        links.link(referral.sourceCaseNumber(), penalty[0].getBusinessKey(), REFERRAL);
        return penalty[0].getBusinessKey();
    }
}
