package org.safetyflow.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safetyflow.calendar.CalendarDays;

/**
 * The {@code WORK_INJURY_INSURANCE} gate (安全生产许可证条例第六条第（七）项: 依法参加工伤保险，为从业人员缴纳保险费):
 * the application states the 工伤保险参保证明 — its number, the insured headcount against the employees, and the day
 * it is valid until. All four are required; the certificate must not have expired on the day the application was
 * received (valid through its last day), and the insured must be at least the employees.
 */
final class WorkInjuryInsurance {

    static final String GATE = "WORK_INJURY_INSURANCE";

    private WorkInjuryInsurance() {
    }

    static LicensingGates.GateResult check(LicensingApplication application) {
        List<String> missing = new ArrayList<>();
        if (application.insuranceCertificate() == null || application.insuranceCertificate().isBlank()) {
            missing.add("参保证明编号");
        }
        if (application.insuredHeadcount() == null) {
            missing.add("参保人数");
        }
        if (application.employeeCount() == null) {
            missing.add("从业人员数");
        }
        if (application.insuranceValidUntil() == null) {
            missing.add("参保证明有效期");
        }
        String caseNumber = application.caseNumber();
        if (!missing.isEmpty()) {
            return LicensingGates.GateResult.failed(GATE, "未提供工伤保险参保证明（缺" + String.join("、", missing)
                    + "），不符合安全生产许可证条例第六条第（七）项", caseNumber);
        }
        LocalDate validUntil = CalendarDays.dayOf(application.insuranceValidUntil());
        LocalDate received = application.receivedAt() == null ? null : CalendarDays.dayOf(application.receivedAt());
        String certificate = "工伤保险参保证明 " + application.insuranceCertificate().strip();
        if (received != null && validUntil.isBefore(received)) {
            return LicensingGates.GateResult.failed(GATE, certificate + " 有效期至 " + validUntil + "，收到申请之日（" + received
                    + "）已过期", caseNumber);
        }
        if (application.insuredHeadcount() < application.employeeCount()) {
            return LicensingGates.GateResult.failed(GATE, certificate + " 参保 " + application.insuredHeadcount() + " 人，少于从业人员 "
                    + application.employeeCount() + " 人，未为全部从业人员缴纳工伤保险费（条例第六条第（七）项）", caseNumber);
        }
        return LicensingGates.GateResult.passed(GATE, certificate + " 参保 " + application.insuredHeadcount() + " 人（从业人员 "
                + application.employeeCount() + " 人），有效期至 " + validUntil, caseNumber);
    }
}
