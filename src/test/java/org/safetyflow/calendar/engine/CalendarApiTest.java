package org.safetyflow.calendar.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@EngineTest
class CalendarApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TimeLimits timeLimits;


    @Test
    void shouldAnswerTheDayOnWhichTheWorkingDaysEnd() {
        Http.Response response = Http.as(port, "demo", "demo").get("/api/calendar/working-days?from=2026-09-30&days=5");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"date\":\"2026-10-13\"}");
    }

    @Test
    void shouldAnswerAnyAuthenticatedUserNotOnlyAdministrators() {
        Http.Response response = Http.as(port, "licensing-clerk", "demo").get("/api/calendar/working-days?from=2026-02-13&days=1");

        assertThat(response.json().path("date").asText()).isEqualTo("2026-02-14");
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=2026-09-30&days=0", "from=2026-09-30&days=401", "from=2026-09-30&days=-3",
            "from=2026-09-30&days=five", "from=2026-09-30&days=1.5"})
    void shouldRefuseDayCountsOutsideOneToFourHundred(String query) {
        Http.Response response = Http.as(port, "demo", "demo").get("/api/calendar/working-days?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).contains("1 至 400");
        assertThat(response.json().path("field").asText()).isEqualTo("days");
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=2026-13-01&days=5", "from=30.09.2026&days=5", "from=&days=5"})
    void shouldRefuseADateThatIsNotIso(String query) {
        Http.Response response = Http.as(port, "demo", "demo").get("/api/calendar/working-days?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).contains("YYYY-MM-DD");
    }

    @Test
    void shouldNameAMissingParameterInChinese() {
        Http.Response response = Http.as(port, "demo", "demo").get("/api/calendar/working-days?from=2026-09-30");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).isEqualTo("缺少请求参数「days」");
    }

    @Test
    void shouldListTheTablesInUseWithTheirSources() {
        Http.Response response = Http.as(port, "demo", "demo").get("/api/calendar");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("years").findValuesAsText("year")).contains("2025", "2026");
        assertThat(response.json().path("years").get(1).path("source").asText()).contains("2026年部分节假日安排");
    }

    @Test
    void shouldLetOnlyAdministratorsReload() {
        assertThat(Http.as(port, "licensing-clerk", "demo").post("/api/calendar/reload", "").status()).isEqualTo(403);
        assertThat(Http.as(port, "demo", "demo").post("/api/calendar/reload", "").status()).isEqualTo(200);
    }

    @Test
    void shouldOfferTheConfiguredLimitsToBpmnExpressionsOnTheHolidayTables() {
        Date noonOfSeptember30 = Date.from(Instant.parse("2026-09-30T04:00:00Z"));

        // 5 working days across 国庆 2026 (10-01…10-07 off, 10-10 a make-up working day).
        assertThat(timeLimits.after("hazard.step", noonOfSeptember30)).isEqualTo(Date.from(Instant.parse("2026-10-13T15:59:59Z")));
        assertThat(timeLimits.after("accident.report", noonOfSeptember30)).isEqualTo(Date.from(Instant.parse("2026-11-29T15:59:59Z")));
        assertThat(timeLimits.after("accident.report-up", noonOfSeptember30)).isEqualTo(Date.from(Instant.parse("2026-09-30T06:00:00Z")));
        assertThat(timeLimits.cycle("hazard.progress-report")).isEqualTo("R1000/P30D");
        ClockUtil.setCurrentTime(noonOfSeptember30);
        try {
            assertThat(timeLimits.due("hazard.plan")).isEqualTo(Date.from(Instant.parse("2026-10-20T15:59:59Z")));
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void shouldWarnInTheHealthEndpointAboutNextYearsMissingTable() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T02:00:00Z")));
        try {
            Http.Response response = Http.anonymous(port).get("/actuator/health");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("status").asText()).isEqualTo("WARNING");
            assertThat(response.json().at("/components/workingDayCalendar/status").asText()).isEqualTo("WARNING");
            assertThat(response.json().at("/components/workingDayCalendar/details/yearsWithoutTable").toString()).isEqualTo("[2027]");
            assertThat(response.json().at("/components/workingDayCalendar/details/warning").asText()).contains("缺少 2027 年的节假日安排");
        } finally {
            ClockUtil.reset();
        }
    }
}
