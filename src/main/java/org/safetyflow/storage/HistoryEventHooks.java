package org.safetyflow.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/** Lets a process-engine plugin see every history event the engine writes, beside the engine's own handler. */
public final class HistoryEventHooks {

    private HistoryEventHooks() {
    }

    /** To be called from a plugin's {@code preInit}: the engine calls {@code hook} in the command that produced the event. */
    public static void add(ProcessEngineConfigurationImpl configuration, Consumer<HistoryEvent> hook) {
        if (configuration.getCustomHistoryEventHandlers() == null) {
            configuration.setCustomHistoryEventHandlers(new ArrayList<>());
        }
        configuration.getCustomHistoryEventHandlers().add(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                hook.accept(event);
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(hook);
            }
        });
    }
}
