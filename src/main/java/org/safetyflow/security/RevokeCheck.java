package org.safetyflow.security;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.safetyflow.StartupStep;
import org.safetyflow.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With no REVOKE authorization in the database — none can be created ({@link AuthorizationLookups}) — the engine
 * need not ask for them in every permission check. A database that holds some from before keeps the engine's
 * default (it asks), and the log says which to remove.
 */
@Component
@Order(0)
class RevokeCheck implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(RevokeCheck.class);

    private final ProcessEngineConfigurationImpl configuration;
    private final Database database;

    RevokeCheck(ProcessEngineConfigurationImpl configuration, Database database) {
        this.configuration = configuration;
        this.database = database;
    }

    @Override
    public void run() {
        Integer revokes = database.jdbc().queryForObject("select count(*) from ACT_RU_AUTHORIZATION where TYPE_ = ?", Integer.class,
                Authorization.AUTH_TYPE_REVOKE);
        if (revokes != null && revokes > 0) {
            log.warn("{} REVOKE authorizations found (select * from ACT_RU_AUTHORIZATION where TYPE_ = 2): SafetyFlow grants"
                    + " permissions only; every permission check keeps looking for revokes until they are removed", revokes);
            return;
        }
        configuration.setAuthorizationCheckRevokes(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER);
    }
}
