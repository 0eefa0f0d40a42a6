package org.safetyflow.input;

import java.time.Clock;
import java.time.LocalDate;
import java.time.DateTimeException;

/** A day of the calendar, YYYY-MM-DD, stored as a LocalDate; if so declared, not after today in Asia/Shanghai. */
record Day(boolean notAfterToday) implements FieldType {

    @Override
    public Object convert(Object raw, Clock clock) {
        LocalDate day = toDay(raw);
        if (day.getYear() < DateTime.MIN_YEAR || day.getYear() > DateTime.MAX_YEAR) {
            throw new InvalidValue("年份应在 " + DateTime.MIN_YEAR + " 至 " + DateTime.MAX_YEAR + " 之间");
        }
        if (notAfterToday && day.isAfter(clock.instant().atZone(SHANGHAI).toLocalDate())) {
            throw new InvalidValue("不能晚于今天");
        }
        return day;
    }

    private static LocalDate toDay(Object raw) {
        if (raw instanceof LocalDate day) {
            return day;
        }
        if (raw instanceof String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeException notADay) {
                // refused below
            }
        }
        throw new InvalidValue("应为日期，格式 YYYY-MM-DD");
    }
}
