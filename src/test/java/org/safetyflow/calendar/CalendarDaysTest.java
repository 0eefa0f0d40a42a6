package org.safetyflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class CalendarDaysTest {

    @Test
    void shouldEndAtTheEndOfTheNthDayNotCountingTheFirst() {
        Date reported = Date.from(Instant.parse("2026-03-10T01:30:00Z"));

        assertThat(CalendarDays.endOfNthDayAfter(reported, 60)).isEqualTo(Date.from(Instant.parse("2026-05-09T15:59:59Z")));
    }

    @Test
    void shouldCountTheDayInShanghaiNotInUtc() {
        Date lateEvening = Date.from(Instant.parse("2026-03-10T17:00:00Z"));

        assertThat(CalendarDays.endOfNthDayAfter(lateEvening, 1)).isEqualTo(Date.from(Instant.parse("2026-03-12T15:59:59Z")));
    }

    @Test
    void shouldEndTheSameDayForZeroDays() {
        Date reported = Date.from(Instant.parse("2026-03-10T01:30:00Z"));

        assertThat(CalendarDays.endOfNthDayAfter(reported, 0)).isEqualTo(Date.from(Instant.parse("2026-03-10T15:59:59Z")));
    }
}
