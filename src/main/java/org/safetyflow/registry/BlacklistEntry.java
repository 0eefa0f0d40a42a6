package org.safetyflow.registry;

import java.time.OffsetDateTime;
import java.time.LocalDate;

/**
 * An entry of the 严重失信主体名单 (应急管理部令第11号): listed for three years from {@code listedOn};
 * removed earlier only by decision, no sooner than twelve months after listing.
 */
public record BlacklistEntry(String id, String creditCode, String enterpriseName, String reason, String sourceCase,
        String decisionNumber, LocalDate listedOn, LocalDate expiresOn, LocalDate removedOn, String removalReason,
        String removedBy, OffsetDateTime createdAt, String createdBy) {

    /** Whether the entry is in force on the day. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(listedOn) && day.isBefore(expiresOn) && (removedOn == null || day.isBefore(removedOn));
    }
}
