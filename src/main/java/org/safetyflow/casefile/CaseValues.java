package org.safetyflow.casefile;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safetyflow.calendar.CalendarDays;

/** A stored value as a Chinese reader reads it (the wording of {@link CaseVocabulary}). */
final class CaseValues {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CaseValues() {
    }

    /**
     * @param names the Chinese names of the codes the value may be
     * @param amount whether a number is an amount of yuan
     * @param fieldLabel the label of a record's field
     * @param fieldText the text of a record's field's value
     */
    static String text(Object value, Map<String, String> names, boolean amount, Function<String, String> fieldLabel,
            BiFunction<String, Object, String> fieldText) {
        if (value == null) {
            return "（空）";
        }
        if (value instanceof Boolean flag) {
            return flag ? "是" : "否";
        }
        if (value instanceof Date moment) {
            return moment(moment);
        }
        if (value instanceof Number number) {
            return amount ? CaseVariables.amount(number) : new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof String code) {
            return names.getOrDefault(code, code);
        }
        if (value instanceof Collection<?> items && items.isEmpty()) {
            return "（无）";
        }
        if (value instanceof Collection<?> items) {
            boolean rows = items.stream().anyMatch(Map.class::isInstance);
            return items.stream().map(item -> text(item, names, amount, fieldLabel, fieldText)).collect(Collectors.joining(rows ? "；" : "、"));
        }
        if (value instanceof Map<?, ?> record) {
            return record.entrySet().stream().map(field -> fieldLabel.apply(String.valueOf(field.getKey())) + "："
                    + fieldText.apply(String.valueOf(field.getKey()), field.getValue())).collect(Collectors.joining("，"));
        }
        return String.valueOf(value);
    }

    /** A moment as 2026-03-02 10:30 (Asia/Shanghai). */
    static String moment(Date moment) {
        return MOMENT.format(moment.toInstant().atZone(CalendarDays.STATUTORY_ZONE));
    }
}
