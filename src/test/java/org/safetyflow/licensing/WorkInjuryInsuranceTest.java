package org.safetyflow.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safetyflow.testing.ProcessTests.date;

import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The WORK_INJURY_INSURANCE gate (安全生产许可证条例第六条第（七）项) at its boundaries. */
class WorkInjuryInsuranceTest {

    private static final Date RECEIVED = date("2026-03-02T09:00:00+08:00");

    @Test
    void shouldPassACertificateValidThroughTheDayOfReceiptAndFailOneThatEndedTheDayBefore() {
        assertThat(gate(100, 100, "2026-03-02T00:00:00+08:00").passed()).as("valid through its last day, the receipt day").isTrue();
        LicensingGates.GateResult expired = gate(100, 100, "2026-03-01T00:00:00+08:00");
        assertThat(expired.passed()).isFalse();
        assertThat(expired.reason()).isEqualTo("工伤保险参保证明 鲁工伤〔2026〕001号 有效期至 2026-03-01，收到申请之日（2026-03-02）已过期");
        assertThat(expired.caseNumber()).isEqualTo("XK-370405-2026-000009");
    }

    @Test
    void shouldFailWhenFewerAreInsuredThanEmployed() {
        assertThat(gate(100, 100, "2026-12-31T00:00:00+08:00").reason()).isEqualTo("工伤保险参保证明 鲁工伤〔2026〕001号 参保 100 人（从业人员 100 人），有效期至 2026-12-31");
        LicensingGates.GateResult short1 = gate(100, 101, "2026-12-31T00:00:00+08:00");
        assertThat(short1.passed()).isFalse();
        assertThat(short1.reason()).contains("参保 100 人，少于从业人员 101 人");
    }

    @Test
    void shouldFailWithoutTheCertificateNamingWhatIsMissing() {
        LicensingGates.GateResult none = WorkInjuryInsurance.check(new LicensingApplication("XK-1", RECEIVED, null, 10, null, null, List.of()));
        assertThat(none.passed()).isFalse();
        assertThat(none.reason()).isEqualTo("未提供工伤保险参保证明（缺参保证明编号、从业人员数、参保证明有效期），不符合安全生产许可证条例第六条第（七）项");
    }

    private static LicensingGates.GateResult gate(int insured, int employees, String validUntil) {
        return WorkInjuryInsurance.check(new LicensingApplication("XK-370405-2026-000009", RECEIVED, "鲁工伤〔2026〕001号", insured, employees,
                date(validUntil), List.of()));
    }
}
