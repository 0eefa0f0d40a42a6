package org.safetyflow.input;

import java.time.Clock;

/** An amount of yuan, not negative, stored as a Double. */
record Amount() implements FieldType {

    @Override
    public Object convert(Object raw, Clock clock) {
        if (!(raw instanceof Number number)) {
            throw new InvalidValue("应为以元为单位的数额");
        }
        double value = number.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new InvalidValue("应为以元为单位的数额");
        }
        if (value < 0) {
            throw new InvalidValue("不能为负数");
        }
        return value;
    }
}
