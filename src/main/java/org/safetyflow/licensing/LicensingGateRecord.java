package org.safetyflow.licensing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.safetyflow.security.SystemActions;
import org.springframework.stereotype.Component;

/**
 * The gates on the case (contract §9, with those that judge the application: 工伤保险, 民爆 定员): {@code gateResults} as the gates call answers them, {@code gatesPassed}
 * and {@code gatesText} for the forms — at start, and again when the decision is about to be made. A failed
 * gate makes GRANTED impossible (the decision task's input check refuses it with the gate's reason).
 */
@Component("licensingGateRecord")
public class LicensingGateRecord {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LicensingGates gates;

    LicensingGateRecord(LicensingGates gates) {
        this.gates = gates;
    }

    public void record(DelegateExecution execution) {
        String creditCode = (String) execution.getVariable("enterpriseCreditCode");
        String licenceType = (String) execution.getVariable("licenceType");
        LicensingApplication application = LicensingApplication.of(execution.getProcessBusinessKey(), execution.getVariables());
        List<LicensingGates.GateResult> results = new ArrayList<>();
        // The window reads every case of its jurisdictions that decides a gate, whichever process it follows.
        SystemActions.inThisCommand(() -> results.addAll(gates.check(creditCode, licenceType, application)));
        try {
            execution.setVariable("gateResults", SpinValues.jsonValue(JSON.writeValueAsString(results)).create());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        execution.setVariable("gatesPassed", results.stream().allMatch(LicensingGates.GateResult::passed));
        StringBuilder text = new StringBuilder();
        results.forEach(result -> text.append(result.passed() ? "✔ " : "✘ ").append(result.reason()).append("\n"));
        execution.setVariable("gatesText", text.toString().strip());
    }

    /** Before the decision: the gates again, as they stand now. */
    public void recordBeforeDecision(DelegateTask task) {
        record(task.getExecution());
    }
}
