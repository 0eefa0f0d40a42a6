package org.safetyflow.security;

import java.util.Set;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.safetyflow.storage.HistoryEventHooks;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Writes to the security log every administrative change the engine records in its operation log
 * (users, groups, tenants, memberships, authorizations, deployments, unlocks), by whatever path it
 * was made (Admin, REST), in the same transaction as the change itself.
 */
@Component
class SecurityEvents extends AbstractProcessEnginePlugin {

    private static final Set<String> IDENTITY = Set.of(EntityTypes.USER, EntityTypes.GROUP, EntityTypes.GROUP_MEMBERSHIP,
            EntityTypes.TENANT, EntityTypes.TENANT_MEMBERSHIP);

    private final SecurityLog log;

    SecurityEvents(@Lazy SecurityLog log) {
        this.log = log;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        HistoryEventHooks.add(configuration, event -> {
            if (event instanceof UserOperationLogEntryEventEntity entry && UserOperationLogEntry.CATEGORY_ADMIN.equals(entry.getCategory())) {
                record(entry);
            }
        });
    }

    private void record(UserOperationLogEntryEventEntity entry) {
        SecurityLog.Event event;
        if (UserOperationLogEntry.OPERATION_TYPE_UNLOCK.equals(entry.getOperationType())) {
            event = SecurityLog.Event.UNLOCKED;
        } else if (EntityTypes.AUTHORIZATION.equals(entry.getEntityType())) {
            event = SecurityLog.Event.AUTHORIZATION_CHANGED;
        } else if (IDENTITY.contains(entry.getEntityType())) {
            event = SecurityLog.Event.IDENTITY_CHANGED;
        } else if (EntityTypes.DEPLOYMENT.equals(entry.getEntityType()) || EntityTypes.PROCESS_DEFINITION.equals(entry.getEntityType())) {
            event = SecurityLog.Event.DEPLOYMENT_CHANGED;
        } else {
            return;
        }
        String change = entry.getProperty() == null ? "" : "，" + entry.getProperty() + "：" + (entry.getOrgValue() == null ? "" : entry.getOrgValue())
                + " → " + (entry.getNewValue() == null ? "" : entry.getNewValue());
        log.record(event, entry.getUserId(), entry.getEntityType(), entry.getOperationType() + change, null);
    }
}
