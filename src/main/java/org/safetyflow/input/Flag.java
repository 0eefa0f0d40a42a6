package org.safetyflow.input;

import java.time.Clock;

/** Yes or no, stored as a Boolean. */
record Flag() implements FieldType {

    @Override
    public Object convert(Object raw, Clock clock) {
        if (raw instanceof Boolean) {
            return raw;
        }
        // A form's radio buttons send "true" / "false".
        if ("true".equals(raw) || "false".equals(raw)) {
            return Boolean.valueOf((String) raw);
        }
        throw new InvalidValue("应为是或否（true/false）");
    }
}
