package org.safetyflow.casefile;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.safetyflow.calendar.CalendarDays;

/**
 * What forms and notices show instead of a case's codes and moments: {@code <variable>Label}, the
 * Chinese name of a code, and {@code <variable>Text}, a moment as its day (2026年3月2日) or an amount
 * as a form writes it (150万元).
 */
public final class CaseLabels {

    private CaseLabels() {
    }

    /** Sets {@code <variable>Label} when the variable holds one of the named codes. */
    public static void name(VariableScope scope, String variable, Map<String, String> names) {
        if (scope.getVariable(variable) instanceof String code && names.containsKey(code)) {
            scope.setVariable(variable + "Label", names.get(code));
        }
    }

    /** Sets {@code <variable>Text} for each variable that holds an amount of yuan: 150万元 ({@link CaseVariables#amount}). */
    public static void amounts(VariableScope scope, String... variables) {
        for (String variable : variables) {
            if (scope.getVariable(variable) instanceof Number yuan) {
                scope.setVariable(variable + "Text", CaseVariables.amount(yuan));
            }
        }
    }

    /** Sets {@code <variable>Text} for each variable that holds a moment. */
    public static void days(VariableScope scope, String... variables) {
        for (String variable : variables) {
            if (scope.getVariable(variable) instanceof Date moment) {
                scope.setVariable(variable + "Text", CalendarDays.chinese(moment));
            }
        }
    }
}
