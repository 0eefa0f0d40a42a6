package org.safetyflow.input;

import java.time.Clock;
import org.safetyflow.rules.Refusal;

/**
 * One value checked outside a process — an entry of the registry, a notice, a request's parameter —
 * by the same {@link FieldType}s, with the same Chinese messages naming the field, as a process's
 * {@link InputSpec}. What it refuses is a {@link Refusal} of kind invalid, naming the field.
 *
 * <pre>
 * String name = Fields.required("name", "企业名称", FieldType.text(200), request.name());
 * </pre>
 */
public final class Fields {

    private static final Clock CLOCK = new EngineClock();

    private Fields() {
    }

    /** @return the value as its type converts it (e.g. stripped text, a LocalDate for a date) */
    public static <T> T required(String name, String label, FieldType type, Object raw) {
        return check(new InputSpec.Field(name, label, type, true), raw);
    }

    /** @return the value as its type converts it, or null when none was sent (null or blank text) */
    public static <T> T optional(String name, String label, FieldType type, Object raw) {
        return check(new InputSpec.Field(name, label, type, false), raw);
    }

    @SuppressWarnings("unchecked")
    private static <T> T check(InputSpec.Field field, Object raw) {
        if (InputSpec.isAbsent(raw)) {
            if (field.required()) {
                throw Refusal.invalid(field.name(), field.missing());
            }
            return null;
        }
        try {
            return (T) field.type().convert(raw, CLOCK);
        } catch (FieldType.InvalidValue invalid) {
            throw Refusal.invalid(field.name(), field.invalid(invalid));
        }
    }
}
