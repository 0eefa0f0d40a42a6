package org.safetyflow.calendar.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safetyflow.calendar.ClockUnit;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;

/** The rows of {@code sf_clock_pause}: who stopped which clock of a case, when, why, and how many days it stood. */
@Component
class ClockPauseRecords {

    private final Database database;

    ClockPauseRecords(Database database) {
        this.database = database;
    }

    /** Records a pause starting now; its id. */
    String paused(String processInstanceId, String caseNumber, String dueDateVariable, ClockUnit unit, String reason, String actor) {
        String id = UUID.randomUUID().toString();
        database.jdbc().update("insert into sf_clock_pause (id, process_instance_id, case_number, due_date_variable, unit, reason,"
                + " paused_at, paused_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
                id, processInstanceId, caseNumber, dueDateVariable, unit.name(), reason, Database.now(), actor);
        return id;
    }

    void resumed(String id, Date at, String actor, int daysAdded) {
        database.jdbc().update("update sf_clock_pause set resumed_at = ?, resumed_by = ?, days_added = ? where id = ?",
                new Timestamp(at.getTime()), actor, daysAdded, id);
    }

    Optional<ClockPause> open(String processInstanceId, String dueDateVariable) {
        return database.jdbc().query("select * from sf_clock_pause where process_instance_id = ? and due_date_variable = ? and resumed_at is null",
                ClockPauseRecords::map, processInstanceId, dueDateVariable).stream().findFirst();
    }

    ClockPause find(String id) {
        return database.jdbc().query("select * from sf_clock_pause where id = ?", ClockPauseRecords::map, id).get(0);
    }

    List<ClockPause> of(String processInstanceId) {
        return database.jdbc().query("select * from sf_clock_pause where process_instance_id = ? order by paused_at, id",
                ClockPauseRecords::map, processInstanceId);
    }

    private static ClockPause map(ResultSet rs, int row) throws SQLException {
        int read = rs.getInt("days_added");
        Integer days = rs.wasNull() ? null : read; // asked at once: wasNull() speaks of the last column read
        return new ClockPause(rs.getString("id"), rs.getString("process_instance_id"), rs.getString("case_number"),
                rs.getString("due_date_variable"), ClockUnit.valueOf(rs.getString("unit")), rs.getString("reason"),
                Database.shanghai(rs.getTimestamp("paused_at")), rs.getString("paused_by"), Database.shanghai(rs.getTimestamp("resumed_at")),
                rs.getString("resumed_by"), days);
    }
}
