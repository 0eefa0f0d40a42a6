package org.safetyflow.storage;

import java.util.ArrayList;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * What one engine command gathers while it runs (from history events, say) and writes to SafetyFlow's tables once, in
 * the command's transaction, just before it commits: by then the engine has flushed its own rows, and one batch per
 * command costs one round trip instead of a statement per event. A rollback writes nothing.
 * A command opens its instance with {@code Context.getCommandContext().getSession(type)}.
 */
public abstract class WrittenAtCommit implements Session {

    protected WrittenAtCommit() {
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTING, context -> write());
    }

    /** Writes what the command gathered; called once, when its transaction commits. */
    protected abstract void write();

    /** To be called from a plugin's {@code preInit}: each command that asks for {@code type} gets its own from {@code sessions}. */
    public static <T extends Session> void register(ProcessEngineConfigurationImpl configuration, Class<T> type, Supplier<? extends T> sessions) {
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return type;
            }

            @Override
            public Session openSession() {
                return sessions.get();
            }
        });
    }

    @Override
    public void flush() {
        // written at commit (above), once per command
    }

    @Override
    public void close() {
        // nothing held
    }
}
