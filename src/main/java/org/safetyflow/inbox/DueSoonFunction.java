package org.safetyflow.inbox;

import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.engine.TimeLimits;
import org.springframework.stereotype.Component;

/**
 * {@code ${dueSoon()}} in a task query or stored filter: when 即将超期 ends, 2 working days from now by the holiday
 * tables ({@code safetyflow.time-limits.inbox.due-soon}), as {@code GET /api/inbox?view=due-soon} counts it. Tasklist's
 * shared 即将超期 filter asks for the tasks due between {@code ${now()}} and it; the engine offers only calendar days.
 * Public because the expression language calls it by reflection.
 */
@Component
public class DueSoonFunction extends AbstractProcessEnginePlugin {

    private static TimeLimits limits;

    DueSoonFunction(TimeLimits limits) {
        DueSoonFunction.limits = limits;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        try {
            configuration.getExpressionManager().addFunction("dueSoon", DueSoonFunction.class.getMethod("dueSoon"));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The end of 即将超期, counted from the engine's clock. */
    public static Date dueSoon() {
        return limits.after("inbox.due-soon", ClockUtil.getCurrentTime());
    }
}
