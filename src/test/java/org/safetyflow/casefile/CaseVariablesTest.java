package org.safetyflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.ProcessTests;

/** Notices print amounts as officials write them and moments as days. */
class CaseVariablesTest {

    @Test
    void shouldWriteAmountsWithoutAFloatingPointTail() {
        VariableScope scope = scope(Map.of("loss", 4_200_000.0, "funds", 1234.5, "count", 3, "name", "台儿庄某化工有限公司",
                "day", ProcessTests.date("2026-03-02T10:30:00+08:00")));

        assertThat(CaseVariables.text(scope, "loss")).isEqualTo("4200000");
        assertThat(CaseVariables.text(scope, "funds")).isEqualTo("1234.50");
        assertThat(CaseVariables.text(scope, "count")).isEqualTo("3");
        assertThat(CaseVariables.text(scope, "name")).isEqualTo("台儿庄某化工有限公司");
        assertThat(CaseVariables.text(scope, "day")).isEqualTo("2026年3月2日");
        assertThat(CaseVariables.text(scope, "missing")).isEqualTo("—");
    }

    private static VariableScope scope(Map<String, Object> variables) {
        return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(), new Class<?>[] {VariableScope.class},
                (proxy, method, args) -> method.getName().equals("getVariable") ? variables.get((String) args[0]) : null);
    }
}
