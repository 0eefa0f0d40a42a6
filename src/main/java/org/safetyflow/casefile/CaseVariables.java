package org.safetyflow.casefile;

import org.camunda.bpm.engine.delegate.VariableScope;

/** A case's variables as the wording of notices and reports prints them. */
public final class CaseVariables {

    private CaseVariables() {
    }

    /** The variable's value as text, or "—" when the case has none. */
    public static String text(VariableScope scope, String variable) {
        Object value = scope.getVariable(variable);
        return value == null ? "—" : value.toString();
    }
}
