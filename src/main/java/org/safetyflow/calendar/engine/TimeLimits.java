package org.safetyflow.calendar.engine;

import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.TimeLimit;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Every time limit of every process, by name, from the one commented place where they are set:
 * {@code safetyflow.time-limits} in application.yaml (each with its article or "local practice").
 * BPMN reads them through this bean only:
 *
 * <pre>
 * camunda:dueDate="${timeLimits.due('hazard.plan')}"           the end of the 10th working day from now
 * &lt;bpmn:timeCycle&gt;${timeLimits.cycle('hazard.progress-report')}&lt;/bpmn:timeCycle&gt;
 * </pre>
 *
 * and Java rules through {@link #limit}. A malformed limit stops the application at start; an unknown
 * name is an error where it is used (and {@code TimeLimitsTest} checks every model's names).
 */
@Component("timeLimits")
public class TimeLimits {

    static final String PREFIX = "safetyflow.time-limits";

    private final HolidayTables tables;
    private final Map<String, TimeLimit> limits;

    TimeLimits(HolidayTables tables, Environment environment) {
        this.tables = tables;
        Map<String, TimeLimit> read = new TreeMap<>();
        Binder.get(environment).bind(PREFIX, Bindable.mapOf(String.class, String.class)).orElse(Map.of())
                .forEach((name, text) -> {
                    try {
                        read.put(name, TimeLimit.parse(text));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(PREFIX + "." + name + ": " + e.getMessage(), e);
                    }
                });
        this.limits = Collections.unmodifiableMap(read);
    }

    /** The limit called {@code name} (e.g. {@code accident.report}). */
    public TimeLimit limit(String name) {
        TimeLimit limit = limits.get(name);
        if (limit == null) {
            throw new IllegalArgumentException("no time limit '" + name + "' in " + PREFIX);
        }
        return limit;
    }

    /** When the limit called {@code name} runs out, counted from now (the engine's clock): a task's due date. */
    public Date due(String name) {
        return after(name, ClockUtil.getCurrentTime());
    }

    /** When the limit called {@code name} runs out, counted from {@code from}. */
    public Date after(String name, Date from) {
        return limit(name).after(from, tables.calendar());
    }

    /** A timer cycle repeating every N days of the limit called {@code name}. */
    public String cycle(String name) {
        return "R1000/P" + limit(name).in(TimeLimit.Unit.DAYS) + "D";
    }

    /** All limits by name, for the documentation check and the calendar API. */
    public Map<String, TimeLimit> all() {
        return limits;
    }
}
