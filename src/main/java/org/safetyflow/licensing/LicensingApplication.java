package org.safetyflow.licensing;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * What an application states that some gates judge (contract §9, "more as you see fit"): the 工伤保险参保证明 and,
 * for 民爆, the 定员表. Read from a case's variables; {@link #NONE} where there is no application (the gates call).
 */
record LicensingApplication(String caseNumber, Date receivedAt, String insuranceCertificate, Integer insuredHeadcount,
        Integer employeeCount, Date insuranceValidUntil, List<StaffingLimits.StaffingRow> staffing) {

    static final LicensingApplication NONE = new LicensingApplication(null, null, null, null, null, null, List.of());

    static LicensingApplication of(String caseNumber, Map<String, Object> variables) {
        // values as the start check left them; anything else (a value a later step added over REST) reads as absent
        return new LicensingApplication(caseNumber, variables.get("receivedAt") instanceof Date received ? received : null,
                variables.get("workInjuryInsuranceCertificate") instanceof String certificate ? certificate : null,
                count(variables.get("insuredHeadcount")), count(variables.get("employeeCount")),
                variables.get("workInjuryInsuranceValidUntil") instanceof Date until ? until : null, staffing(variables.get("staffing")));
    }

    /** The rows of a 定员表 as the start check left them: each with lineKind, workshop and operators. */
    static List<StaffingLimits.StaffingRow> staffing(Object value) {
        List<StaffingLimits.StaffingRow> rows = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> row) {
                    rows.add(new StaffingLimits.StaffingRow(String.valueOf(row.get("lineKind")).strip(),
                            String.valueOf(row.get("workshop")).strip(), count(row.get("operators"))));
                }
            }
        }
        return rows;
    }

    private static Integer count(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        return value instanceof String text && text.strip().matches("\\d{1,6}") ? Integer.valueOf(text.strip()) : null;
    }
}
