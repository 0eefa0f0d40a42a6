package org.safetyflow.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;

/** Access to audit data is itself audited: who viewed, verified or exported which case file, and when. */
@Component
public class AuditAccessLog {

    private final Database database;

    AuditAccessLog(Database database) {
        this.database = database;
    }

    public void record(String userId, String action, String caseNumber, String detail) {
        database.jdbc().update("insert into sf_audit_access (id, user_id, action, case_number, detail, accessed_at) values (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), userId, action, caseNumber, detail, Database.now());
    }

    /** Who accessed the case's file, newest first. */
    public List<Map<String, Object>> ofCase(String caseNumber) {
        return database.jdbc().query("select user_id, action, detail, accessed_at from sf_audit_access where case_number = ? order by accessed_at desc, id",
                (rs, row) -> Map.of("user", rs.getString("user_id"), "action", rs.getString("action"),
                        "detail", rs.getString("detail") == null ? "" : rs.getString("detail"),
                        "time", Database.shanghai(rs.getTimestamp("accessed_at"))), caseNumber);
    }

}
