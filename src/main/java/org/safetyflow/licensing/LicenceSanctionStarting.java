package org.safetyflow.licensing;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.safetyflow.accident.LicenceSanctionProposed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the 暂扣/吊销 case an accident's 批复 proposes (事故条例第四十条), in the licence's jurisdiction, in the 批复's
 * transaction: a licence that cannot be sanctioned (unknown, another enterprise's, not in force, not in the
 * government's jurisdictions) refuses the 批复, and nothing of either is stored.
 */
@Component
class LicenceSanctionStarting {

    private final RuntimeService runtime;
    private final LicenceRegister register;

    LicenceSanctionStarting(RuntimeService runtime, LicenceRegister register) {
        this.runtime = runtime;
        this.register = register;
    }

    @EventListener
    void on(LicenceSanctionProposed proposed) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", register.find(proposed.licenceNumber()).map(Licence::jurisdiction).orElse(proposed.jurisdiction()));
        variables.put("enterpriseName", proposed.enterpriseName());
        variables.put("enterpriseCreditCode", proposed.enterpriseCreditCode());
        variables.put("licenceNumber", proposed.licenceNumber());
        variables.put("sanctionSource", "ACCIDENT");
        variables.put("sourceDescription", "事故调查报告批复（" + proposed.replyNumber() + "）认定事故发生单位负有责任，建议：" + proposed.proposal());
        variables.put("sourceCaseNumber", proposed.caseNumber());
        runtime.startProcessInstanceByKey(LicenceSanctionInputs.PROCESS_KEY, variables);
    }
}
