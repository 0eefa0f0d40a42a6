package org.safetyflow.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.safetyflow.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
class DemoUsers implements StartupStep {

    static final String DEMO_USER = "demo";
    static final String DEMO_PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identityService;
    private final Administrators administrators;

    DemoUsers(IdentityService identityService, Administrators administrators) {
        this.identityService = identityService;
        this.administrators = administrators;
    }

    /** Role users work for 山东省 and so see every case of its cities and counties. */
    static final String ROLE_USERS_JURISDICTION = "370000";

    /**
     * Officials of one jurisdiction each, in every role group, to try what a city and a county see:
     * 枣庄市 sees its districts' cases, 台儿庄区 and 山亭区 only their own.
     */
    static final Map<String, String[]> JURISDICTION_USERS = Map.of(
            "zaozhuang", new String[] {"370400", "枣庄市", "（演示）"},
            "taierzhuang", new String[] {"370405", "台儿庄区", "（演示）"},
            "shanting", new String[] {"370406", "山亭区", "（演示）"});

    /**
     * 执法人员 of the other departments of a joint inspection (双随机), two each, working like the role users for
     * 山东省 and so for every plan in it; registry.DemoRoster puts them on their departments' rosters (EMERGENCY's
     * are the {@code enforcement-officer}, {@code hazard-officer} and jurisdiction users).
     */
    static final Map<String, String> INSPECTOR_USERS = inspectorUsers();
    static final String INSPECTOR_USERS_JURISDICTION = ROLE_USERS_JURISDICTION;

    private static Map<String, String> inspectorUsers() {
        String[][] departments = {{"industry", "工信"}, {"housing", "住建"}, {"market", "市场监管"}, {"fire", "消防救援"},
            {"ecology", "生态环境"}, {"health", "卫生健康"}, {"transport", "交通运输"}, {"natural-resources", "自然资源"}};
        Map<String, String> users = new LinkedHashMap<>();
        for (String[] department : departments) {
            users.put("inspector-" + department[0] + "-1", department[1] + "执法人员甲");
            users.put("inspector-" + department[0] + "-2", department[1] + "执法人员乙");
        }
        return Map.copyOf(users);
    }

    @Override
    public void run() {
        RoleGroups.ensureAll(identityService);
        ensureJurisdictionUsers();
        ensureInspectorUsers();
        if (identityService.createUserQuery().userId(DEMO_USER).count() > 0) {
            ensureRoleUsersJurisdiction();
            return;
        }
        administrators.createDemoUser(DEMO_USER, DEMO_PASSWORD, "演示", "管理员");
        administrators.makeAdministrator(DEMO_USER);
        for (Role role : Role.values()) {
            identityService.createMembership(DEMO_USER, role.groupId());
            administrators.createDemoUser(role.groupId(), DEMO_PASSWORD, role.displayName(), "（演示）");
            identityService.createMembership(role.groupId(), role.groupId());
            identityService.createTenantUserMembership(ROLE_USERS_JURISDICTION, role.groupId());
        }
        log.info("Demo users created: demo/demo and one user per role group (password demo)");
    }

    /** Role users made before jurisdictions existed get theirs. */
    private void ensureRoleUsersJurisdiction() {
        for (Role role : Role.values()) {
            if (identityService.createUserQuery().userId(role.groupId()).count() > 0
                    && identityService.createTenantQuery().userMember(role.groupId()).count() == 0) {
                identityService.createTenantUserMembership(ROLE_USERS_JURISDICTION, role.groupId());
            }
        }
    }

    private void ensureInspectorUsers() {
        INSPECTOR_USERS.forEach((userId, name) -> {
            if (identityService.createUserQuery().userId(userId).count() > 0) {
                return;
            }
            administrators.createDemoUser(userId, DEMO_PASSWORD, name, "（演示）");
            identityService.createMembership(userId, Role.ENFORCEMENT_OFFICER.groupId());
            identityService.createTenantUserMembership(INSPECTOR_USERS_JURISDICTION, userId);
        });
    }

    private void ensureJurisdictionUsers() {
        JURISDICTION_USERS.forEach((userId, jurisdiction) -> {
            if (identityService.createUserQuery().userId(userId).count() > 0) {
                return;
            }
            administrators.createDemoUser(userId, DEMO_PASSWORD, jurisdiction[1], jurisdiction[2]);
            for (Role role : Role.values()) {
                identityService.createMembership(userId, role.groupId());
            }
            identityService.createTenantUserMembership(jurisdiction[0], userId);
        });
    }
}
