package org.safetyflow.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.safetyflow.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Production start-up: the role groups exist, and the three administrators of 三权分立 (等保2.0 三级
 * 8.1.4.2 d) are the people the environment names, each in exactly one of the three roles:
 * the system administrator ({@code SAFETYFLOW_ADMIN_USER}: users, groups, deployments), the security
 * administrator ({@code SAFETYFLOW_SECURITY_ADMIN_USER}: authorizations, unlocking) and the audit
 * administrator ({@code SAFETYFLOW_AUDIT_ADMIN_USER}: the security log). Each is created with its
 * password when it does not exist yet; its password must satisfy the password rules. The API never
 * changes these memberships (see {@link EngineRoutes}).
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "safetyflow.demo-users", havingValue = "false")
class AdministratorBootstrap implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final IdentityService identityService;
    private final Administrators administrators;
    private final Map<String, String[]> named = new LinkedHashMap<>();

    AdministratorBootstrap(IdentityService identityService, Administrators administrators,
            @Value("${safetyflow.admin.user:}") String adminUser, @Value("${safetyflow.admin.password:}") String adminPassword,
            @Value("${safetyflow.admin.security-user:}") String securityUser,
            @Value("${safetyflow.admin.security-password:}") String securityPassword,
            @Value("${safetyflow.admin.audit-user:}") String auditUser,
            @Value("${safetyflow.admin.audit-password:}") String auditPassword) {
        this.identityService = identityService;
        this.administrators = administrators;
        named.put(Groups.CAMUNDA_ADMIN, new String[] {adminUser, adminPassword, "SAFETYFLOW_ADMIN_USER", "系统管理员"});
        named.put(Role.SECURITY_ADMIN.groupId(), new String[] {securityUser, securityPassword, "SAFETYFLOW_SECURITY_ADMIN_USER", "安全管理员"});
        named.put(Role.AUDIT_ADMIN.groupId(), new String[] {auditUser, auditPassword, "SAFETYFLOW_AUDIT_ADMIN_USER", "安全审计员"});
    }

    @Override
    public void run() {
        RoleGroups.ensureAll(identityService);
        administrators.ensureGroup();
        if (named.values().stream().map(entry -> entry[0]).filter(user -> !user.isBlank()).distinct().count()
                < named.values().stream().filter(entry -> !entry[0].isBlank()).count()) {
            throw new IllegalStateException("三权分立: the system, security and audit administrators must be three different users");
        }
        named.forEach((group, entry) -> ensure(group, entry[0], entry[1], entry[2], entry[3]));
    }

    private void ensure(String group, String userId, String password, String variable, String title) {
        if (userId.isBlank()) {
            if (identityService.createUserQuery().memberOfGroup(group).count() == 0) {
                log.warn("No {} ({}) exists and {} is not set", title, group, variable);
            }
            return;
        }
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            if (password.isBlank()) {
                log.warn("{} names user '{}', which does not exist, and gives no password: not created", variable, userId);
                return;
            }
            administrators.createUser(userId, password, title, "");
            log.info("{} '{}' created from {}", title, userId, variable);
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
            identityService.createMembership(userId, group);
        }
    }
}
