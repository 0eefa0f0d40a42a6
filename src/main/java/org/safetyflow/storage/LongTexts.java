package org.safetyflow.storage;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Texts of any length as String variables: registers {@link LongTextSerializer} ahead of the engine's own serializers,
 * so a text over the engine's 4,000-character string column is kept in the variable's byte array instead of failing in
 * the database (PostgreSQL: {@code value too long for type character varying(4000)}; H2 likewise). It must stay
 * registered: variables stored by it are read by its name.
 */
@Component
class LongTexts extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreVariableSerializers() == null) {
            configuration.setCustomPreVariableSerializers(new ArrayList<>());
        }
        configuration.getCustomPreVariableSerializers().add(0, new LongTextSerializer());
    }
}
