package org.safetyflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.springframework.stereotype.Component;

/**
 * The Camunda administrators group and its members. Administrators hold every permission on every
 * resource, so the webapps work the same whether engine authorizations are on or off.
 */
@Component
class Administrators {

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final ProcessEngineConfigurationImpl configuration;

    Administrators(IdentityService identityService, AuthorizationService authorizationService,
            ProcessEngineConfigurationImpl configuration) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.configuration = configuration;
    }

    void ensureGroup() {
        if (identityService.createGroupQuery().groupId(CAMUNDA_ADMIN).count() == 0) {
            Group group = identityService.newGroup(CAMUNDA_ADMIN);
            group.setName("系统管理员");
            group.setType("SYSTEM");
            identityService.saveGroup(group);
        }
        for (Resource resource : Resources.values()) {
            boolean granted = authorizationService.createAuthorizationQuery().groupIdIn(CAMUNDA_ADMIN)
                    .resourceType(resource).resourceId(ANY).count() > 0;
            if (!granted) {
                Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
                authorization.setGroupId(CAMUNDA_ADMIN);
                authorization.setResource(resource);
                authorization.setResourceId(ANY);
                authorization.addPermission(ALL);
                authorizationService.saveAuthorization(authorization);
            }
        }
    }

    /** A user whose password must satisfy the password rules (production). */
    void createUser(String userId, String password, String firstName, String lastName) {
        identityService.saveUser(newUser(userId, password, firstName, lastName));
    }

    /** A demo user: password {@code demo}, which the password rules would refuse (demo profile only). */
    void createDemoUser(String userId, String password, String firstName, String lastName) {
        configuration.getCommandExecutorTxRequired().execute(new SaveUserCmd(newUser(userId, password, firstName, lastName), true));
    }

    private User newUser(String userId, String password, String firstName, String lastName) {
        User user = identityService.newUser(userId);
        user.setPassword(password);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        return user;
    }

    void makeAdministrator(String userId) {
        ensureGroup();
        identityService.createMembership(userId, CAMUNDA_ADMIN);
    }
}
