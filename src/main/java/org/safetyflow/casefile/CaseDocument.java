package org.safetyflow.casefile;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One 文书 of a case, as recorded when it was made: what kind, who made it, when, and its fields; {@code number} is its
 * 文号 (台应急责改〔2026〕17号) where its type is issued under one, else null; {@code voidedAt} when it became void (its
 * step was returned to or recalled and makes it anew), by whom and why, else null.
 */
public record CaseDocument(String id, String caseNumber, String processInstanceId, String kind, String title,
        Map<String, Object> content, String taskId, String activityId, OffsetDateTime createdAt, String createdBy, String number,
        OffsetDateTime voidedAt, String voidedBy, String voidReason) {
}
