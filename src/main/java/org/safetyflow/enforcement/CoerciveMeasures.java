package org.safetyflow.enforcement;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Opens a 行政强制措施 case from another process (an inspection that finds non-standard equipment, a penalty case that
 * needs a 查封), in the caller's transaction: the start is checked as a REST start is (a bad variable refuses the
 * caller's step and nothing of either is stored), the source case is linked both ways and named in both timelines.
 * {@code administrative-penalty} opens one for a 拒不执行停产停业整顿 ({@link PenaltyExecution}). docs/enforcement.md states the
 * contract.
 */
@Component("coerciveMeasures")
public class CoerciveMeasures {

    private final RuntimeService runtime;

    CoerciveMeasures(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Opens the case and answers its case number. {@code variables}: the start variables of {@code coercive-measure}
     * ({@code jurisdiction}, {@code enterpriseName}, {@code enterpriseCreditCode}, {@code measureType}, {@code measureFacts},
     * {@code legalBasis}; {@code seizedItems} for 查封/扣押; {@code urgent} and {@code urgentReason} when already carried
     * out on the spot); {@code sourceCaseNumber} may be null.
     */
    public String open(Map<String, Object> variables, String sourceCaseNumber) {
        Map<String, Object> start = new HashMap<>(variables);
        if (sourceCaseNumber != null) {
            start.put("sourceCaseNumber", sourceCaseNumber);
        }
        return runtime.startProcessInstanceByKey(CoerciveInputs.PROCESS_KEY, start).getBusinessKey();
    }
}
