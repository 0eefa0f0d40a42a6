package org.safetyflow.input;

import java.math.BigDecimal;
import java.time.Clock;

/** A number of things: a whole number from 0 up to an Integer's largest, stored as an Integer. */
record Count() implements FieldType {

    @Override
    public Object convert(Object raw, Clock clock) {
        long value = whole(raw);
        if (value < 0) {
            throw new InvalidValue("不能为负数");
        }
        if (value > Integer.MAX_VALUE) {
            throw new InvalidValue("数值过大");
        }
        return (int) value;
    }

    /** The whole number sent, as a long. */
    static long whole(Object raw) {
        if (!(raw instanceof Integer || raw instanceof Long || raw instanceof Short
                || raw instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0)) {
            throw new InvalidValue("应为整数");
        }
        return ((Number) raw).longValue();
    }
}
