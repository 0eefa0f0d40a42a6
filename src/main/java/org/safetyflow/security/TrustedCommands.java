package org.safetyflow.security;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Calls the route policy checked itself, run without the engine permission it would otherwise ask
 * for: a contract message from the role the matrix names, to one case (the engine would want the
 * instance-update permission, which also changes variables), and the security administrator's unlock
 * (the engine would want a system administrator). Only these command types, only during that call;
 * the tenant check stays on.
 */
final class TrustedCommands {

    private static final Set<Class<?>> TRUSTED = Set.of(CorrelateMessageCmd.class, UnlockUserCmd.class);
    private static final ThreadLocal<Boolean> CHECKED = new ThreadLocal<>();

    private TrustedCommands() {
    }

    interface Call {
        void run() throws IOException, ServletException;
    }

    static void run(Call call) throws IOException, ServletException {
        CHECKED.set(Boolean.TRUE);
        try {
            call.run();
        } finally {
            CHECKED.remove();
        }
    }

    static final class Interceptor extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            if (!Boolean.TRUE.equals(CHECKED.get()) || !TRUSTED.contains(command.getClass()) || !context.isAuthorizationCheckEnabled()) {
                return next.execute(command);
            }
            // Only for this command: a command context can outlive it (nested commands share their caller's).
            context.disableAuthorizationCheck();
            try {
                return next.execute(command);
            } finally {
                context.enableAuthorizationCheck();
            }
        }
    }
}
