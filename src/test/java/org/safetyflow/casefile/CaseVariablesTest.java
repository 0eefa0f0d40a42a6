package org.safetyflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.ProcessTests;

/** Notices print amounts as officials write them and moments as days; forms show amounts in 万元. */
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

    @Test
    void shouldWriteAmountsAsABureausFormShowsThem() {
        assertThat(CaseVariables.amount(1_500_000.0)).isEqualTo("150万元");
        assertThat(CaseVariables.amount(1_234_567)).isEqualTo("123.4567万元");
        assertThat(CaseVariables.amount(10_000L)).isEqualTo("1万元");
        assertThat(CaseVariables.amount(8500.0)).isEqualTo("8500元");
        assertThat(CaseVariables.amount(1234.5)).isEqualTo("1234.50元");
        assertThat(CaseVariables.amount(1_234_567.89)).as("fen are not rounded away").isEqualTo("1,234,567.89元");
        assertThat(CaseVariables.amount(0.0)).isEqualTo("0元");
    }

    @Test
    void shouldSetTheTextOfEachAmountAFormShows() {
        Map<String, Object> variables = new HashMap<>(Map.of("directEconomicLossYuan", 4_200_000.0, "planFundsYuan", 350_000L, "note", "无"));
        VariableScope scope = writableScope(variables);

        CaseLabels.amounts(scope, "directEconomicLossYuan", "planFundsYuan", "note", "missingYuan");

        assertThat(variables).containsEntry("directEconomicLossYuanText", "420万元").containsEntry("planFundsYuanText", "35万元")
                .containsEntry("directEconomicLossYuan", 4_200_000.0).doesNotContainKeys("noteText", "missingYuanText");
    }

    private static VariableScope writableScope(Map<String, Object> variables) {
        return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(), new Class<?>[] {VariableScope.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getVariable" -> variables.get((String) args[0]);
                    case "setVariable" -> variables.put((String) args[0], args[1]);
                    default -> null;
                });
    }

    private static VariableScope scope(Map<String, Object> variables) {
        return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(), new Class<?>[] {VariableScope.class},
                (proxy, method, args) -> method.getName().equals("getVariable") ? variables.get((String) args[0]) : null);
    }
}
