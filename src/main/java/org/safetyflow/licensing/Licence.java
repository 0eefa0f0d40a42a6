package org.safetyflow.licensing;

import java.time.LocalDate;
import java.util.List;

/**
 * A 安全生产许可证 as the register holds it (contract §9). {@code status} is what is in force on the day
 * asked: a VALID licence past its {@code validUntil} reads EXPIRED.
 */
public record Licence(String licenceNumber, String licenceType, String licenceTypeName, String enterpriseCreditCode,
        String enterpriseName, String jurisdiction, LocalDate validFrom, LocalDate validUntil, String status,
        String statusName, List<StatusChange> history) {

    /** One change of a licence's status: its day, reason, the case that made it and who recorded it. */
    public record StatusChange(String status, String statusName, LocalDate date, String reason, String caseNumber,
            String actor) {
    }
}
