package org.safetyflow.calendar.engine;

import java.util.NavigableSet;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.WorkingDayCalendar;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Warns when a year that statutory periods reach has no holiday table: this year, next year (periods
 * started now end there), and any year a count has already crossed. Such years count weekends only,
 * so due dates around their holidays are wrong until an administrator adds the table.
 */
@Component("workingDayCalendar")
class CalendarHealthIndicator extends AbstractHealthIndicator {

    static final Status WARNING = new Status("WARNING", "节假日安排缺失的年份按仅周末休息计算");

    private final HolidayTables tables;

    CalendarHealthIndicator(HolidayTables tables) {
        this.tables = tables;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        WorkingDayCalendar calendar = tables.calendar();
        int thisYear = CalendarDays.dayOf(ClockUtil.getCurrentTime()).getYear();
        NavigableSet<Integer> missing = new TreeSet<>(calendar.missingYearsUsed());
        for (int year = thisYear; year <= thisYear + 1; year++) {
            if (calendar.table(year).isEmpty()) {
                missing.add(year);
            }
        }
        builder.withDetail("yearsWithTables", calendar.yearsWithTables());
        if (tables.directory() != null) {
            builder.withDetail("directory", tables.directory());
        }
        if (missing.isEmpty()) {
            builder.up();
        } else {
            builder.status(WARNING).withDetail("yearsWithoutTable", missing)
                    .withDetail("warning", "缺少 " + missing.stream().map(String::valueOf).reduce((a, b) -> a + "、" + b).orElse("")
                            + " 年的节假日安排（国务院办公厅通知）：这些年份只按周末计算工作日。请将 holidays-YYYY.json 放入 SAFETYFLOW_CALENDAR_DIR 并重新加载。");
        }
    }
}
