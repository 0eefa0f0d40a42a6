package org.safetyflow.input;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.DateTimeException;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * A moment: a Camunda Date, an ISO-8601 date-time with offset, or, as Camunda Forms send them,
 * a local date-time or a plain date, read in Asia/Shanghai.
 */
record DateTime(boolean notInFuture, boolean notInPast) implements FieldType {

    private static final DateTimeFormatter CAMUNDA = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").appendOffset("+HHMM", "+0000").toFormatter();
    /** ISO-8601 with its basic offset, as `date +%Y-%m-%dT%H:%M:%S%z` writes it (2026-03-10T09:00:00+0800). */
    private static final DateTimeFormatter BASIC_OFFSET = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss").appendOffset("+HHMM", "+0000").toFormatter();

    /** The years a date may name: four digits, from 1900 (PostgreSQL and Java reach much further; no case does). */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 9999;
    private static final Instant FIRST = LocalDate.of(MIN_YEAR, 1, 1).atStartOfDay(SHANGHAI).toInstant();
    private static final Instant LAST = LocalDate.of(MAX_YEAR + 1, 1, 1).atStartOfDay(SHANGHAI).toInstant().minusMillis(1);

    @Override
    public Object convert(Object raw, Clock clock) {
        Instant instant = toInstant(raw);
        if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
            throw new InvalidValue("年份应在 " + MIN_YEAR + " 至 " + MAX_YEAR + " 之间");
        }
        if (notInFuture && instant.isAfter(clock.instant())) {
            throw new InvalidValue("不能晚于当前时间");
        }
        if (notInPast && instant.isBefore(clock.instant())) {
            throw new InvalidValue("不能早于当前时间（期限不能设在过去）");
        }
        return Date.from(instant);
    }

    private Instant toInstant(Object raw) {
        if (raw instanceof Date date) {
            return date.toInstant();
        }
        if (raw instanceof String text) {
            String value = text.strip();
            for (var parser : List.<Function<String, Instant>>of(
                    v -> OffsetDateTime.parse(v, CAMUNDA).toInstant(),
                    v -> OffsetDateTime.parse(v).toInstant(),
                    v -> OffsetDateTime.parse(v, BASIC_OFFSET).toInstant(),
                    v -> LocalDateTime.parse(v).atZone(SHANGHAI).toInstant(),
                    // A deadline given as a day runs to the end of that day; any other day means its start.
                    v -> notInPast ? LocalDate.parse(v).atTime(23, 59, 59).atZone(SHANGHAI).toInstant()
                            : LocalDate.parse(v).atStartOfDay(SHANGHAI).toInstant())) {
                try {
                    return parser.apply(value);
                } catch (DateTimeException notThisFormat) {
                    // try the next accepted format
                }
            }
        }
        throw new InvalidValue("应为日期时间，例如 2026-03-10T09:00:00+08:00");
    }

    /** The format of Camunda's REST API for Date values, in Asia/Shanghai. */
    static String format(Date date) {
        return CAMUNDA.format(date.toInstant().atZone(SHANGHAI));
    }
}
