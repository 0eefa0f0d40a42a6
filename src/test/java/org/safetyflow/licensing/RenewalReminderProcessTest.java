package org.safetyflow.licensing;

import static org.safetyflow.testing.CreditCodes.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safetyflow.testing.ProcessTests.at;
import static org.safetyflow.testing.ProcessTests.date;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 延续提醒 (安全生产许可证条例第九条): a licence whose validity ends within 3 months gets one reminder per validity,
 * for the window and the enterprise, ended by a RENEWAL application or by the window's record that it told the
 * enterprise.
 */
@EngineTest
class RenewalReminderProcessTest {

    static final String KEY = RenewalReminders.PROCESS_KEY;
    static final String HOLDER = code("91370405MA3L0021");


    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    LicenceRegister register;
    @Autowired
    RenewalReminders reminders;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
        at("2026-03-02T10:00:00+08:00");
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void shouldRemindOnceExactlyThreeMonthsBeforeExpiryAndNotADayEarlier() {
        licence("（鲁）FM安许证字〔2023〕000801号", "2026-06-02");
        licence("（鲁）FM安许证字〔2023〕000802号", "2026-06-03");

        reminders.sweep();
        reminders.sweep();

        ProcessInstance reminder = reminderOf("（鲁）FM安许证字〔2023〕000801号");
        assertThat(reminder).isWaitingAt("Task_Remind").task().hasCandidateGroup("licensing-clerk")
                .hasCandidateGroup("enterprise-" + HOLDER.toLowerCase()).hasDueDate(date("2026-03-02T23:59:59+08:00"));
        assertThat(task("Task_Remind", reminder).getName()).isEqualTo("安全生产许可证即将期满，提醒申请延续");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
                .variableValueEquals("licenceNumber", "（鲁）FM安许证字〔2023〕000801号").count()).as("swept twice: one reminder").isEqualTo(1);
        assertThat(register.remindersOf("（鲁）FM安许证字〔2023〕000801号", LocalDate.parse("2026-06-02"))).isEqualTo(1);
        assertThat(register.claimReminder("（鲁）FM安许证字〔2023〕000801号", LocalDate.parse("2026-06-02"))).as("another node's claim").isFalse();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
                .variableValueEquals("licenceNumber", "（鲁）FM安许证字〔2023〕000802号").count()).as("3 months and a day").isZero();

        at("2026-03-03T08:00:00+08:00");
        reminders.sweep();
        assertThat(reminderOf("（鲁）FM安许证字〔2023〕000802号")).as("its day came").isWaitingAt("Task_Remind");
    }

    @Test
    void shouldEndTheReminderWhenARenewalCaseForTheLicenceStarts() {
        licence("（鲁）FM安许证字〔2023〕000803号", "2026-05-20");
        reminders.sweep();
        ProcessInstance reminder = reminderOf("（鲁）FM安许证字〔2023〕000803号");

        Map<String, Object> renewal = new HashMap<>(LicensingApprovalProcessTest.completeApplication("NON_COAL_MINE"));
        renewal.putAll(Map.of("jurisdiction", "370405", "enterpriseName", "台儿庄某矿业有限公司", "enterpriseCreditCode", HOLDER,
                "licenceType", "NON_COAL_MINE", "applicationType", "RENEWAL", "receivedAt", "2026-03-02T09:00:00+08:00",
                "licenceNumber", "（鲁）FM安许证字〔2023〕000803号"));
        ProcessInstance application = runtimeService.startProcessInstanceByKey(LicensingInputs.PROCESS_KEY, renewal);

        assertThat(reminder).isEnded().hasPassed("EndEvent_RenewalApplied").variables()
                .containsEntry("renewalCaseNumber", application.getBusinessKey());
        reminders.sweep();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
                .variableValueEquals("licenceNumber", "（鲁）FM安许证字〔2023〕000803号").count()).as("the validity had its reminder").isZero();
    }

    @Test
    void shouldEndWhenTheWindowRecordsThatTheEnterpriseWasToldAndRemindAgainForTheRenewedValidity() {
        licence("（鲁）FM安许证字〔2023〕000804号", "2026-04-30");
        reminders.sweep();
        ProcessInstance reminder = reminderOf("（鲁）FM安许证字〔2023〕000804号");
        assertThat(reminder).variables().containsEntry("licenceTypeLabel", "非煤矿矿山企业安全生产许可证")
                .containsEntry("reminderDueDateText", "2026年1月30日");
        complete(task("Task_Remind", reminder), withVariables("notifiedAt", "2026-03-02T09:30:00+08:00", "notificationMethod", "PHONE"));
        assertThat(reminder).isEnded().hasPassed("EndEvent_Told");

        register.renew("（鲁）FM安许证字〔2023〕000804号", LocalDate.parse("2029-04-30"), "XK-TEST", "admin");
        at("2029-01-30T08:00:00+08:00");
        reminders.sweep();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
                .variableValueEquals("licenceNumber", "（鲁）FM安许证字〔2023〕000804号").count()).as("one per validity").isEqualTo(2);
    }

    @Test
    void shouldNotRemindOfALicenceThatExpiredYesterday() {
        licence("（鲁）FM安许证字〔2023〕000805号", "2026-03-01");
        List<String> started = reminders.sweep();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
                .variableValueEquals("licenceNumber", "（鲁）FM安许证字〔2023〕000805号").count()).as("expired: apply anew").isZero();
        assertThat(started).doesNotContainNull();
    }

    private void licence(String number, String validUntil) {
        register.register(Map.of("licenceNumber", number, "licenceType", "NON_COAL_MINE", "enterpriseCreditCode", HOLDER,
                "enterpriseName", "台儿庄某矿业有限公司", "jurisdiction", "370405", "validFrom", "2023-06-03", "validUntil", validUntil), "admin");
    }

    private ProcessInstance reminderOf(String licenceNumber) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).variableValueEquals("licenceNumber", licenceNumber)
                .singleResult();
    }
}
