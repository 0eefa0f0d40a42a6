package org.safetyflow.input;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;

/**
 * A case waiting at the step of a task spec, for {@link HostileInputTest}: started right before that step (process
 * instance modification) with the values the process holds there — the valid value of every required field of its
 * specs, as its steps store them, and what its expressions name besides — the optional fields left out, as a REST client
 * may leave them out.
 */
final class CasesAtEveryStep {

    /** The last day of a time limit still running. */
    private static final Date LATER = Date.from(Instant.parse("2099-01-01T01:00:00Z"));

    private static final Pattern UNRESOLVED = Pattern.compile("Cannot resolve identifier '([A-Za-z_][A-Za-z0-9_]*)'");

    private final InputSpecs specs;
    private final ValidValues values;
    private final RuntimeService runtimeService;

    CasesAtEveryStep(InputSpecs specs, ValidValues values, RuntimeService runtimeService) {
        this.specs = specs;
        this.values = values;
        this.runtimeService = runtimeService;
    }

    /** A case (its process instance) waiting at the spec's step; an exception saying why when there is none. */
    String waitingAt(InputSpec spec) {
        Map<String, Object> context = requiredValues(spec.processKey());
        // What a rule of the start asks for besides the required fields, and what the process computed before this step (a
        // deadline, a moment): added as the start's rules and the models' expressions name them.
        for (int attempt = 0; ; attempt++) {
            try {
                context.putAll(specs.forStart(spec.processKey()).map(start -> start.normalize(context, specs.clock())).orElse(context));
                return runtimeService.createProcessInstanceByKey(spec.processKey()).setVariables(context)
                        .startBeforeActivity(spec.taskKey()).execute(true, true).getId();
            } catch (RuntimeException missing) {
                String name = missingName(missing);
                if (attempt > 12 || name == null || context.containsKey(name) && !(missing instanceof InvalidInputException)) {
                    throw missing;
                }
                context.put(name, contextValue(spec, name));
            }
        }
    }

    /** The required fields of every spec of the process: the start's as a client sends them, the steps' as they store them. */
    private Map<String, Object> requiredValues(String processKey) {
        Map<String, Object> context = new LinkedHashMap<>();
        specs.forStart(processKey).ifPresent(start -> start.fields().stream().filter(InputSpec.Field::required)
                .forEach(field -> putIfValued(context, field.name(), values.of(field))));
        specs.all().stream().filter(spec -> spec.processKey().equals(processKey) && spec.taskKey() != null)
                .flatMap(spec -> spec.fields().stream()).filter(InputSpec.Field::required)
                .forEach(field -> putIfValued(context, field.name(), values.stored(field)));
        return context;
    }

    private static void putIfValued(Map<String, Object> context, String name, Object value) {
        if (value != null) {
            context.putIfAbsent(name, value);
        }
    }

    /** The variable a failed positioning lacked: an identifier an expression could not resolve, or the field a rule named. */
    private static String missingName(RuntimeException missing) {
        if (missing instanceof InvalidInputException invalid && invalid.field() != null) {
            return invalid.field();
        }
        Matcher unresolved = UNRESOLVED.matcher(String.valueOf(missing.getMessage()));
        return unresolved.find() ? unresolved.group(1) : null;
    }

    /** A value for a variable the case lacks: the field's valid value if a spec of the process declares it, else by its name. */
    private Object contextValue(InputSpec spec, String name) {
        Optional<InputSpec.Field> declared = specs.all().stream().filter(s -> s.processKey().equals(spec.processKey()))
                .flatMap(s -> s.fields().stream()).filter(f -> f.name().equals(name)).findFirst();
        if (declared.isPresent()) {
            return values.stored(declared.get());
        }
        if (name.endsWith("At") || name.endsWith("Date")) {
            return LATER;
        }
        return name.startsWith("is") || name.endsWith("ed") ? (Object) Boolean.FALSE : "内容";
    }
}
