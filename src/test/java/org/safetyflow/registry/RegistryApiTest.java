package org.safetyflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The registry over /api/registry: read by anyone signed in, written by administrators only. */
@EngineTest
class RegistryApiTest {

    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    Blacklist blacklist;
    @Autowired
    org.safetyflow.storage.Database database;

    /** So that the suite can run again on a kept database (SAFETYFLOW_TEST_DB_URL). */
    @org.junit.jupiter.api.BeforeEach
    void forgetWhatEarlierRunsWrote() {
        database.jdbc().update("delete from sf_blacklist_entry where credit_code in ('91370481MA3C00003H', '91610200MA6X00004R', '91370406MA3C00002T')");
        database.jdbc().update("delete from sf_enterprise where credit_code = '91370405MA3C000019'");
    }

    // ---- jurisdictions

    @Test
    void shouldShipEveryProvinceAndTheSeedDocumentsCitiesAndCounties() {
        JsonNode provinces = clerk().get("/api/registry/jurisdictions?parent=").json();
        JsonNode zaozhuang = clerk().get("/api/registry/jurisdictions/370400").json();

        assertThat(provinces.size()).isEqualTo(34);
        assertThat(zaozhuang.path("fullName").asText()).isEqualTo("山东省枣庄市");
        assertThat(zaozhuang.path("children").findValuesAsText("name"))
                .containsExactly("市中区", "薛城区", "峄城区", "台儿庄区", "山亭区", "滕州市");
        assertThat(clerk().get("/api/registry/jurisdictions/370300").json().path("children").size()).isEqualTo(8);
        assertThat(clerk().get("/api/registry/jurisdictions/610200").json().path("children").findValuesAsText("name"))
                .containsExactly("王益区", "印台区", "耀州区", "宜君县");
        assertThat(clerk().get("/api/registry/jurisdictions/230900").json().path("children").findValuesAsText("name"))
                .containsExactly("新兴区", "桃山区", "茄子河区", "勃利县");
        assertThat(clerk().get("/api/registry/jurisdictions/370405").json().path("levelName").asText()).isEqualTo("县级");
    }

    @Test
    void shouldMakeEveryJurisdictionATenant() {
        assertThat(identityService.createTenantQuery().tenantId("370405").singleResult().getName()).isEqualTo("山东省枣庄市台儿庄区");
        assertThat(identityService.createTenantQuery().count()).isGreaterThanOrEqualTo(74);
    }

    @Test
    void shouldLetAnAdministratorAddACountyWhichBecomesATenant() {
        String code = java.util.stream.IntStream.range(102, 200).mapToObj(n -> "370" + n)
                .filter(c -> clerk().get("/api/registry/jurisdictions/" + c).status() == 404).findFirst().orElseThrow();
        String body = "{\"code\": \"" + code + "\", \"name\": \"历下区\"}";
        Http.Response added = demo().post("/api/registry/jurisdictions", body);

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().path("parentCode").asText()).isEqualTo("370100");
        assertThat(added.json().path("fullName").asText()).isEqualTo("山东省济南市历下区");
        assertThat(identityService.createTenantQuery().tenantId(code).count()).isEqualTo(1);
        assertThat(demo().post("/api/registry/jurisdictions", body).status()).isEqualTo(409);
    }

    @Test
    void shouldRefuseBadJurisdictionsInChinese() {
        assertError(demo().post("/api/registry/jurisdictions", "{\"code\": \"37010\", \"name\": \"历下区\"}"), 400, "「行政区划代码」（code）格式不正确，应为6 位行政区划代码");
        assertError(demo().post("/api/registry/jurisdictions", "{\"code\": \"370102\"}"), 400, "缺少必填项「名称」（name）");
        assertError(demo().post("/api/registry/jurisdictions", "{\"code\": \"160101\", \"name\": \"无上级\"}"), 400, "尚未登记");
        assertError(demo().post("/api/registry/jurisdictions", "{\"code\": \"990101\", \"name\": \"非区划\"}"), 400, "「行政区划代码」（code）格式不正确，应为6 位行政区划代码");
        assertError(demo().post("/api/registry/jurisdictions", "{not json"), 400, "不是有效的 JSON");
        assertError(clerk().post("/api/registry/jurisdictions", "{\"code\": \"370103\", \"name\": \"市中区\"}"), 403, "只有系统管理员");
        assertError(clerk().get("/api/registry/jurisdictions/379999"), 404, "未登记");
    }

    // ---- enterprises

    @Test
    void shouldLetAnAdministratorRegisterAndCorrectAnEnterprise() {
        String path = "/api/registry/enterprises/91370405MA3C000019";
        Http.Response created = demo().put(path, "{\"name\": \"台儿庄某化工有限公司\", \"jurisdiction\": \"370405\", \"industry\": \"危险化学品\"}");
        Http.Response corrected = demo().put(path, "{\"name\": \"枣庄台儿庄某化工有限公司\", \"jurisdiction\": \"370405\", \"industry\": \"危险化学品\", \"supervisingDepartment\": \"台儿庄区应急管理局\"}");

        assertThat(created.status()).isEqualTo(200);
        assertThat(corrected.json().path("name").asText()).isEqualTo("枣庄台儿庄某化工有限公司");
        assertThat(corrected.json().path("updatedBy").asText()).isEqualTo("demo");
        assertThat(corrected.json().path("updatedAt").asText()).as("times at +08:00, as everywhere").endsWith("+08:00");
        assertThat(clerk().get(path).json().path("supervisingDepartment").asText()).isEqualTo("台儿庄区应急管理局");
        assertThat(clerk().get("/api/registry/enterprises?jurisdiction=370400").json().findValuesAsText("creditCode"))
                .contains("91370405MA3C000019");
    }

    @Test
    void shouldLetAnAdministratorNameTheUsersWhoActForAnEnterprise() {
        demo().put("/api/registry/enterprises/91370405MA3C000019", "{\"name\": \"台儿庄某化工有限公司\", \"jurisdiction\": \"370405\"}");

        Http.Response added = demo().post("/api/registry/enterprises/91370405MA3C000019/users", "{\"userId\": \"enterprise\"}");

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().toString()).contains("enterprise");
        assertThat(identityService.createGroupQuery().groupMember("enterprise").groupId("enterprise-91370405ma3c000019").count()).isEqualTo(1);
        assertThat(identityService.createTenantQuery().userMember("enterprise").tenantId("370405").count()).isEqualTo(1);
        assertThat(demo().post("/api/registry/enterprises/91370405MA3C000019/users", "{\"userId\": \"nobody\"}").json()
                .path("error").asText()).isEqualTo("用户不存在：nobody");
        assertThat(clerk().post("/api/registry/enterprises/91370405MA3C000019/users", "{\"userId\": \"enterprise\"}").status()).isEqualTo(403);
    }

    @Test
    void shouldRefuseBadEnterprisesInChinese() {
        assertError(demo().put("/api/registry/enterprises/91370405MA3C000018", "{\"name\": \"某公司\", \"jurisdiction\": \"370405\"}"), 400, "校验位");
        assertError(demo().put("/api/registry/enterprises/91370406MA3C00002T", "{\"name\": \"某公司\", \"jurisdiction\": \"379999\"}"), 400, "不是已登记的行政区划代码");
        assertError(demo().put("/api/registry/enterprises/91370406MA3C00002T", "{\"jurisdiction\": \"370406\"}"), 400, "企业名称");
        assertError(clerk().put("/api/registry/enterprises/91370406MA3C00002T", "{\"name\": \"某公司\", \"jurisdiction\": \"370406\"}"), 403, "只有系统管理员");
        assertError(clerk().get("/api/registry/enterprises/91370406MA3C00002T"), 404, "未登记");
        assertError(clerk().get("/api/registry/enterprises?limit=1001"), 400, "「条数上限」（limit）应为 1 至 1000 之间的整数");
        assertError(clerk().get("/api/registry/enterprises?limit=all"), 400, "「条数上限」（limit）应为整数");
    }

    // ---- 严重失信主体名单

    @Test
    void shouldListAnEnterpriseForThreeYearsAndLetLicensingAskAboutIt() {
        Http.Response listed = demo().post("/api/registry/blacklist", "{\"creditCode\": \"91370481MA3C00003H\", \"enterpriseName\": \"滕州某煤矿\","
                + "\"reason\": \"发生较大生产安全事故，负有主要责任\", \"sourceCase\": \"SG-370481-2025-000003\", \"listedOn\": \"" + TODAY + "\"}");

        assertThat(listed.status()).isEqualTo(201);
        assertThat(listed.json().path("expiresOn").asText()).isEqualTo(LocalDate.parse(TODAY).plusYears(3).toString());
        assertThat(blacklist.isListed("91370481MA3C00003H")).isTrue();
        assertThat(blacklist.isListed("91370481MA3C00003H", LocalDate.parse(TODAY).plusYears(3))).isFalse();
        assertThat(clerk().get("/api/registry/blacklist?creditCode=91370481MA3C00003H").json().size()).isEqualTo(1);
        assertError(demo().post("/api/registry/blacklist", "{\"creditCode\": \"91370481MA3C00003H\", \"enterpriseName\": \"滕州某煤矿\","
                + "\"reason\": \"重复\", \"listedOn\": \"" + TODAY + "\"}"), 409, "已在严重失信主体名单中");
    }

    @Test
    void shouldRemoveAnEntryEarlyOnlyAfterTwelveMonths() {
        String listedOn = LocalDate.parse(TODAY).minusMonths(13).toString();
        String recent = LocalDate.parse(TODAY).minusMonths(6).toString();
        String old = demo().post("/api/registry/blacklist", "{\"creditCode\": \"91610200MA6X00004R\", \"enterpriseName\": \"铜川某建材公司\","
                + "\"reason\": \"拒不执行停产停业整顿决定\", \"listedOn\": \"" + listedOn + "\"}").json().path("id").asText();
        String young = demo().post("/api/registry/blacklist", "{\"creditCode\": \"91370406MA3C00002T\", \"enterpriseName\": \"山亭某矿\","
                + "\"reason\": \"瞒报事故\", \"listedOn\": \"" + recent + "\"}").json().path("id").asText();

        assertError(demo().post("/api/registry/blacklist/" + young + "/removal", "{\"removedOn\": \"" + TODAY + "\", \"reason\": \"整改到位\"}"),
                400, "满 12 个月后方可提前移出");
        assertError(clerk().post("/api/registry/blacklist/" + old + "/removal", "{\"removedOn\": \"" + TODAY + "\", \"reason\": \"整改到位\"}"),
                403, "只有系统管理员");
        Http.Response removed = demo().post("/api/registry/blacklist/" + old + "/removal", "{\"removedOn\": \"" + TODAY + "\", \"reason\": \"信用修复，经决定提前移出\"}");

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().path("removedBy").asText()).isEqualTo("demo");
        assertThat(blacklist.isListed("91610200MA6X00004R")).isFalse();
        assertThat(blacklist.isListed("91370406MA3C00002T")).isTrue();
        assertThat(clerk().get("/api/registry/blacklist?all=true&creditCode=91610200MA6X00004R").json().get(0).path("removalReason").asText())
                .isEqualTo("信用修复，经决定提前移出");
    }

    @Test
    void shouldRefuseBadBlacklistEntriesInChinese() {
        assertError(demo().post("/api/registry/blacklist", "{\"creditCode\": \"91370481MA3C00003X\", \"enterpriseName\": \"某矿\", \"reason\": \"x\", \"listedOn\": \"" + TODAY + "\"}"),
                400, "统一社会信用代码");
        assertError(demo().post("/api/registry/blacklist", "{\"creditCode\": \"91370481MA3C00003H\", \"enterpriseName\": \"某矿\", \"listedOn\": \"" + TODAY + "\"}"),
                400, "列入事由");
        assertError(demo().post("/api/registry/blacklist", "{\"creditCode\": \"91370481MA3C00003H\", \"enterpriseName\": \"某矿\", \"reason\": \"x\", \"listedOn\": \"2026/01/01\"}"),
                400, "YYYY-MM-DD");
        assertError(demo().post("/api/registry/blacklist", "{\"creditCode\": \"91370481MA3C00003H\", \"enterpriseName\": \"某矿\", \"reason\": \"x\", \"listedOn\": \"2999-01-01\"}"),
                400, "不能晚于今天");
    }

    private static void assertError(Http.Response response, int status, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("error").asText()).contains(message);
    }

    private Http demo() {
        return Http.as(port, "demo", "demo");
    }

    private Http clerk() {
        return Http.as(port, "licensing-clerk", "demo");
    }
}
