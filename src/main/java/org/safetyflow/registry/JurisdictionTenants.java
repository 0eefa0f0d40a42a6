package org.safetyflow.registry;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.safetyflow.StartupStep;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every jurisdiction is a Camunda tenant of the same id, named with its full name, so that Admin can
 * make users and groups members of it and the engine can check it.
 */
@Component
@Order(0)
public class JurisdictionTenants implements StartupStep {

    private final IdentityService identityService;
    private final JurisdictionDirectory directory;

    JurisdictionTenants(IdentityService identityService, JurisdictionDirectory directory) {
        this.identityService = identityService;
        this.directory = directory;
    }

    @Override
    public void run() {
        directory.all().forEach(this::ensure);
    }

    public void ensure(Jurisdiction jurisdiction) {
        Tenant tenant = identityService.createTenantQuery().tenantId(jurisdiction.code()).singleResult();
        if (tenant == null) {
            tenant = identityService.newTenant(jurisdiction.code());
        } else if (jurisdiction.fullName().equals(tenant.getName())) {
            return;
        }
        tenant.setName(jurisdiction.fullName());
        identityService.saveTenant(tenant);
    }
}
