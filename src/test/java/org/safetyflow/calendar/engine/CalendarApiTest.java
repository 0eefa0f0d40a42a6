package org.safetyflow.calendar.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    @CsvSource(delimiter = '|', value = {
            "from=2026-09-30&days=0    | 「工作日数」（days）应为 1 至 400 之间的整数",
            "from=2026-09-30&days=401  | 「工作日数」（days）应为 1 至 400 之间的整数",
            "from=2026-09-30&days=-3   | 「工作日数」（days）应为 1 至 400 之间的整数",
            "from=2026-09-30&days=five | 「工作日数」（days）应为整数",
            "from=2026-09-30&days=1.5  | 「工作日数」（days）应为整数",
            "from=2026-09-30&days=     | 缺少必填项「工作日数」（days）",
            "from=2026-09-30           | 缺少必填项「工作日数」（days）"})
    void shouldRefuseADayCountMissingOrOutsideOneToFourHundred(String query, String message) {
        Http.Response response = Http.as(port, "demo", "demo").get("/api/calendar/working-days?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).isEqualTo(message);
        assertThat(response.json().path("field").asText()).isEqualTo("days");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "from=2026-13-01&days=5 | 「起算日期」（from）应为日期，格式 YYYY-MM-DD",
            "from=30.09.2026&days=5 | 「起算日期」（from）应为日期，格式 YYYY-MM-DD",
            "from=&days=5           | 缺少必填项「起算日期」（from）",
            "days=5                 | 缺少必填项「起算日期」（from）"})
    void shouldRefuseADateMissingOrNotIso(String query, String message) {
        Http.Response response = Http.as(port, "demo", "demo").get("/api/calendar/working-days?" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).isEqualTo(message);
        assertThat(response.json().path("field").asText()).isEqualTo("from");
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
