package org.safetyflow.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;

/**
 * The work still to seal ({@code sf_audit_pending}, written by {@link PendingSeals} in the engine's
 * transactions): which cases wait, claimed by one sealer at a time ({@code FOR UPDATE SKIP LOCKED}, so
 * that several nodes seal side by side), deleted once sealed.
 */
@Component
class AuditPending {

    private final Database database;

    AuditPending(Database database) {
        this.database = database;
    }

    /** Cases with work waiting, longest-waiting first: by process instance, or by case number for a change made outside the engine. */
    List<Waiting> waiting(int limit) {
        return database.jdbc().query("select process_instance_id, case_number, min(id) from sf_audit_pending where missing_since is null"
                + " group by process_instance_id, case_number order by min(id) limit ?",
                (rs, row) -> new Waiting(rs.getString(1), rs.getString(2)), limit);
    }

    /** The case's waiting rows that no other sealer holds, locked until the transaction ends. */
    List<Pending> claim(String processInstanceId, String caseNumber) {
        return database.jdbc().query("select * from sf_audit_pending where (process_instance_id = ? or case_number = ?) and missing_since is null"
                + " for update skip locked", AuditPending::pending, processInstanceId, caseNumber);
    }

    /** Every row of the case, those kept as evidence of a missing comment included. */
    List<Pending> of(String processInstanceId, String caseNumber) {
        return database.jdbc().query("select * from sf_audit_pending where process_instance_id = ? or case_number = ?", AuditPending::pending,
                processInstanceId, caseNumber);
    }

    void sealed(List<Pending> rows) {
        database.jdbc().batchUpdate("delete from sf_audit_pending where id = ?", rows.stream().map(row -> new Object[] {row.id()}).toList());
    }

    /** Drops the work of a case that is not there (removed by history cleanup, or never started). */
    void discard(Waiting waiting) {
        database.jdbc().update("delete from sf_audit_pending where process_instance_id = ? or case_number = ?", waiting.processInstanceId(),
                waiting.caseNumber());
    }

    /** Keeps the rows whose comment was gone when they were sealed, as the evidence of it. */
    void missing(List<Pending> rows) {
        Timestamp now = Database.now();
        database.jdbc().batchUpdate("update sf_audit_pending set missing_since = ? where id = ?",
                rows.stream().map(row -> new Object[] {now, row.id()}).toList());
    }

    /**
     * Enqueues the cases started before this table existed (V12; Flyway's history table, spring.flyway.table, with its quoted lower-case names) that the
     * compact chain does not know yet and no work waits for: an earlier SafetyFlow queued their events in memory only,
     * so some may never have been sealed. Each is sealed whole once; a later case always has its work recorded.
     */
    int enqueueCasesFromBeforeTheCompactChain() {
        return database.jdbc().update("insert into sf_audit_pending (process_instance_id, since)"
                + " select p.id_, p.start_time_ from act_hi_procinst p where p.business_key_ is not null"
                + " and p.start_time_ < (select min(\"installed_on\") from \"sf_schema_history\" where \"version\" = '12')"
                + " and not exists (select 1 from sf_audit_case c where c.process_instance_id = p.id_)"
                + " and not exists (select 1 from sf_audit_pending w where w.process_instance_id = p.id_)");
    }

    private static Pending pending(ResultSet rs, int row) throws SQLException {
        Timestamp missing = rs.getTimestamp("missing_since");
        return new Pending(rs.getLong("id"), rs.getString("process_instance_id"), rs.getString("case_number"), rs.getString("comment_id"),
                rs.getTimestamp("since").toInstant(), missing == null ? null : missing.toInstant());
    }

    /** A case with work waiting: its process instance, or only its number. */
    record Waiting(String processInstanceId, String caseNumber) {
    }

    /** A row of work: a transaction touched the case from {@code since} on, maybe writing a comment. */
    record Pending(long id, String processInstanceId, String caseNumber, String commentId, Instant since, Instant missingSince) {
    }
}
