package org.safetyflow.input;

import java.time.Clock;

/** A count within bounds (a page size, a page number), stored as an Integer. */
record CountBetween(int min, int max) implements FieldType {

    @Override
    public Object convert(Object raw, Clock clock) {
        long value = Count.whole(raw);
        if (value < min || value > max) {
            throw new InvalidValue(max == Integer.MAX_VALUE ? "应为不小于 " + min + " 的整数"
                    : "应为 " + min + " 至 " + max + " 之间的整数");
        }
        return (int) value;
    }
}
