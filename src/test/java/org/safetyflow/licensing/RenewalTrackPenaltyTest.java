package org.safetyflow.licensing;

import static org.safetyflow.testing.CreditCodes.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.safetyflow.testing.ProcessTests.at;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 条例第九条's fast track is for an enterprise that kept the law during the validity: a 暂扣 of one of its licences
 * decided in SafetyFlow (a {@code licence-sanction} case, as the register's history records it) or an
 * {@code administrative-penalty} case decided PENALIZED sends the renewal to the full review; one before the validity
 * (or a case that ended without a penalty) does not.
 */
@EngineTest
class RenewalTrackPenaltyTest {

    private static final String PUNISHED = code("91370405MA3L0004");
    private static final String EARLIER = code("91370405MA3L0005");
    private static final String FINED = code("91370405MA3L0006");
    private static final String FINED_EARLIER = code("91370405MA3L0007");

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    LicenceRegister register;
    @Autowired
    TaskService taskService;

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

    @Test
    void shouldReviewInFullWhenAnAdministrativePenaltyWasDecidedAgainstTheEnterpriseWithinTheValidity() {
        at("2025-06-02T10:00:00+08:00");
        String cleared = penalty(FINED, "NOT_PENALIZE");
        String fined = penalty(FINED, "PENALIZE");
        at("2026-03-02T10:00:00+08:00");
        String number = licence(FINED, "（鲁）FM安许证字〔2023〕000953号", "2023-05-01");

        ProcessInstance renewal = renew(FINED, number);

        assertThat(runtimeService.getVariable(renewal.getId(), "renewalTrack")).isEqualTo("FULL");
        assertThat((String) runtimeService.getVariable(renewal.getId(), "renewalTrackReason"))
                .contains("有效期内受到行政处罚（警告 2025-06-02，案件 " + fined + "）").doesNotContain(cleared);
    }

    @Test
    void shouldKeepTheFastTrackForAnAdministrativePenaltyDecidedBeforeTheValidity() {
        at("2025-06-02T10:00:00+08:00");
        penalty(FINED_EARLIER, "PENALIZE");
        at("2026-03-02T10:00:00+08:00");
        String number = licence(FINED_EARLIER, "（鲁）FM安许证字〔2025〕000954号", "2025-09-01");

        ProcessInstance renewal = renew(FINED_EARLIER, number);

        assertThat(runtimeService.getVariable(renewal.getId(), "renewalTrack")).isEqualTo("FAST");
    }

    /** An {@code administrative-penalty} case of the enterprise taken to its decision now (a 警告, or 不予处罚). */
    private String penalty(String creditCode, String outcome) {
        String now = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.ofHours(8)).minusMinutes(30).toString();
        ProcessInstance penalty = runtimeService.startProcessInstanceByKey("administrative-penalty", Map.of("jurisdiction", "370405",
                "enterpriseName", "台儿庄某矿业有限公司", "enterpriseCreditCode", creditCode, "caseSource", "INSPECTION",
                "violationFacts", "未按规定进行安全评价", "openedAt", now));
        complete(penalty, "Task_ApproveFiling", Map.of("filingApproved", true, "filingOpinion", "同意"));
        complete(penalty, "Task_Investigate", Map.of("investigators", List.of("enforcement-officer", "hazard-officer"), "interviewRecords", "XW-01",
                "evidenceSummary", "未进行安全评价"));
        complete(penalty, "Task_Propose", Map.of("partyType", "UNIT", "violationFindings", "未按规定进行安全评价",
                "legalBasis", "安全生产法第九十九条", "proposedWarning", true));
        complete(penalty, "Task_Notify", Map.of("noticeServedAt", now, "noticeDeliveryMethod", "IN_PERSON"));
        complete(penalty, "Task_Statement", Map.of("statementMade", false));
        complete(penalty, "Task_Decide", Map.of("decisionOutcome", outcome, "warning", true, "decisionNumber", "枣应急罚〔2025〕20号",
                "decisionReason", "事实清楚"));
        return penalty.getBusinessKey();
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult().getId(),
                variables);
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

}
