package org.safetyflow.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One event of a case's timeline (contract §7): when, what kind, a Chinese description, who acted;
 * for variable changes the variable and its old and new value; for decisions their inputs and outputs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEvent(OffsetDateTime time, String type, String description, String user, String activityId,
        String variable, Object oldValue, Object newValue, Map<String, Object> inputs, Map<String, Object> outputs,
        Map<String, Object> details) {

    static TimelineEvent of(OffsetDateTime time, String type, String description, String user) {
        return new TimelineEvent(time, type, description, user, null, null, null, null, null, null, null);
    }

    TimelineEvent withActivity(String activity) {
        return new TimelineEvent(time, type, description, user, activity, variable, oldValue, newValue, inputs, outputs, details);
    }

    TimelineEvent withDetails(Map<String, Object> more) {
        return new TimelineEvent(time, type, description, user, activityId, variable, oldValue, newValue, inputs, outputs, more);
    }
}
