package org.safetyflow.calendar.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safetyflow.calendar.InvalidHolidayTableException;

/** An administrator adds or replaces a year's table in SAFETYFLOW_CALENDAR_DIR, without a rebuild. */
class HolidayTablesTest {

    static final String TABLE_2027 = """
            {"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知（示例）",
             "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}],
             "workdays": [{"name": "元旦调休上班", "date": "2027-01-09"}]}""";

    @TempDir
    Path dir;

    @Test
    void shouldUseOnlyTheBundledTablesWithoutADirectory() {
        HolidayTables tables = new HolidayTables("");

        assertThat(tables.calendar().yearsWithTables()).containsExactly(2025, 2026);
        assertThat(tables.directory()).isNull();
    }

    @Test
    void shouldAddAYearFromTheDirectoryOnReload() throws IOException {
        HolidayTables tables = new HolidayTables(dir.toString());
        assertThat(tables.calendar().addWorkingDays(LocalDate.parse("2026-12-31"), 1)).isEqualTo("2027-01-01");

        Files.writeString(dir.resolve("holidays-2027.json"), TABLE_2027);
        tables.reload();

        assertThat(tables.calendar().yearsWithTables()).containsExactly(2025, 2026, 2027);
        assertThat(tables.calendar().addWorkingDays(LocalDate.parse("2026-12-31"), 1)).isEqualTo("2027-01-04");
    }

    @Test
    void shouldLetTheDirectoryReplaceABundledYear() throws IOException {
        Files.writeString(dir.resolve("holidays-2026.json"), """
                {"year": 2026, "source": "地方调整（示例）", "holidays": [], "workdays": []}""");

        HolidayTables tables = new HolidayTables(dir.toString());

        assertThat(tables.calendar().table(2026).orElseThrow().source()).isEqualTo("地方调整（示例）");
        assertThat(tables.calendar().addWorkingDays(LocalDate.parse("2026-09-30"), 5)).isEqualTo("2026-10-07");
    }

    @Test
    void shouldKeepTheCalendarInUseWhenAReloadedFileIsBroken() throws IOException {
        HolidayTables tables = new HolidayTables(dir.toString());
        Files.writeString(dir.resolve("holidays-2027.json"), "{\"year\": 2027, \"holidays\": [{\"name\": \"元旦\", \"from\": \"2027-01-01\"}]}");

        assertThatThrownBy(tables::reload).isInstanceOf(InvalidHolidayTableException.class)
                .hasMessageContaining("holidays-2027.json");
        assertThat(tables.calendar().yearsWithTables()).containsExactly(2025, 2026);
    }

    @Test
    void shouldRefuseAFileNamedForAnotherYear() throws IOException {
        Files.writeString(dir.resolve("holidays-2028.json"), TABLE_2027);

        assertThatThrownBy(() -> new HolidayTables(dir.toString())).hasMessageContaining("name it holidays-2027.json");
    }
}
