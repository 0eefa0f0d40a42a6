package org.safetyflow.enforcement;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.safetyflow.security.SystemActions;
import org.springframework.stereotype.Component;

/**
 * {@link PenaltyReferral} by starting {@code administrative-penalty} by key in the engine's running command, 立案 now;
 * the penalty case links itself to its source case, both ways ({@code PenaltyOpening}).
 */
@Component
class EnginePenaltyReferral implements PenaltyReferral {

    private final RuntimeService runtime;

    EnginePenaltyReferral(RuntimeService runtime) {
        this.runtime = runtime;
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
        variables.put("openedAt", ClockUtil.getCurrentTime());
        ProcessInstance[] penalty = new ProcessInstance[1];
        // The team leader hands the facts over for the inspection it led; the 执法人员's own process is opened for it, within
        // the leader's jurisdictions (the tenant check stays).
        SystemActions.inThisCommand(() -> penalty[0] = runtime.startProcessInstanceByKey(PenaltyInputs.PROCESS_KEY, variables));
        return penalty[0].getBusinessKey();
    }
}
