package org.safetyflow.licensing;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The start's check of a 定员表's rows: a configured line kind, a workshop and a whole number of operators each. */
final class StaffingRows {

    private StaffingRows() {
    }

    static String problem(Object value, Predicate<String> knownLineKind) {
        if (!(value instanceof List<?> rows)) {
            return null;
        }
        int number = 0;
        for (Object item : rows) {
            number++;
            String prefix = "「现场操作人员定员表」（staffing）第 " + number + " 行";
            if (!(item instanceof Map<?, ?> row)) {
                return prefix + "应有生产线类别、工房、现场操作人员数三项";
            }
            Object kind = row.get("lineKind");
            if (!(kind instanceof String code) || !knownLineKind.test(code.strip())) {
                return prefix + "的生产线类别「" + kind + "」不是已配置的民爆生产线类别（safetyflow.licensing.staffing）";
            }
            if (!(row.get("workshop") instanceof String workshop) || workshop.isBlank()) {
                return prefix + "缺少工房名称";
            }
            Object operators = row.get("operators");
            boolean whole = operators instanceof Integer || operators instanceof Long
                    || operators instanceof String text && text.strip().matches("\\d{1,4}");
            long count = whole ? Long.parseLong(operators.toString().strip()) : -1;
            if (count < 0 || count > 9999) {
                return prefix + "的现场操作人员数应为非负整数";
            }
        }
        return null;
    }
}
