package org.safetyflow.registry;

import java.time.OffsetDateTime;

/** An enterprise under supervision, known by its 统一社会信用代码. */
public record Enterprise(String creditCode, String name, String jurisdiction, String industry,
        String supervisingDepartment, String firstCase, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
        String updatedBy) {
}
