package org.safetyflow.testing;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** Start variables of a valid 12350 report, for tests that need some case in a jurisdiction. */
public final class Complaints {

    private Complaints() {
    }

    public static Map<String, Object> report(String jurisdiction) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", jurisdiction);
        variables.put("reportChannel", "HOTLINE_12350");
        variables.put("reportedAt", Date.from(Instant.now().minusSeconds(3600)));
        variables.put("reportCategory", "MAJOR_HAZARD");
        variables.put("enterpriseName", "某化工有限公司");
        variables.put("description", "储罐区可燃气体报警器长期停用。");
        return variables;
    }
}
