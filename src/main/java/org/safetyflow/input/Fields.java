package org.safetyflow.input;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.regex.Pattern;
import org.safetyflow.rules.Refusal;

/**
 * One value checked outside a process — an entry of the registry, a notice, a request's parameter —
 * by the same {@link FieldType}s, with the same Chinese messages naming the field, as a process's
 * {@link InputSpec}. What it refuses is a {@link Refusal} of kind invalid, naming the field.
 * A request's parameters arrive as text: for a type of numbers (a count, an amount), text that writes
 * a number in digits is taken as that number, so {@code ?days=5} is a count and {@code ?days=five}
 * gets the count's message.
 *
 * <pre>
 * String name = Fields.required("name", "企业名称", FieldType.text(200), request.name());
 * int days = Fields.required("days", "工作日数", FieldType.count(1, 400), "5");
 * </pre>
 */
public final class Fields {

    private static final Clock CLOCK = new EngineClock();
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

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

    /** A page number from a request's parameter: 1 up to {@value RequestLimits#MAX_PAGE}, so no page's offset overflows. */
    public static int page(Object raw) {
        int page = required("page", "页码", FieldType.count(1, Integer.MAX_VALUE), raw);
        if (page > RequestLimits.MAX_PAGE) {
            throw Refusal.invalid("page", RequestLimits.PAGE_TOO_LARGE);
        }
        return page;
    }

    /** A page size from a request's parameter: 1 up to {@code max} (at most {@value RequestLimits#MAX_PAGE_SIZE}). */
    public static int pageSize(Object raw, int max) {
        return required("size", "每页条数", FieldType.count(1, Math.min(max, RequestLimits.MAX_PAGE_SIZE)), raw);
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
            return (T) field.type().convert(numberIfWritten(field.type(), raw), CLOCK);
        } catch (FieldType.InvalidValue invalid) {
            throw Refusal.invalid(field.name(), field.invalid(invalid));
        }
    }

    private static Object numberIfWritten(FieldType type, Object raw) {
        boolean numeric = type instanceof Count || type instanceof CountBetween || type instanceof WholeNumber
                || type instanceof Amount;
        if (numeric && raw instanceof String text && NUMBER.matcher(text.strip()).matches()) {
            return new BigDecimal(text.strip());
        }
        return raw;
    }
}
