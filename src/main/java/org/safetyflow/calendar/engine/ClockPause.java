package org.safetyflow.calendar.engine;

import java.time.OffsetDateTime;
import org.safetyflow.calendar.ClockUnit;

/** One standstill of a case's statutory clock: who stopped it and why, and when it ran again. */
public record ClockPause(String id, String processInstanceId, String caseNumber, String dueDateVariable, ClockUnit unit,
        String reason, OffsetDateTime pausedAt, String pausedBy, OffsetDateTime resumedAt, String resumedBy,
        Integer daysAdded) {

    public boolean isRunning() {
        return resumedAt != null;
    }
}
