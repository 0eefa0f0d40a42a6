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
        return new LicensingApplication(caseNumber, (Date) variables.get("receivedAt"),
                (String) variables.get("workInjuryInsuranceCertificate"), count(variables.get("insuredHeadcount")),
                count(variables.get("employeeCount")), (Date) variables.get("workInjuryInsuranceValidUntil"),
                staffing(variables.get("staffing")));
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
