package org.safetyflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.input.UnifiedSocialCreditCode;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 执法人员 roster over /api/registry/inspectors: administrators write, officials read, enterprises nothing. */
@EngineTest
class InspectorRosterApiTest {

    private static final String USER = "accident-officer";
    private static final String PATH = "/api/registry/inspectors/" + USER;
    private static final String CONFLICT = "91370405MA3F00001" + UnifiedSocialCreditCode.checkCharacter("91370405MA3F00001");

    @LocalServerPort
    int port;
    @Autowired
    InspectorRoster roster;

    /** So that the suite can run again on a kept database. */
    @BeforeEach
    void takeTheTestInspectorOffTheRoster() {
        roster.remove(USER);
    }

    @Test
    void shouldLetAnAdministratorPutAnOfficialOnADepartmentsRosterWithItsConflicts() {
        Http.Response saved = as("demo").put(PATH, "{\"department\": \"FIRE\", \"certificateNumber\": \"鲁消执 370000-0901\", \"conflicts\": [\""
                + CONFLICT.toLowerCase() + "\"]}");

        assertThat(saved.status()).isEqualTo(200);
        JsonNode entry = saved.json();
        assertThat(entry.path("department").asText()).isEqualTo("FIRE");
        assertThat(entry.path("departmentName").asText()).isEqualTo("消防救援");
        assertThat(entry.path("conflicts").toString()).isEqualTo("[\"" + CONFLICT + "\"]");
        assertThat(entry.path("jurisdictions").toString()).isEqualTo("[\"370000\"]");
        assertThat(entry.path("updatedBy").asText()).isEqualTo("demo");
        assertThat(as("hazard-officer").get("/api/registry/inspectors?department=FIRE").json().findValuesAsText("userId")).contains(USER);

        Http.Response corrected = as("demo").put(PATH, "{\"department\": \"EMERGENCY\", \"certificateNumber\": \"鲁应急执 370000-0901\"}");

        assertThat(corrected.json().path("department").asText()).isEqualTo("EMERGENCY");
        assertThat(corrected.json().path("conflicts").size()).as("the conflicts are those of the last entry").isZero();
    }

    @Test
    void shouldRefuseEveryoneButAdministratorsToWriteTheRoster() {
        String entry = "{\"department\": \"FIRE\", \"certificateNumber\": \"X-1\"}";
        for (String user : new String[] {"hazard-officer", "enforcement-officer", "bureau-head", "enterprise"}) {
            assertError(as(user).put(PATH, entry), 403, "只有系统管理员可以执行此操作");
            assertError(as(user).delete("/api/registry/inspectors/hazard-officer"), 403, "只有系统管理员可以执行此操作");
        }
        assertThat(roster.find(USER)).isEmpty();
    }

    @Test
    void shouldRefuseBadEntriesInChineseAndStoreNothing() {
        assertError(as("demo").put(PATH, "{\"department\": \"POLICE\", \"certificateNumber\": \"X-1\"}"), 400, "未知的部门：POLICE（应为以下之一：EMERGENCY 应急管理、");
        assertError(as("demo").put(PATH, "{\"certificateNumber\": \"X-1\"}"), 400, "缺少必填项「所属部门」（department）");
        assertError(as("demo").put(PATH, "{\"department\": \"FIRE\"}"), 400, "缺少必填项「执法证号」（certificateNumber）");
        assertError(as("demo").put(PATH, "{\"department\": \"FIRE\", \"certificateNumber\": \"X-1\", \"conflicts\": [\"" + CONFLICT
                + "\", \"91370405MA3F000010\"]}"), 400, "「回避企业第 2 项」（conflicts）");
        assertError(as("demo").put(PATH, "{\"department\": \"FIRE\", \"certificateNumber\": \"X-1\", \"conflicts\": \"" + CONFLICT + "\"}"),
                400, "「回避企业」（conflicts）应为统一社会信用代码的列表");
        assertError(as("demo").put("/api/registry/inspectors/nobody", "{\"department\": \"FIRE\", \"certificateNumber\": \"X-1\"}"), 400, "用户不存在：nobody");
        assertError(as("demo").put("/api/registry/inspectors/enterprise", "{\"department\": \"FIRE\", \"certificateNumber\": \"X-1\"}"), 400,
                "用户 enterprise 是企业用户，不能登记为执法人员");
        assertError(as("demo").put(PATH, "{not json"), 400, "不是有效的 JSON");
        assertThat(roster.find(USER)).isEmpty();
        assertThat(roster.find("enterprise")).isEmpty();
    }

    @Test
    void shouldRefuseACertificateNumberHeldByAnotherInspector() {
        String held = roster.find("hazard-officer").orElseThrow().certificateNumber();

        assertError(as("demo").put(PATH, "{\"department\": \"FIRE\", \"certificateNumber\": \"" + held + "\"}"), 409,
                "执法证号 " + held + " 已登记给执法人员 hazard-officer");
        assertThat(roster.find(USER)).isEmpty();
    }

    @Test
    void shouldLetOfficialsButNotEnterprisesOrExpertsReadTheRoster() {
        JsonNode market = as("enforcement-officer").get("/api/registry/inspectors?department=MARKET").json();

        assertThat(market.findValuesAsText("userId")).containsExactly("inspector-market-1", "inspector-market-2");
        assertThat(market.findValuesAsText("name")).containsExactly("市场监管执法人员甲（演示）", "市场监管执法人员乙（演示）");
        assertThat(as("bureau-head").get("/api/registry/inspectors/taierzhuang").json().path("conflicts").toString())
                .isEqualTo("[\"" + DemoEnterprise.CREDIT_CODE + "\"]");
        assertError(as("enterprise").get("/api/registry/inspectors"), 403, "只有执法机关工作人员可以查阅执法人员名录");
        assertError(as("expert").get("/api/registry/inspectors"), 403, "只有执法机关工作人员可以查阅执法人员名录");
        assertThat(Http.anonymous(port).get("/api/registry/inspectors").status()).isEqualTo(401);
        assertError(as("hazard-officer").get("/api/registry/inspectors?department=POLICE"), 400, "未知的部门：POLICE");
        assertError(as("hazard-officer").get("/api/registry/inspectors/licensing-clerk"), 404, "执法人员名录中没有用户 licensing-clerk");
    }

    @Test
    void shouldListTheInspectorsADrawOfAJurisdictionMaySendThoseOfItAndOfTheJurisdictionsAboveIt() {
        JsonNode taierzhuang = as("hazard-officer").get("/api/registry/inspectors?department=EMERGENCY&jurisdiction=370405").json();

        assertThat(taierzhuang.findValuesAsText("userId")).contains("enforcement-officer", "hazard-officer", "zaozhuang", "taierzhuang")
                .doesNotContain("shanting");
        assertError(as("hazard-officer").get("/api/registry/inspectors?jurisdiction=379999"), 404, "未登记");
    }

    @Test
    void shouldPutEveryDemoInspectorOnItsDepartmentsRoster() {
        for (Map.Entry<String, Department> entry : DemoRoster.entries().entrySet()) {
            assertThat(roster.find(entry.getKey())).as(entry.getKey()).hasValueSatisfying(inspector -> {
                assertThat(inspector.department()).isEqualTo(entry.getValue());
                assertThat(inspector.jurisdictions()).isNotEmpty();
            });
        }
    }

    @Test
    void shouldLetAnAdministratorTakeAnInspectorOffTheRoster() {
        as("demo").put(PATH, "{\"department\": \"FIRE\", \"certificateNumber\": \"鲁消执 370000-0902\"}");

        assertThat(as("demo").delete(PATH).status()).isEqualTo(204);
        assertThat(roster.find(USER)).isEmpty();
        assertError(as("demo").delete(PATH), 404, "执法人员名录中没有用户 " + USER);
    }

    private Http as(String user) {
        return Http.as(port, user, "demo");
    }

    private static void assertError(Http.Response response, int status, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("error").asText()).contains(message);
    }
}
