package org.safetyflow.input;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The kinds of values SafetyFlow's processes take (contract §1): each converts what a client sent
 * into the value the engine stores, or says in Chinese why it cannot.
 */
public sealed interface FieldType {

    ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /**
     * @return the normalized value
     * @throws InvalidValue with the Chinese reason, the field's label is added by the caller
     */
    Object convert(Object raw, Clock clock);

    /** A value a client sent that this type cannot accept. */
    final class InvalidValue extends RuntimeException {
        InvalidValue(String reason) {
            super(reason, null, false, false);
        }
    }

    static FieldType text(int maxLength) {
        return new Text(maxLength, null, null);
    }

    static FieldType pattern(String regex, String formatDescription) {
        return new Text(64, Pattern.compile(regex), formatDescription);
    }

    /** A 6-digit administrative division code (GB/T 2260), by its form only. */
    static FieldType divisionCode() {
        return new DivisionCode(code -> true);
    }

    /** A 6-digit administrative division code (GB/T 2260) that the registry knows. */
    static FieldType divisionCode(Predicate<String> known) {
        return new DivisionCode(known);
    }

    static FieldType creditCode() {
        return new CreditCode();
    }

    static FieldType oneOf(List<String> values) {
        return new OneOf(values);
    }

    static FieldType pastDateTime() {
        return new DateTime(true, false);
    }

    /** A moment not yet passed, such as a deadline being set. */
    static FieldType futureDateTime() {
        return new DateTime(false, true);
    }

    static FieldType dateTime() {
        return new DateTime(false, false);
    }

    static FieldType count() {
        return new Count();
    }

    static FieldType amountOfYuan() {
        return new Amount();
    }

    static FieldType flag() {
        return new Flag();
    }

    /** A whole number that may exceed an Integer (e.g. a random seed), stored as a Long. */
    static FieldType wholeNumber() {
        return new WholeNumber();
    }

    /**
     * A non-empty list of names (e.g. the departments of a joint inspection), stored as a JSON list of
     * strings. Accepts a list, a JSON array, or names separated by 、 , ， ; ； or new lines.
     */
    static FieldType nameList(int maxItems, int maxLength) {
        return new NameList(maxItems, maxLength);
    }

    record Text(int maxLength, Pattern pattern, String formatDescription) implements FieldType {
        @Override
        public Object convert(Object raw, Clock clock) {
            if (!(raw instanceof String text)) {
                throw new InvalidValue("应为文本");
            }
            String trimmed = text.strip();
            if (trimmed.isEmpty()) {
                throw new InvalidValue("不能为空");
            }
            if (trimmed.length() > maxLength) {
                throw new InvalidValue("不能超过 " + maxLength + " 个字符");
            }
            if (pattern != null && !pattern.matcher(trimmed).matches()) {
                throw new InvalidValue("格式不正确，应为" + formatDescription);
            }
            return trimmed;
        }
    }

    record DivisionCode(Predicate<String> known) implements FieldType {
        /** GB/T 2260: six digits, the first naming the region (1 华北 … 6 西北, 7 台湾, 8 港澳). The one rule. */
        public static final String FORMAT = "[1-8][0-9]{5}";
        private static final FieldType FORM = pattern(FORMAT, "6 位行政区划代码（如 370405）");

        @Override
        public Object convert(Object raw, Clock clock) {
            String code = (String) FORM.convert(raw, clock);
            if (!known.test(code)) {
                throw new InvalidValue(code + " 不是已登记的行政区划代码");
            }
            return code;
        }
    }

    record CreditCode() implements FieldType {
        @Override
        public Object convert(Object raw, Clock clock) {
            if (!(raw instanceof String text)) {
                throw new InvalidValue("应为 18 位统一社会信用代码");
            }
            String code = text.strip().toUpperCase();
            String problem = UnifiedSocialCreditCode.problemWith(code);
            if (problem != null) {
                throw new InvalidValue(problem);
            }
            return code;
        }
    }

    record OneOf(List<String> values) implements FieldType {
        @Override
        public Object convert(Object raw, Clock clock) {
            if (!(raw instanceof String text) || !values.contains(text.strip())) {
                throw new InvalidValue("应为以下取值之一：" + String.join("、", values));
            }
            return text.strip();
        }
    }

    /**
     * A moment: a Camunda Date, an ISO-8601 date-time with offset, or, as Camunda Forms send them,
     * a local date-time or a plain date, read in Asia/Shanghai.
     */
    record DateTime(boolean notInFuture, boolean notInPast) implements FieldType {

        private static final DateTimeFormatter CAMUNDA = new DateTimeFormatterBuilder()
                .appendPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").appendOffset("+HHMM", "+0000").toFormatter();

        @Override
        public Object convert(Object raw, Clock clock) {
            Instant instant = toInstant(raw);
            if (notInFuture && instant.isAfter(clock.instant())) {
                throw new InvalidValue("不能晚于当前时间");
            }
            if (notInPast && instant.isBefore(clock.instant())) {
                throw new InvalidValue("不能早于当前时间（期限不能设在过去）");
            }
            return Date.from(instant);
        }

        private Instant toInstant(Object raw) {
            if (raw instanceof Date date) {
                return date.toInstant();
            }
            if (raw instanceof String text) {
                String value = text.strip();
                for (var parser : List.<java.util.function.Function<String, Instant>>of(
                        v -> OffsetDateTime.parse(v, CAMUNDA).toInstant(),
                        v -> OffsetDateTime.parse(v).toInstant(),
                        v -> LocalDateTime.parse(v).atZone(SHANGHAI).toInstant(),
                        // A deadline given as a day runs to the end of that day; any other day means its start.
                        v -> notInPast ? LocalDate.parse(v).atTime(23, 59, 59).atZone(SHANGHAI).toInstant()
                                : LocalDate.parse(v).atStartOfDay(SHANGHAI).toInstant())) {
                    try {
                        return parser.apply(value);
                    } catch (DateTimeParseException notThisFormat) {
                        // try the next accepted format
                    }
                }
            }
            throw new InvalidValue("应为日期时间，例如 2026-03-10T09:00:00+08:00");
        }

        /** The format of Camunda's REST API for Date values, in Asia/Shanghai. */
        public static String format(Date date) {
            return CAMUNDA.format(date.toInstant().atZone(SHANGHAI));
        }
    }

    record Count() implements FieldType {
        @Override
        public Object convert(Object raw, Clock clock) {
            if (!(raw instanceof Integer || raw instanceof Long || raw instanceof Short
                    || raw instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0)) {
                throw new InvalidValue("应为整数");
            }
            long value = ((Number) raw).longValue();
            if (value < 0) {
                throw new InvalidValue("不能为负数");
            }
            if (value > Integer.MAX_VALUE) {
                throw new InvalidValue("数值过大");
            }
            return (int) value;
        }
    }

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

    record NameList(int maxItems, int maxLength) implements FieldType {

        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
        private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\n]+");

        @Override
        public Object convert(Object raw, Clock clock) {
            List<?> items = items(raw);
            java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
            for (Object item : items) {
                if (!(item instanceof String name) || name.isBlank()) {
                    throw new InvalidValue("每一项都应为非空的名称");
                }
                if (name.strip().length() > maxLength) {
                    throw new InvalidValue("每一项不能超过 " + maxLength + " 个字符");
                }
                names.add(name.strip());
            }
            if (names.isEmpty()) {
                throw new InvalidValue("至少应有一项");
            }
            if (names.size() > maxItems) {
                throw new InvalidValue("不能超过 " + maxItems + " 项");
            }
            return new java.util.ArrayList<>(names);
        }

        private static List<?> items(Object raw) {
            if (raw instanceof List<?> list) {
                return list;
            }
            if (raw instanceof org.camunda.spin.json.SpinJsonNode node) {
                if (!node.isArray()) {
                    throw new InvalidValue("应为名称列表");
                }
                return node.elements().stream().map(e -> e.isString() ? e.stringValue() : null).toList();
            }
            if (raw instanceof String text) {
                String value = text.strip();
                if (value.startsWith("[")) {
                    try {
                        return JSON.readValue(value, List.class);
                    } catch (java.io.IOException notJson) {
                        throw new InvalidValue("应为名称列表，例如 [\"应急管理局\", \"住房和城乡建设局\"]");
                    }
                }
                return List.of(SEPARATORS.split(value));
            }
            throw new InvalidValue("应为名称列表，例如 [\"应急管理局\", \"住房和城乡建设局\"]");
        }
    }

    /**
     * Rows of a small table typed one per line, columns separated by "；", ";" or "|" (e.g. 防范和整改措施:
     * 措施；责任单位；完成期限). Stored as a JSON list of objects keyed by the column names. A column whose
     * name ends in "Date" must hold a date (YYYY-MM-DD).
     */
    static FieldType table(int maxRows, String... columns) {
        return new Table(maxRows, List.of(columns));
    }

    record Table(int maxRows, List<String> columns) implements FieldType {
        private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s*[；;|｜]\\s*");

        @Override
        public Object convert(Object raw, Clock clock) {
            if (raw instanceof List<?> list && list.stream().allMatch(row -> row instanceof java.util.Map<?, ?>)) {
                return list;
            }
            if (!(raw instanceof String text) || text.isBlank()) {
                throw new InvalidValue("应逐行填写，每行 " + columns.size() + " 项，用“；”分隔");
            }
            List<java.util.Map<String, String>> rows = new java.util.ArrayList<>();
            int number = 0;
            for (String line : text.split("\\r?\\n")) {
                if (line.isBlank()) {
                    continue;
                }
                number++;
                String[] cells = CELL_SEPARATOR.split(line.strip(), -1);
                if (cells.length != columns.size()) {
                    throw new InvalidValue("第 " + number + " 行应有 " + columns.size() + " 项（用“；”分隔），实有 " + cells.length + " 项");
                }
                java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    String cell = cells[i].strip();
                    if (cell.isEmpty()) {
                        throw new InvalidValue("第 " + number + " 行第 " + (i + 1) + " 项不能为空");
                    }
                    if (columns.get(i).endsWith("Date")) {
                        try {
                            cell = LocalDate.parse(cell).toString();
                        } catch (DateTimeParseException e) {
                            throw new InvalidValue("第 " + number + " 行第 " + (i + 1) + " 项应为日期，格式 YYYY-MM-DD");
                        }
                    }
                    row.put(columns.get(i), cell);
                }
                rows.add(row);
            }
            if (rows.isEmpty()) {
                throw new InvalidValue("至少应有一行");
            }
            if (rows.size() > maxRows) {
                throw new InvalidValue("不能超过 " + maxRows + " 行");
            }
            return rows;
        }
    }

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
}
