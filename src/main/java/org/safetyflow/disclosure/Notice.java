package org.safetyflow.disclosure;

import java.time.OffsetDateTime;

/** A notice as recorded: published, and possibly withdrawn with a reason. */
public record Notice(String id, NoticeType type, String title, String caseNumber, String jurisdiction, String body,
        OffsetDateTime publishedAt, String publishedBy, OffsetDateTime withdrawnAt, String withdrawnBy,
        String withdrawalReason) {

    public boolean isPublic() {
        return withdrawnAt == null;
    }
}
