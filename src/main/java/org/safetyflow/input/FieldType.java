package org.safetyflow.input;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The kinds of values SafetyFlow's processes take (contract §1): each converts what a client sent
 * into the value the engine stores, or says in Chinese why it cannot.
 */
public sealed interface FieldType
        permits Text, FieldType.DivisionCode, CreditCode, OneOf, OneOfEnum, DateTime, Day, Count, CountBetween, Amount,
        WholeNumber, NameList, CodeList, Table, Flag {

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

    /** One of the enumeration's constants, sent by its name. */
    static <E extends Enum<E>> FieldType oneOf(Class<E> type) {
        return new OneOfEnum<>(type);
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

    /** A day of the calendar (YYYY-MM-DD), as a LocalDate. */
    static FieldType date() {
        return new Day(false);
    }

    /** A day of the calendar (YYYY-MM-DD) not after today, as a LocalDate. */
    static FieldType pastDate() {
        return new Day(true);
    }

    static FieldType count() {
        return new Count();
    }

    /** A count from {@code min} to {@code max}. */
    static FieldType count(int min, int max) {
        return new CountBetween(min, max);
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

    /**
     * A list of distinct codes, each one of {@code codes} (e.g. the materials ticked on a checklist), stored as a
     * JSON list of strings; it may be empty (a checklist with nothing ticked). Accepts what {@link #nameList} does.
     */
    static FieldType codeList(List<String> codes) {
        return new CodeList(List.copyOf(codes));
    }

    /**
     * Rows of a small table typed one per line, columns separated by "；", ";" or "|" (e.g. 防范和整改措施:
     * 措施；责任单位；完成期限). Stored as a JSON list of objects keyed by the column names. A column whose
     * name ends in "Date" must hold a date (YYYY-MM-DD).
     */
    static FieldType table(int maxRows, String... columns) {
        return new Table(maxRows, List.of(columns));
    }

    /** Nested, as other modules read its {@link #FORMAT}: the one division-code rule. */
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
}
