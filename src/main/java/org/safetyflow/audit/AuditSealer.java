package org.safetyflow.audit;

import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Seals case events shortly after they are written: the engine reports every history event it
 * writes; once its transaction commits, the case is queued, and every few seconds
 * ({@code safetyflow.audit.seal-interval-seconds}, 0 to seal on demand only) the queued cases get
 * their new events appended to the chain.
 */
@Component
class AuditSealer extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final AuditChain chain;
    private final HistoryService history;
    private final ScheduledExecutorService scheduler;

    AuditSealer(@Lazy AuditChain chain, @Lazy HistoryService history,
            @Value("${safetyflow.audit.seal-interval-seconds}") int intervalSeconds) {
        this.chain = chain;
        this.history = history;
        if (intervalSeconds > 0) {
            scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "safetyflow-audit-sealer");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.scheduleWithFixedDelay(this::sealPending, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
        } else {
            scheduler = null;
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomHistoryEventHandlers() == null) {
            configuration.setCustomHistoryEventHandlers(new java.util.ArrayList<>());
        }
        configuration.getCustomHistoryEventHandlers().add(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                String processInstanceId = event.getProcessInstanceId();
                if (processInstanceId != null && Context.getCommandContext() != null) {
                    Context.getCommandContext().getTransactionContext()
                            .addTransactionListener(TransactionState.COMMITTED, context -> pending.add(processInstanceId));
                }
            }

            @Override
            public void handleEvents(java.util.List<HistoryEvent> events) {
                events.forEach(this::handleEvent);
            }
        });
    }

    /** Seals every queued case now. */
    int sealPending() {
        int sealed = 0;
        for (String processInstanceId : Set.copyOf(pending)) {
            pending.remove(processInstanceId);
            try {
                HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
                if (instance != null) {
                    sealed += chain.seal(instance);
                }
            } catch (RuntimeException e) {
                pending.add(processInstanceId);
                log.warn("Could not seal the audit chain of process instance {}: {}", processInstanceId, e.getMessage());
            }
        }
        return sealed;
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
