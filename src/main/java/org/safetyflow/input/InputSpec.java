package org.safetyflow.input;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one declarative place that says which variables a process start (or the completion of one of
 * its user tasks) requires, with their types and formats. Each capability declares its own as Spring
 * beans; the same spec is applied on every path in: Tasklist forms, {@code /engine-rest}, {@code /api}
 * and the Java API.
 *
 * <pre>
 * InputSpec.start("complaint-intake")
 *     .required("jurisdiction", "管辖区划", FieldType.divisionCode())
 *     .optional("enterpriseCreditCode", "统一社会信用代码", FieldType.creditCode())
 * </pre>
 */
public final class InputSpec {

    private final String processKey;
    private final String taskKey;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final List<CrossFieldRule> rules = new ArrayList<>();

    private InputSpec(String processKey, String taskKey) {
        this.processKey = processKey;
        this.taskKey = taskKey;
    }

    /** The variables that start an instance of the process. */
    public static InputSpec start(String processKey) {
        return new InputSpec(processKey, null);
    }

    /** The variables that complete the user task {@code taskKey} of the process. */
    public static InputSpec task(String processKey, String taskKey) {
        return new InputSpec(processKey, taskKey);
    }

    public InputSpec required(String name, String label, FieldType type) {
        fields.put(name, new Field(name, label, type, true));
        return this;
    }

    public InputSpec optional(String name, String label, FieldType type) {
        fields.put(name, new Field(name, label, type, false));
        return this;
    }

    /** A rule over several normalized values; it returns null when satisfied, else the Chinese error. */
    public InputSpec rule(CrossFieldRule rule) {
        rules.add(rule);
        return this;
    }

    /** The fields the spec checks, in order: name, whether required, and the type it checks them as. */
    public java.util.List<Field> fields() {
        return java.util.List.copyOf(fields.values());
    }

    /** Whether the spec checks a variable of this name. */
    public boolean declares(String name) {
        return fields.containsKey(name);
    }

    public String processKey() {
        return processKey;
    }

    public String taskKey() {
        return taskKey;
    }

    /**
     * Converts the raw values a client sent into stored values. Variables the spec does not name
     * pass through unchanged. The first violation found is reported, field by field in declaration
     * order, so the message names exactly one field.
     */
    public Map<String, Object> normalize(Map<String, Object> raw, Clock clock) {
        return normalize(raw, clock, Map.of());
    }

    /**
     * As {@link #normalize(Map, Clock)}, for a task of a running case: the rules see the case's
     * variables overlaid with the normalized values sent (e.g. a plan's deadline against the listing's).
     */
    public Map<String, Object> normalize(Map<String, Object> raw, Clock clock, Map<String, Object> caseVariables) {
        Map<String, Object> result = new LinkedHashMap<>(raw);
        for (Field field : fields.values()) {
            Object value = raw.get(field.name());
            if (isAbsent(value)) {
                if (field.required()) {
                    throw new InvalidInputException(field.name(), field.missing());
                }
                result.remove(field.name());
                continue;
            }
            Object converted;
            try {
                converted = field.type().convert(value, clock);
            } catch (FieldType.InvalidValue invalid) {
                throw new InvalidInputException(field.name(), field.invalid(invalid));
            }
            result.put(field.name(), converted);
        }
        Map<String, Object> seen = new LinkedHashMap<>(caseVariables);
        seen.putAll(result);
        for (CrossFieldRule rule : rules) {
            String problem = rule.check(seen);
            if (problem != null) {
                throw new InvalidInputException(null, problem);
            }
        }
        return result;
    }

    /**
     * A rule: {@code field} is required when {@code condition} holds over the values (and, for a task, the
     * case's variables); {@code message} says so in Chinese.
     */
    public static CrossFieldRule requiredWhen(java.util.function.Predicate<Map<String, Object>> condition, String field, String message) {
        return values -> condition.test(values) && isAbsent(values.get(field)) ? message : null;
    }

    /** Not sent: null or blank text. */
    public static boolean isAbsent(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }

    public record Field(String name, String label, FieldType type, boolean required) {

        /** Whether the field takes an amount of yuan. */
        public boolean amount() {
            return type instanceof Amount;
        }

        /** The message for a required field not sent, naming it. */
        String missing() {
            return "缺少必填项「" + label + "」（" + name + "）";
        }

        /** The message for a value its type refuses, naming the field. */
        String invalid(FieldType.InvalidValue reason) {
            return "「" + label + "」（" + name + "）" + reason.getMessage();
        }
    }

    /** A check over the normalized values of several fields (and, for a task, the case's variables). */
    @FunctionalInterface
    public interface CrossFieldRule {
        String check(Map<String, Object> values);
    }
}
