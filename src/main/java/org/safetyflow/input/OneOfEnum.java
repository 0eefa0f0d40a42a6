package org.safetyflow.input;

import java.time.Clock;
import java.util.Arrays;

/** One of an enumeration's constants, sent by its name; stored as the constant. */
record OneOfEnum<E extends Enum<E>>(Class<E> type) implements FieldType {

    @Override
    public Object convert(Object raw, Clock clock) {
        if (type.isInstance(raw)) {
            return raw;
        }
        OneOf names = new OneOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        return Enum.valueOf(type, (String) names.convert(raw, clock));
    }
}
