package org.safetyflow.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Work SafetyFlow does for a user after it checked the user's right to it against the access matrix
 * (pausing a case's statutory clock moves its tasks' due dates and its timers, which no role may do
 * directly): run in one engine transaction without the engine's authorization checks. The tenant check
 * stays on, so the user's jurisdictions still bound it, and the user stays the actor on record.
 */
@Component
public class SystemActions {

    private final ProcessEngineConfigurationImpl configuration;

    SystemActions(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    public <T> T afterCheckingAccess(Supplier<T> action) {
        return configuration.getCommandExecutorTxRequired().execute((CommandContext context) -> withoutChecks(context, action));
    }

    /**
     * The same inside an engine command that is running (a built-in listener of SafetyFlow's, such as
     * opening a case file, which registers the enterprise's group for whoever starts the case).
     */
    public static void inThisCommand(Runnable action) {
        withoutChecks(Context.getCommandContext(), () -> {
            action.run();
            return null;
        });
    }

    private static <T> T withoutChecks(CommandContext context, Supplier<T> action) {
        boolean checking = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck();
        try {
            return action.get();
        } finally {
            if (checking) {
                context.enableAuthorizationCheck();
            }
        }
    }
}
