package org.safetyflow.enforcement;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Opens a 行政处罚 case from another process (a joint inspection's 违法 finding, a failed 复查), in the caller's
 * transaction: the start is checked as a REST start is (a bad variable refuses the caller's step and nothing of either
 * is stored), the source case is linked both ways and named in both timelines. docs/enforcement.md states the contract.
 */
@Component("penaltyCases")
public class PenaltyCases {

    private final RuntimeService runtime;

    PenaltyCases(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Opens the case and answers its case number. {@code variables}: the start variables of
     * {@code administrative-penalty} ({@code jurisdiction}, {@code enterpriseName}, {@code enterpriseCreditCode},
     * {@code caseSource}, {@code violationFacts}; {@code openedAt} defaults to now); {@code sourceCaseNumber} may be null.
     */
    public String open(Map<String, Object> variables, String sourceCaseNumber) {
        Map<String, Object> start = new HashMap<>(variables);
        start.putIfAbsent("openedAt", ClockUtil.getCurrentTime());
        if (sourceCaseNumber != null) {
            start.put("sourceCaseNumber", sourceCaseNumber);
        }
        return runtime.startProcessInstanceByKey(PenaltyInputs.PROCESS_KEY, start).getBusinessKey();
    }
}
