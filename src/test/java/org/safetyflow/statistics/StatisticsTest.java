package org.safetyflow.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.registry.JurisdictionTenants;
import org.safetyflow.testing.Complaints;
import org.safetyflow.testing.CreditCodes;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Hazards;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/statistics} (contract §13) counts exactly the cases it was shown being made, for the caller's
 * jurisdictions only: a city of its own (统计测试市, 379800) with two counties, which no other test uses. The figures are
 * compared with those before the cases were made (a server kept between runs, SAFETYFLOW_TEST_DB_URL, holds earlier
 * runs' cases).
 */
@EngineTest
class StatisticsTest {

    static final String CITY = "379800";
    static final String COUNTY_A = "379801";
    static final String COUNTY_B = "379802";
    static final String PASSWORD = "Stat#Test2026x";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JurisdictionDirectory jurisdictions;
    @Autowired
    JurisdictionTenants tenants;

    static boolean seeded;
    static JsonNode before;
    static JsonNode beforeCountyA;

    @BeforeEach
    void cityWithTwoCounties() {
        if (!jurisdictions.isKnown(CITY)) {
            tenants.ensure(jurisdictions.add(CITY, "统计测试市", "test"));
            tenants.ensure(jurisdictions.add(COUNTY_A, "甲区", "test"));
            tenants.ensure(jurisdictions.add(COUNTY_B, "乙县", "test"));
            user("stat-city", CITY, "bureau-head");
            user("stat-county-a", COUNTY_A, "bureau-head");
            user("stat-enterprise", COUNTY_A, "enterprise");
        }
        if (!seeded) {
            before = as("stat-city").get("/api/statistics").json();
            beforeCountyA = as("stat-county-a").get("/api/statistics").json();
            for (int i = 0; i < 3; i++) {
                runtimeService.startProcessInstanceByKey("complaint-intake", Complaints.report(COUNTY_A));
            }
            ProcessInstance closed = runtimeService.startProcessInstanceByKey("complaint-intake", Complaints.report(COUNTY_B));
            Complaints.close(taskService, closed.getId());
            runtimeService.startProcessInstanceByKey("hazard-rectification", Hazards.report(COUNTY_A, CreditCodes.code("91379801MA3C0001"), "甲区某化工有限公司"));
            runtimeService.startProcessInstanceByKey("hazard-rectification", Hazards.report(COUNTY_A, CreditCodes.code("91379801MA3C0002"), "甲区某矿业有限公司"));
            runtimeService.startProcessInstanceByKey("accident-investigation", accident(COUNTY_B, 1, 2, 1_500_000));
            seeded = true;
        }
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    @Test
    void shouldCountACitysCasesPerProcessAndSideBySidePerCountyExactly() {
        JsonNode figures = as("stat-city").get("/api/statistics").json();

        assertThat(added(figures, before, "complaint-intake", "opened")).isEqualTo(4);
        assertThat(added(figures, before, "complaint-intake", "closed")).isEqualTo(1);
        assertThat(added(figures, before, "complaint-intake", "open")).isEqualTo(3);
        assertThat(added(figures, before, "complaint-intake", "overdue")).isZero();
        assertThat(added(figures, before, "hazard-rectification", "opened")).isEqualTo(2);
        assertThat(figures.path("byJurisdiction").findValuesAsText("name")).containsExactly("统计测试市", "甲区", "乙县");
        assertThat(county(figures, "统计测试市").path("opened").asLong()).as("the city's own row, without a case, shows its zeros").isZero();
        assertThat(county(figures, "甲区").path("opened").asLong() - county(before, "甲区").path("opened").asLong()).isEqualTo(5);
        assertThat(county(figures, "甲区").path("processes").path("complaint-intake").path("open").asLong()
                - county(before, "甲区").path("processes").path("complaint-intake").path("open").asLong()).isEqualTo(3);
        assertThat(county(figures, "乙县").path("closed").asLong() - county(before, "乙县").path("closed").asLong()).isEqualTo(1);
        String month = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);
        assertThat(monthRow(figures, month).path("opened").asLong() - monthRow(before, month).path("opened").asLong()).isEqualTo(7);
        assertThat(figures.path("hazards").path("opened").asLong() - before.path("hazards").path("opened").asLong()).isEqualTo(2);
        assertThat(figures.path("hazards").path("listed").asLong() - before.path("hazards").path("listed").asLong()).isZero();
        JsonNode accidents = figures.path("accidents");
        JsonNode accidentsBefore = before.path("accidents");
        assertThat(accidents.path("opened").asLong() - accidentsBefore.path("opened").asLong()).isEqualTo(1);
        assertThat(accidents.path("deaths").asLong() - accidentsBefore.path("deaths").asLong()).isEqualTo(1);
        assertThat(accidents.path("seriousInjuries").asLong() - accidentsBefore.path("seriousInjuries").asLong()).isEqualTo(2);
        assertThat(accidents.path("directEconomicLossYuan").asDouble() - accidentsBefore.path("directEconomicLossYuan").asDouble())
                .isEqualTo(1_500_000.0);
        assertThat(accidents.path("byGrade").findValuesAsText("name")).containsExactly("一般");
    }

    @Test
    void shouldCountOpenCasesPastTheirDueDateAsOverdueAtThePeriodsEnd() {
        LocalDate later = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(100);
        JsonNode notYet = as("stat-county-a").get("/api/statistics?to=" + later).json();
        ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(100))));

        JsonNode figures = as("stat-county-a").get("/api/statistics?to=" + later).json();

        // The three open reports (60 days to handle) of 甲区, made in this run, are past their due date 100 days on.
        assertThat(added(figures, notYet, "complaint-intake", "overdue")).isGreaterThanOrEqualTo(3);
        assertThat(process(figures, "complaint-intake").path("overdue").asLong()).isEqualTo(process(figures, "complaint-intake").path("open").asLong());
    }

    @Test
    void shouldShowACountyOnlyItsOwnAndRefuseAnotherCountyAndEnterprises() {
        JsonNode own = as("stat-county-a").get("/api/statistics").json();
        Http.Response other = as("stat-county-a").get("/api/statistics?jurisdiction=" + COUNTY_B);
        Http.Response outside = as("stat-city").get("/api/statistics?jurisdiction=370405");
        Http.Response enterprise = as("stat-enterprise").get("/api/statistics");
        JsonNode oneCounty = as("stat-city").get("/api/statistics?jurisdiction=" + COUNTY_B).json();

        assertThat(added(own, beforeCountyA, "complaint-intake", "opened")).isEqualTo(3);
        assertThat(own.path("byJurisdiction").findValuesAsText("name")).containsExactly("甲区");
        assertThat(own.path("accidents").path("opened").asLong()).isZero();
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.json().path("error").asText()).contains("不属于您的管辖区划");
        assertThat(outside.status()).isEqualTo(404);
        assertThat(enterprise.status()).isEqualTo(403);
        assertThat(enterprise.json().path("error").asText()).contains("企业用户");
        // An official who also holds the enterprise role (the demo's 台儿庄区 user holds every role) sees its figures.
        assertThat(Http.as(port, "taierzhuang", "demo").get("/api/statistics").status()).isEqualTo(200);
        assertThat(oneCounty.path("byJurisdiction").findValuesAsText("name")).containsExactly("乙县");
        assertThat(oneCounty.path("accidents").path("opened").asLong()).isPositive();
    }

    @Test
    void shouldRefuseAnUnreadablePeriodAndDownloadEachTableAsCsv() {
        Http city = as("stat-city");

        Http.Response backwards = city.get("/api/statistics?from=2026-12-31&to=2026-01-01");
        Http.Response notADay = city.get("/api/statistics?from=yesterday");
        Http.Response noSuchTable = city.get("/api/statistics?format=csv&table=everything");
        Http.Download csv = city.download("/api/statistics?format=csv&table=jurisdictions");

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().path("error").asText()).contains("不能晚于");
        assertThat(notADay.status()).isEqualTo(400);
        assertThat(noSuchTable.status()).isEqualTo(400);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.contentDisposition()).startsWith("attachment;");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF辖区,新立案件,办结,在办,超期\r\n");
        JsonNode countyA = county(city.get("/api/statistics").json(), "甲区");
        assertThat(text.lines().toList()).contains("甲区," + countyA.path("opened").asLong() + "," + countyA.path("closed").asLong() + ","
                + countyA.path("open").asLong() + "," + countyA.path("overdue").asLong());
    }

    @Test
    void shouldServeTheDashboardWithItsBundledChartsAndNoFiguresWithoutSigningIn() {
        Http anonymous = Http.anonymous(port);

        Http.Response page = anonymous.get("/dashboard/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("安全生产一张网").contains("vendor/echarts-5.6.0/echarts.min.js").doesNotContain("https://");
        assertThat(anonymous.get("/dashboard/vendor/echarts-5.6.0/echarts.min.js").status()).isEqualTo(200);
        assertThat(anonymous.get("/dashboard/dashboard.js").body()).contains("/api/statistics");
        assertThat(anonymous.get("/api/statistics").status()).isEqualTo(401);
    }

    private Http as(String user) {
        return Http.as(port, user, PASSWORD);
    }

    private static JsonNode process(JsonNode figures, String key) {
        for (JsonNode process : figures.path("processes")) {
            if (process.path("processKey").asText().equals(key)) {
                return process;
            }
        }
        throw new AssertionError("no " + key + " in " + figures);
    }

    /** How much a process's figure grew since {@code earlier}. */
    private static long added(JsonNode figures, JsonNode earlier, String key, String figure) {
        return process(figures, key).path(figure).asLong() - processOrNone(earlier, key).path(figure).asLong();
    }

    private static JsonNode processOrNone(JsonNode figures, String key) {
        for (JsonNode process : figures.path("processes")) {
            if (process.path("processKey").asText().equals(key)) {
                return process;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static JsonNode county(JsonNode figures, String name) {
        for (JsonNode row : figures.path("byJurisdiction")) {
            if (row.path("name").asText().equals(name)) {
                return row;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static JsonNode monthRow(JsonNode figures, String month) {
        for (JsonNode row : figures.path("byMonth")) {
            if (row.path("month").asText().equals(month)) {
                return row;
            }
        }
        throw new AssertionError("no " + month + " in " + figures);
    }

    private void user(String id, String jurisdiction, String group) {
        User user = identityService.newUser(id);
        user.setFirstName("统计");
        user.setLastName("测试");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createTenantUserMembership(jurisdiction, id);
        identityService.createMembership(id, group);
    }

    private static Map<String, Object> accident(String jurisdiction, int deaths, int injuries, double loss) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", jurisdiction);
        variables.put("enterpriseName", "乙县某建材有限公司");
        variables.put("enterpriseCreditCode", CreditCodes.code("91379802MA3C0003"));
        variables.put("occurredAt", java.time.OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(20).withNano(0).toString());
        variables.put("reportedAt", java.time.OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(10).withNano(0).toString());
        variables.put("deaths", deaths);
        variables.put("seriousInjuries", injuries);
        variables.put("directEconomicLossYuan", loss);
        variables.put("accidentSummary", "脚手架坍塌");
        return variables;
    }
}
