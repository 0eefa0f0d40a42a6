package org.safetyflow.registry;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A certified 执法人员 on a department's roster: a SafetyFlow user with the number of the 执法证 that
 * entitles it to inspect (安全生产法§67), the enterprises it declared a conflict with (回避), and the
 * jurisdictions it works for — those of its user (its tenants, directly or through its groups).
 */
public record Inspector(String userId, String name, Department department, String departmentName, String certificateNumber,
        List<String> conflicts, List<String> jurisdictions, OffsetDateTime updatedAt, String updatedBy) {

    public boolean conflictsWith(String creditCode) {
        return conflicts.contains(creditCode);
    }
}
