package org.safetyflow.calendar.engine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyflow.calendar.HolidayTable;
import org.safetyflow.calendar.InvalidHolidayTableException;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.security.CurrentUser;
import org.safetyflow.rules.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Working days over HTTP (contract §2), and the holiday tables in use. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    static final int MAX_API_DAYS = 400;

    private final HolidayTables tables;
    private final CurrentUser currentUser;

    CalendarController(HolidayTables tables, CurrentUser currentUser) {
        this.tables = tables;
        this.currentUser = currentUser;
    }

    /** {@code GET /api/calendar/working-days?from=2026-09-30&days=5} → {@code {"date": "2026-10-13"}}. */
    @GetMapping("/working-days")
    Map<String, String> workingDays(@RequestParam(required = false) String from, @RequestParam(required = false) String days) {
        LocalDate start = Fields.required("from", "起算日期", FieldType.date(), from);
        int count = Fields.required("days", "工作日数", FieldType.count(1, MAX_API_DAYS), days);
        return Map.of("date", tables.calendar().addWorkingDays(start, count).toString());
    }

    /** The tables in use, with their sources and days, and the years counted without a table. */
    @GetMapping
    Map<String, Object> overview() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("directory", tables.directory());
        body.put("years", tables.tables().stream().map(CalendarController::describe).toList());
        body.put("yearsWithoutTableUsed", tables.calendar().missingYearsUsed());
        return body;
    }

    /** Reads the tables again after an administrator replaced a file. */
    @PostMapping("/reload")
    Map<String, Object> reload() {
        currentUser.requireAdministrator();
        try {
            tables.reload();
        } catch (InvalidHolidayTableException e) {
            throw Refusal.invalid("节假日安排文件有误，未重新加载：" + e.getMessage());
        }
        return overview();
    }

    private static Map<String, Object> describe(HolidayTable table) {
        Map<String, Object> year = new LinkedHashMap<>();
        year.put("year", table.year());
        year.put("source", table.source());
        year.put("file", table.origin());
        year.put("daysOff", days(table.daysOff()));
        year.put("makeUpWorkdays", days(table.makeUpWorkdays()));
        return year;
    }

    private static List<Map<String, String>> days(Map<LocalDate, String> days) {
        return days.entrySet().stream().map(day -> Map.of("date", day.getKey().toString(), "name", day.getValue())).toList();
    }
}
