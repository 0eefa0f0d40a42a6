package org.safetyflow.calendar.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.safetyflow.calendar.HolidayTable;
import org.safetyflow.calendar.InvalidHolidayTableException;
import org.safetyflow.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar in use: the tables bundled with SafetyFlow ({@code calendar/holidays-YYYY.json}),
 * each replaced or supplemented by a file of the same name in the directory
 * {@code safetyflow.calendar.dir} ({@code SAFETYFLOW_CALENDAR_DIR}). An administrator drops next
 * year's table there when the State Council publishes it and reloads, without a rebuild.
 */
@Component
public class HolidayTables {

    private static final Logger log = LoggerFactory.getLogger(HolidayTables.class);
    private static final String FILE_PATTERN = "holidays-[0-9][0-9][0-9][0-9].json";

    private final String directory;
    private final AtomicReference<WorkingDayCalendar> current = new AtomicReference<>();

    HolidayTables(@Value("${safetyflow.calendar.dir:}") String directory) {
        this.directory = directory;
        current.set(load());
    }

    public WorkingDayCalendar calendar() {
        return current.get();
    }

    /** The directory administrators may put tables in, or null when only the bundled tables are used. */
    public String directory() {
        return directory.isBlank() ? null : directory;
    }

    /**
     * Reads the tables again. A table that is not valid is refused with its reason and the calendar
     * in use stays as it was.
     *
     * @throws InvalidHolidayTableException naming the file and the problem
     */
    public WorkingDayCalendar reload() {
        WorkingDayCalendar calendar = load();
        current.set(calendar);
        return calendar;
    }

    private WorkingDayCalendar load() {
        Map<Integer, HolidayTable> tables = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:calendar/holidays-*.json")) {
                try (InputStream in = resource.getInputStream()) {
                    put(tables, HolidayTable.read(in, "classpath:calendar/" + resource.getFilename()));
                }
            }
            if (directory() != null) {
                Path dir = Path.of(directory);
                if (!Files.isDirectory(dir)) {
                    throw new InvalidHolidayTableException("SAFETYFLOW_CALENDAR_DIR is not a directory: " + dir.toAbsolutePath());
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, FILE_PATTERN)) {
                    for (Path file : files) {
                        try (InputStream in = Files.newInputStream(file)) {
                            HolidayTable table = HolidayTable.read(in, file.toString());
                            String expected = "holidays-" + table.year() + ".json";
                            if (!file.getFileName().toString().equals(expected)) {
                                throw new InvalidHolidayTableException(file + " holds the year " + table.year()
                                        + "; name it " + expected);
                            }
                            tables.put(table.year(), table);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the holiday tables", e);
        }
        WorkingDayCalendar calendar = new WorkingDayCalendar(new ArrayList<>(tables.values()));
        log.info("Working-day calendar: holiday tables for {} ({})", calendar.yearsWithTables(),
                String.join(", ", tables.values().stream().map(HolidayTable::origin).toList()));
        return calendar;
    }

    private static void put(Map<Integer, HolidayTable> tables, HolidayTable table) {
        if (tables.putIfAbsent(table.year(), table) != null) {
            throw new InvalidHolidayTableException("two bundled tables for " + table.year());
        }
    }

    List<HolidayTable> tables() {
        WorkingDayCalendar calendar = calendar();
        return calendar.yearsWithTables().stream().map(year -> calendar.table(year).orElseThrow()).toList();
    }
}
