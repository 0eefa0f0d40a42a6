package org.safetyflow.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.safetyflow.storage.Database;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The links between cases, as their capabilities record them; the audit replay names them on both sides. */
@Component
public class CaseLinks {

    private final Database database;
    private final ApplicationEventPublisher events;

    CaseLinks(Database database, ApplicationEventPublisher events) {
        this.database = database;
        this.events = events;
    }

    /** Records that {@code fromCase} led to {@code toCase}, in the caller's transaction. */
    public void link(String fromCase, String toCase, CaseRelation relation) {
        database.jdbc().update("insert into sf_case_link (id, from_case, to_case, relation, forward_label, backward_label, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), fromCase, toCase, relation.code(),
                relation.forwardLabel(), relation.backwardLabel(), Database.now());
        // The link shows on both cases' timelines, also on a case that ended long ago and sees no other activity.
        events.publishEvent(new CaseRecordChanged(fromCase));
        events.publishEvent(new CaseRecordChanged(toCase));
    }

    /** The links of a case, either side, oldest first, each as that case sees it. */
    public List<Link> of(String caseNumber) {
        return database.jdbc().query("select * from sf_case_link where from_case = ? or to_case = ? order by created_at, id",
                (rs, row) -> {
                    boolean forward = caseNumber.equals(rs.getString("from_case"));
                    return new Link(rs.getString("id"), forward ? rs.getString("to_case") : rs.getString("from_case"),
                            rs.getString("relation"), rs.getString(forward ? "forward_label" : "backward_label"),
                            Database.shanghai(rs.getTimestamp("created_at")));
                }, caseNumber, caseNumber);
    }

    /** A link as one case sees it: the other case, the relation and how this case names the other. */
    public record Link(String id, String otherCase, String relation, String label, OffsetDateTime createdAt) {
    }
}
