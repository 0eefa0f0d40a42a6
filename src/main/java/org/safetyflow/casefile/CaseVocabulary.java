package org.safetyflow.casefile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safetyflow.input.InputSpec;
import org.springframework.stereotype.Component;

/**
 * The one place that says what a case's variables are called and how their values read in Chinese:
 * the field labels of every {@link InputSpec} (start and task) and every {@link CaseTerms} declaration.
 * A process's own words come first, then those of any process (a variable of the same name means the
 * same everywhere), then the case file's; {@code <variable>Label} and {@code <variable>Text} are named
 * after their variable. Values read as {@link CaseValues} writes them.
 */
@Component
public class CaseVocabulary {

    /**
     * Variables named after another: its display text (accidentGradeLabel, 「事故等级（显示文字）」) and
     * whether its statutory clock stands still (reportDueDatePaused, 「调查报告提交期限（暂停计算）」).
     */
    private static final Map<String, String> DERIVED = Map.of("Label", "（显示文字）", "Text", "（显示文字）", "Paused", "（暂停计算）");

    private final Map<String, Map<String, String>> labels = new HashMap<>();
    private final Map<String, Map<String, Map<String, String>>> codes = new HashMap<>();
    private final Map<String, Set<String>> amounts = new HashMap<>();

    public CaseVocabulary(List<InputSpec> specs, List<CaseTerms> terms) {
        for (InputSpec spec : specs) {
            for (InputSpec.Field field : spec.fields()) {
                String label = field.amount() ? withoutUnit(field.label()) : field.label();
                for (String scope : new String[] {spec.processKey(), null}) {
                    labels.computeIfAbsent(scope, s -> new HashMap<>()).putIfAbsent(field.name(), label);
                    if (field.amount()) {
                        amounts.computeIfAbsent(scope, s -> new HashSet<>()).add(field.name());
                    }
                }
            }
        }
        for (CaseTerms declared : terms) {
            for (String scope : declared.processKey() == null ? new String[] {null} : new String[] {declared.processKey(), null}) {
                Map<String, String> named = labels.computeIfAbsent(scope, s -> new HashMap<>());
                // A process's own declaration names its variable; across processes the first one stays.
                declared.labels().forEach(scope == null ? named::putIfAbsent : named::put);
                codes.computeIfAbsent(scope, s -> new HashMap<>()).putAll(declared.codes());
                amounts.computeIfAbsent(scope, s -> new HashSet<>()).addAll(declared.amounts());
            }
        }
    }

    /** The variable's Chinese label in a case of the process, if any is declared. */
    public Optional<String> label(String processKey, String variable) {
        String label = lookup(labels, processKey, variable);
        if (label != null) {
            return Optional.of(label);
        }
        for (Map.Entry<String, String> derived : DERIVED.entrySet()) {
            String suffix = derived.getKey();
            if (variable.endsWith(suffix) && variable.length() > suffix.length()) {
                String base = lookup(labels, processKey, variable.substring(0, variable.length() - suffix.length()));
                if (base != null) {
                    // 「调查组成员（用户名）」's text is 「调查组成员（显示文字）」: one remark in brackets is enough.
                    return Optional.of(base.replaceFirst("（[^（）]*）$", "") + derived.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The variable's value as a Chinese reader reads it: a code by its name, a moment as 2026-03-02 10:30,
     * yes/no as 是/否, an amount as 150万元, a list item by item, a record field by field.
     */
    public String text(String processKey, String variable, Object value) {
        Map<String, String> names = lookup(codes, processKey, variable);
        return CaseValues.text(value, names == null ? Map.of() : names, isAmount(processKey, variable),
                field -> label(processKey, field).orElse(field), (field, fieldValue) -> text(processKey, field, fieldValue));
    }

    private boolean isAmount(String processKey, String variable) {
        return amounts.getOrDefault(processKey, Set.of()).contains(variable) || amounts.getOrDefault(null, Set.of()).contains(variable);
    }

    private static <T> T lookup(Map<String, Map<String, T>> byProcess, String processKey, String variable) {
        T own = processKey == null ? null : byProcess.getOrDefault(processKey, Map.of()).get(variable);
        return own != null ? own : byProcess.getOrDefault(null, Map.of()).get(variable);
    }

    /** 「直接经济损失（元）」 → 「直接经济损失」: the value says 元 itself (150万元). */
    static String withoutUnit(String label) {
        return label.replaceAll("（元[^）]*）", "");
    }
}
