package org.safetyflow.input;

import java.math.BigDecimal;
import java.time.Clock;

/** A whole number that may exceed an Integer, stored as a Long. */
record WholeNumber() implements FieldType {

    @Override
    public Object convert(Object raw, Clock clock) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException tooLarge) {
                throw new InvalidValue("数值过大");
            }
        }
        throw new InvalidValue("应为整数");
    }
}
