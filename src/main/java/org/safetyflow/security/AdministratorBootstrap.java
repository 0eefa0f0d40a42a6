package org.safetyflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Production start-up: the role groups exist, and when no administrator exists yet one is created
 * from {@code SAFETYFLOW_ADMIN_USER} / {@code SAFETYFLOW_ADMIN_PASSWORD}.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "safetyflow.demo-users", havingValue = "false")
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final IdentityService identityService;
    private final Administrators administrators;
    private final String adminUser;
    private final String adminPassword;

    AdministratorBootstrap(IdentityService identityService, Administrators administrators,
            @Value("${safetyflow.admin.user:}") String adminUser,
            @Value("${safetyflow.admin.password:}") String adminPassword) {
        this.identityService = identityService;
        this.administrators = administrators;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        RoleGroups.ensureAll(identityService);
        if (administrators.anyExists()) {
            return;
        }
        if (adminUser.isBlank() || adminPassword.isBlank()) {
            log.warn("No administrator exists and SAFETYFLOW_ADMIN_USER / SAFETYFLOW_ADMIN_PASSWORD are not set: "
                    + "nobody can log in until they are");
            return;
        }
        if (identityService.createUserQuery().userId(adminUser).count() == 0) {
            administrators.createUser(adminUser, adminPassword, "系统", "管理员");
        }
        administrators.makeAdministrator(adminUser);
        log.info("Administrator '{}' created from SAFETYFLOW_ADMIN_USER", adminUser);
    }
}
