package org.safetyflow.input;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every {@link InputSpec} the capabilities declare, found by process key and task key. */
@Component
public class InputSpecs {

    private final Map<String, InputSpec> byKey;
    private final Clock clock = new EngineClock();

    InputSpecs(List<InputSpec> specs) {
        this.byKey = specs.stream().collect(Collectors.toMap(
                spec -> key(spec.processKey(), spec.taskKey()), Function.identity()));
    }

    public Optional<InputSpec> forStart(String processKey) {
        return Optional.ofNullable(byKey.get(key(processKey, null)));
    }

    public Optional<InputSpec> forTask(String processKey, String taskKey) {
        return Optional.ofNullable(byKey.get(key(processKey, taskKey)));
    }

    /** Every spec, starts and tasks. */
    java.util.Collection<InputSpec> all() {
        return java.util.List.copyOf(byKey.values());
    }

    /**
     * The longest text any spec declares (200,000 characters: a notice's body, {@code disclosure.Notices}): the most a
     * text sent to the engine may hold, declared field or not ({@link RequestLimits}).
     */
    int longestText() {
        return byKey.values().stream().flatMap(spec -> spec.fields().stream())
                .mapToInt(field -> field.type() instanceof Text text ? text.maxLength() : 0).max().orElse(0);
    }

    /** The engine's clock, which process tests may move; "not in the future" is judged by it. */
    public Clock clock() {
        return clock;
    }

    private static String key(String processKey, String taskKey) {
        return taskKey == null ? processKey : processKey + "#" + taskKey;
    }
}
