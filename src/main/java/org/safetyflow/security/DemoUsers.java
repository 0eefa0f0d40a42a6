package org.safetyflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's users: {@code demo}/{@code demo}, an administrator in every role group, and one
 * user per role, named like its group, password {@code demo}. Created once; never in production.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "safetyflow.demo-users", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    static final String DEMO_USER = "demo";
    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identityService;
    private final Administrators administrators;

    DemoUsers(IdentityService identityService, Administrators administrators) {
        this.identityService = identityService;
        this.administrators = administrators;
    }

    @Override
    public void run(ApplicationArguments args) {
        RoleGroups.ensureAll(identityService);
        if (identityService.createUserQuery().userId(DEMO_USER).count() > 0) {
            return;
        }
        administrators.createUser(DEMO_USER, DEMO_PASSWORD, "演示", "管理员");
        administrators.makeAdministrator(DEMO_USER);
        for (Role role : Role.values()) {
            identityService.createMembership(DEMO_USER, role.groupId());
            administrators.createUser(role.groupId(), DEMO_PASSWORD, role.displayName(), "（演示）");
            identityService.createMembership(role.groupId(), role.groupId());
        }
        log.info("Demo users created: demo/demo and one user per role group (password demo)");
    }
}
