package org.safetyflow.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One event of a case's timeline (contract §7): when, what kind, a Chinese description, who acted;
 * for variable changes the variable and its old and new value as stored (the contract) and, for the
 * reader, the variable's Chinese label and the values as they read in Chinese where that differs
 * ({@code variableLabel}, {@code oldValueText}, {@code newValueText}); for decisions their inputs and outputs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEvent(String id, OffsetDateTime time, String type, String description, String user, String activityId,
        String variable, String variableLabel, Object oldValue, Object newValue, String oldValueText, String newValueText,
        Map<String, Object> inputs, Map<String, Object> outputs, Map<String, Object> details) {

    /** Types whose description is a recorded text (not composed from data that may change later). */
    private static final java.util.Set<String> RECORDED_TEXT = java.util.Set.of("COMMENT", "NOTICE_PUBLISHED", "NOTICE_WITHDRAWN",
            "CLOCK_PAUSED", "CLOCK_RESUMED", "LINKED_CASE");

    /** An event without the Chinese wording of a variable's label and values. */
    TimelineEvent(String id, OffsetDateTime time, String type, String description, String user, String activityId, String variable,
            Object oldValue, Object newValue, Map<String, Object> inputs, Map<String, Object> outputs, Map<String, Object> details) {
        this(id, time, type, description, user, activityId, variable, null, oldValue, newValue, null, null, inputs, outputs, details);
    }

    static TimelineEvent of(String id, OffsetDateTime time, String type, String description, String user) {
        return new TimelineEvent(id, time, type, description, user, null, null, null, null, null, null, null);
    }

    TimelineEvent withActivity(String activity) {
        return new TimelineEvent(id, time, type, description, user, activity, variable, variableLabel, oldValue, newValue, oldValueText,
                newValueText, inputs, outputs, details);
    }

    TimelineEvent withDetails(Map<String, Object> more) {
        return new TimelineEvent(id, time, type, description, user, activityId, variable, variableLabel, oldValue, newValue, oldValueText,
                newValueText, inputs, outputs, more);
    }

    TimelineEvent at(OffsetDateTime moment) {
        return new TimelineEvent(id, moment, type, description, user, activityId, variable, variableLabel, oldValue, newValue, oldValueText,
                newValueText, inputs, outputs, details);
    }

    /**
     * The facts of the event that never change once it happened, as the hash chain covers them:
     * not the task's current due date or the Chinese wording composed for display, but who, when,
     * which value, which decision, which document content.
     */
    Map<String, Object> canonical() {
        Map<String, Object> facts = new java.util.TreeMap<>();
        facts.put("id", id);
        facts.put("type", type);
        facts.put("time", time.toInstant().toString());
        put(facts, "user", user);
        put(facts, "activityId", activityId);
        put(facts, "variable", variable);
        put(facts, "oldValue", oldValue);
        put(facts, "newValue", newValue);
        put(facts, "inputs", inputs);
        put(facts, "outputs", outputs);
        if (RECORDED_TEXT.contains(type)) {
            facts.put("description", description);
        }
        if (details != null && details.containsKey("content")) {
            facts.put("content", details.get("content"));
        }
        return facts;
    }

    private static void put(Map<String, Object> facts, String name, Object value) {
        if (value != null) {
            facts.put(name, value);
        }
    }
}
