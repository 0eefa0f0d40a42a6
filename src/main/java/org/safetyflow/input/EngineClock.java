package org.safetyflow.input;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock, which process tests may move; "not in the future" is judged by it. */
final class EngineClock extends Clock {

    @Override
    public ZoneId getZone() {
        return FieldType.SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the engine clock has one zone");
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
