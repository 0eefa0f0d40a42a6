package org.safetyflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.storage.Database;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 等保2.0 三级 login controls and 三权分立: password rules, lockout after five failures and unlocking by
 * the security administrator only, the security log for the audit administrator only, and
 * administrators that nobody makes over the API.
 */
@EngineTest
class SecurityControlsTest {

    static final String GOOD_PASSWORD = "Zhang#Safety26";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    Database database;
    @Value("${server.servlet.session.timeout}")
    String sessionTimeout;

    int delayBase;

    /** The engine also makes each failed attempt wait longer than the last; not what these tests are about. */
    @BeforeEach
    void noLoginDelay() {
        delayBase = configuration.getLoginDelayBase();
        configuration.setLoginDelayBase(0);
    }

    @AfterEach
    void restoreLoginDelay() {
        configuration.setLoginDelayBase(delayBase);
    }

    @Test
    void shouldRefuseWeakPasswordsInChineseAndStoreNoUser() {
        Http admin = Http.as(port, "demo", "demo");

        for (String weak : List.of("1", "abcdefghij", "Abcdefghij", "Li-zhang-2026x")) {
            Http.Response refused = admin.post("/engine-rest/user/create", newUser("li-zhang", weak));
            assertThat(refused.status()).as(weak + " " + refused.body()).isEqualTo(400);
            assertThat(refused.json().path("message").asText()).isEqualTo(PasswordRules.EXPLANATION);
        }
        assertThat(identityService.createUserQuery().userId("li-zhang").count()).isZero();
        assertThat(admin.post("/engine-rest/user/create", newUser("li-zhang", GOOD_PASSWORD)).status()).isEqualTo(204);
        assertThat(admin.get("/engine-rest/identity/password-policy").json().findValuesAsText("placeholder"))
                .contains("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_CHARACTER_CLASSES", "PASSWORD_POLICY_USER_DATA");
    }

    @Test
    void shouldLockAUserOutAfterFiveFailuresUntilTheSecurityAdministratorUnlocksIt() {
        user("wang-wu");
        Http wrong = Http.as(port, "wang-wu", "Wrong#Password1");
        Http right = Http.as(port, "wang-wu", GOOD_PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/engine-rest/task").status()).isEqualTo(401);
        }

        Http.Response locked = right.get("/engine-rest/task");
        Http.Response bySystemAdministrator = Http.as(port, systemAdministrator(), GOOD_PASSWORD).post("/engine-rest/user/wang-wu/unlock", "");
        Http.Response byOfficer = Http.as(port, "hazard-officer", "demo").post("/engine-rest/user/wang-wu/unlock", "");
        Http.Response bySecurityAdministrator = Http.as(port, "security-admin", "demo").post("/engine-rest/user/wang-wu/unlock", "");

        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().path("error").asText()).contains("锁定");
        assertThat(bySystemAdministrator.status()).isEqualTo(403);
        assertThat(bySystemAdministrator.json().path("message").asText()).contains("安全管理员");
        assertThat(byOfficer.status()).isEqualTo(403);
        assertThat(bySecurityAdministrator.status()).as(bySecurityAdministrator.body()).isEqualTo(204);
        assertThat(right.get("/engine-rest/task").status()).isEqualTo(200);

        List<String> events = events("wang-wu");
        assertThat(events).containsSubsequence("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOCKED_OUT", "LOGIN_FAILED");
        assertThat(events.stream().filter("LOCKED_OUT"::equals)).hasSize(1);
        assertThat(events("security-admin")).contains("UNLOCKED");
    }

    /** API clients sign in with every request; a sign-in of a moment ago is reused, but never past a change. */
    @Test
    void shouldActOnAChangedRoleOrPasswordAtTheVeryNextRequest() {
        user("zhao-liu");
        if (identityService.createUserQuery().userId("zhao-liu").memberOfGroup(Role.COMPLAINT_CLERK.groupId()).count() == 0) {
            identityService.createMembership("zhao-liu", Role.COMPLAINT_CLERK.groupId());
        }
        Http asClerk = Http.as(port, "zhao-liu", GOOD_PASSWORD);
        String definitions = "/engine-rest/process-definition/count?key=complaint-intake";
        assertThat(asClerk.get(definitions).json().path("count").asInt()).isPositive();
        assertThat(asClerk.get(definitions).json().path("count").asInt()).isPositive(); // now remembered

        identityService.deleteMembership("zhao-liu", Role.COMPLAINT_CLERK.groupId());
        int withoutTheRole = asClerk.get(definitions).json().path("count").asInt();
        User changed = identityService.createUserQuery().userId("zhao-liu").singleResult();
        changed.setPassword("Zhao#Changed2026");
        identityService.saveUser(changed);
        int withTheOldPassword = asClerk.get(definitions).status();

        assertThat(withoutTheRole).isZero();
        assertThat(withTheOldPassword).isEqualTo(401);
        assertThat(Http.as(port, "zhao-liu", "Zhao#Changed2026").get(definitions).status()).isEqualTo(200);
    }

    /** Permissions are grants from the role matrix; a REVOKE would also make every permission check ask for revokes. */
    @Test
    void shouldRefuseRevokeAuthorizationsByAnyPath() {
        Http admin = Http.as(port, "demo", "demo");
        long before = database.jdbc().queryForObject("select count(*) from ACT_RU_AUTHORIZATION", Long.class);

        Http.Response revoke = admin.post("/engine-rest/authorization/create",
                "{\"type\": 2, \"permissions\": [\"READ\"], \"groupId\": \"complaint-clerk\", \"resourceType\": 6, \"resourceId\": \"complaint-intake\"}");
        Http.Response grant = admin.post("/engine-rest/authorization/create",
                "{\"type\": 1, \"permissions\": [\"READ\"], \"userId\": \"zhou-qi\", \"resourceType\": 6, \"resourceId\": \"complaint-intake\"}");

        assertThat(revoke.status()).as(revoke.body()).isEqualTo(400);
        assertThat(revoke.json().path("message").asText()).isEqualTo(AuthorizationLookups.NO_REVOKES);
        assertThat(grant.status()).as(grant.body()).isEqualTo(200);
        assertThat(database.jdbc().queryForObject("select count(*) from ACT_RU_AUTHORIZATION", Long.class)).isEqualTo(before + 1);
        assertThat(database.jdbc().queryForObject("select count(*) from ACT_RU_AUTHORIZATION where TYPE_ = 2", Long.class)).isZero();
        assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo("never");
        admin.delete("/engine-rest/authorization/" + grant.json().path("id").asText());
    }

    @Test
    void shouldShowTheSecurityLogToTheAuditAdministratorOnly() {
        Http.as(port, "demo", "demo").post("/engine-rest/user/create", newUser("zhao-liu", GOOD_PASSWORD));

        for (String other : List.of("hazard-officer", "security-admin", "auditor")) {
            Http.Response refused = Http.as(port, other, "demo").get("/api/security-log");
            assertThat(refused.status()).as(other).isEqualTo(403);
            assertThat(refused.json().path("error").asText()).isEqualTo("只有安全审计员可以查阅安全日志");
        }
        JsonNode log = Http.as(port, "audit-admin", "demo").get("/api/security-log?actor=demo&event=IDENTITY_CHANGED").json();
        Http.Response csv = Http.as(port, "audit-admin", "demo").get("/api/security-log/export?actor=demo");

        assertThat(StreamSupport.stream(log.spliterator(), false)).anySatisfy(entry -> {
            assertThat(entry.path("description").asText()).isEqualTo("用户、用户组或管辖区划变更");
            assertThat(entry.path("detail").asText()).startsWith("Create");
        });
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF时间,事件,说明,操作人,对象,详情,来源");
        assertThat(events("audit-admin")).contains("LOG_READ");
    }

    @Test
    void shouldLetNobodyMakeOrUnmakeAdministratorsOverTheApi() {
        Http admin = Http.as(port, "demo", "demo");

        assertThat(admin.put("/engine-rest/group/camunda-admin/members/hazard-officer", "").status()).isEqualTo(403);
        assertThat(admin.put("/engine-rest/group/audit-admin/members/hazard-officer", "").status()).isEqualTo(403);
        assertThat(admin.post("/engine-rest/group/create", "{\"id\": \"security-admin\", \"name\": \"x\"}").status()).isEqualTo(403);
        assertThat(admin.delete("/engine-rest/user/audit-admin").status()).isEqualTo(403);
        String grant = "{\"type\": 1, \"permissions\": [\"READ\"], \"userId\": \"hazard-officer\", \"resourceType\": 5, \"resourceId\": \"no-such-filter\"}";
        Http.Response bySystemAdministrator = Http.as(port, systemAdministrator(), GOOD_PASSWORD).post("/engine-rest/authorization/create", grant);
        Http.Response bySecurityAdministrator = Http.as(port, "security-admin", "demo").post("/engine-rest/authorization/create", grant);
        assertThat(bySystemAdministrator.status()).isEqualTo(403);
        assertThat(bySecurityAdministrator.status()).as(bySecurityAdministrator.body()).isEqualTo(200);
        assertThat(Http.as(port, "security-admin", "demo").delete("/engine-rest/authorization/" + bySecurityAdministrator.json().path("id").asText())
                .status()).isEqualTo(204);

        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("hazard-officer").count()).isZero();
        assertThat(identityService.createUserQuery().userId("audit-admin").count()).isEqualTo(1);
    }

    @Test
    void shouldKeepTheSecurityLogAppendOnlyInPostgreSql() {
        Http.as(port, "nobody-at-all", "Wrong#Password1").get("/engine-rest/task");

        assertThat(database.jdbc().queryForObject("select count(*) from sf_security_log", Long.class)).isPositive();
        assertThatThrownBy(() -> database.jdbc().update("update sf_security_log set actor = 'mallory'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.jdbc().update("delete from sf_security_log")).hasMessageContaining("append-only");
    }

    @Test
    void shouldEndIdleWebappSessionsAfterThirtyMinutes() {
        assertThat(sessionTimeout).isEqualTo("30m");
    }

    private List<String> events(String actor) {
        JsonNode log = Http.as(port, "audit-admin", "demo").get("/api/security-log?actor=" + actor + "&size=1000").json();
        return StreamSupport.stream(log.spliterator(), false).map(entry -> entry.path("event").asText()).toList();
    }

    /** A system administrator who is nothing else (the demo user holds every role). */
    private String systemAdministrator() {
        user("sys-admin-only");
        if (identityService.createUserQuery().userId("sys-admin-only").memberOfGroup("camunda-admin").count() == 0) {
            identityService.createMembership("sys-admin-only", "camunda-admin");
        }
        return "sys-admin-only";
    }

    private void user(String id) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setPassword(GOOD_PASSWORD);
            identityService.saveUser(user);
        }
    }

    private static String newUser(String id, String password) {
        return "{\"profile\": {\"id\": \"" + id + "\", \"firstName\": \"Li\", \"lastName\": \"Wei\"}, \"credentials\": {\"password\": \"" + password + "\"}}";
    }
}
