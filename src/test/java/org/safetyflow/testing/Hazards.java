package org.safetyflow.testing;

import java.util.HashMap;
import java.util.Map;

/** Start variables of a valid 重大事故隐患 report, for tests that need a hazard case of some enterprise. */
public final class Hazards {

    private Hazards() {
    }

    public static Map<String, Object> report(String jurisdiction, String creditCode, String enterpriseName) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", jurisdiction);
        variables.put("enterpriseName", enterpriseName);
        variables.put("enterpriseCreditCode", creditCode);
        variables.put("hazardDescription", "二号液氨储罐区未设置可燃有毒气体泄漏报警装置");
        variables.put("hazardSource", "INSPECTION");
        variables.put("discoveredAt", "2026-11-01T15:00:00+08:00");
        return variables;
    }
}
