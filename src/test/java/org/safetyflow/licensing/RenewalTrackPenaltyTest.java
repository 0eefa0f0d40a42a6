package org.safetyflow.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safetyflow.testing.ProcessTests.at;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.input.UnifiedSocialCreditCode;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 条例第九条's fast track is for an enterprise that kept the law during the validity: a 暂扣 of one of its licences
 * decided in SafetyFlow (a {@code licence-sanction} case, as the register's history records it) sends the renewal to
 * the full review; one before the validity does not.
 */
@EngineTest
class RenewalTrackPenaltyTest {

    private static final String PUNISHED = code("91370405MA3L0004");
    private static final String EARLIER = code("91370405MA3L0005");

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    LicenceRegister register;

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void shouldReviewInFullWhenALicenceOfTheEnterpriseWasSuspendedWithinTheValidity() {
        at("2026-03-02T10:00:00+08:00");
        String number = licence(PUNISHED, "（鲁）FM安许证字〔2023〕000950号", "2023-05-01");
        register.suspend(number, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 31), "枣应急罚〔2025〕12号：未按规定进行安全评价",
                "XKCF-370405-2025-000003", "bureau-head");
        register.reinstate(number, LocalDate.of(2025, 9, 1), "暂扣期满", "XKCF-370405-2025-000003", "system");

        ProcessInstance renewal = renew(PUNISHED, number);

        assertThat(runtimeService.getVariable(renewal.getId(), "renewalTrack")).isEqualTo("FULL");
        assertThat((String) runtimeService.getVariable(renewal.getId(), "renewalTrackReason"))
                .contains("有效期内受到行政处罚（暂扣 2025-06-01，案件 XKCF-370405-2025-000003）");
    }

    @Test
    void shouldKeepTheFastTrackForAPenaltyBeforeTheValidityBegan() {
        at("2022-12-01T10:00:00+08:00");
        String old = licence(EARLIER, "（鲁）FM安许证字〔2020〕000951号", "2020-01-01");
        register.suspend(old, LocalDate.of(2022, 12, 1), LocalDate.of(2023, 1, 31), "枣应急罚〔2022〕7号", "XKCF-370405-2022-000001", "bureau-head");
        at("2026-03-02T10:00:00+08:00");
        String current = licence(EARLIER, "（鲁）FM安许证字〔2023〕000952号", "2023-05-01");

        ProcessInstance renewal = renew(EARLIER, current);

        assertThat(runtimeService.getVariable(renewal.getId(), "renewalTrack")).isEqualTo("FAST");
    }

    private String licence(String creditCode, String number, String from) {
        LocalDate start = LocalDate.parse(from);
        register.register(Map.of("licenceNumber", number, "licenceType", "NON_COAL_MINE", "enterpriseCreditCode", creditCode,
                "enterpriseName", "台儿庄某矿业有限公司", "jurisdiction", "370405", "validFrom", from,
                "validUntil", start.plusYears(3).minusDays(1).toString()), "admin");
        return number;
    }

    private ProcessInstance renew(String creditCode, String number) {
        return runtimeService.startProcessInstanceByKey("licensing-approval", Map.of("jurisdiction", "370405", "enterpriseName",
                "台儿庄某矿业有限公司", "enterpriseCreditCode", creditCode, "licenceType", "NON_COAL_MINE", "applicationType", "RENEWAL",
                "receivedAt", "2026-03-02T09:00:00+08:00", "licenceNumber", number));
    }

    private static String code(String first16) {
        String first17 = first16 + "0";
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }
}
