package org.safetyflow.input;

import java.time.Clock;
import java.util.List;

/** One of a fixed list of values (an enumeration's names). */
record OneOf(List<String> values) implements FieldType {

    @Override
    public Object convert(Object raw, Clock clock) {
        if (!(raw instanceof String text) || !values.contains(text.strip())) {
            throw new InvalidValue("应为以下取值之一：" + String.join("、", values));
        }
        return text.strip();
    }
}
