package org.safetyflow.casefile;

import java.time.OffsetDateTime;
import java.util.Map;

/** One 文书 of a case, as recorded when it was made: what kind, who made it, when, and its fields. */
public record CaseDocument(String id, String caseNumber, String processInstanceId, String kind, String title,
        Map<String, Object> content, String taskId, String activityId, OffsetDateTime createdAt, String createdBy) {
}
