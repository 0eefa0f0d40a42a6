package org.safetyflow.licensing;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.TimeLimit;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.casefile.CaseLabels;
import org.safetyflow.casefile.CaseLinks;
import org.safetyflow.casefile.CaseRelation;
import org.safetyflow.rules.Refusal;
import org.springframework.stereotype.Component;

/**
 * A 暂扣/吊销 case opens (立案): the licence's type and validity from the register, the decision due 90 days on
 * (行政处罚法第六十条), one undecided case per licence, and the case it came from linked both ways.
 */
@Component("licenceSanctionOpening")
class LicenceSanctionOpening implements ExecutionListener {

    static final CaseRelation SANCTION = new CaseRelation("LICENCE_SANCTION", "提请暂扣或吊销安全生产许可证", "暂扣吊销所依据的案件");
    static final Map<String, String> SOURCES = Map.of("ACCIDENT", "事故调查报告批复认定负有责任（事故条例第四十条）",
            "CONDITIONS_NOT_MET", "不再具备安全生产条件（安全生产许可证条例第十四条）", "ENFORCEMENT", "行政执法决定",
            "LISTED_HAZARD", "挂牌督办的重大事故隐患（16号令第二十二条）");

    private final TimeLimits limits;
    private final LicenceRegister register;
    private final CaseLinks links;

    LicenceSanctionOpening(TimeLimits limits, LicenceRegister register, CaseLinks links) {
        this.limits = limits;
        this.register = register;
        this.links = links;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String number = (String) execution.getVariable("licenceNumber");
        requireNoOtherOpenCase(execution, number);
        Licence licence = register.find(number).orElseThrow();
        Date now = ClockUtil.getCurrentTime();
        execution.setVariable("licenceType", licence.licenceType());
        execution.setVariable("licenceStatusAtOpening", licence.status());
        execution.setVariable("licenceValidUntil", CalendarDays.endOf(licence.validUntil()));
        execution.setVariable("openedAt", now);
        execution.setVariable("decisionDueDate", limits.after("licence-sanction.decision", now));
        execution.setVariable("hearingSuspensionMonths", limits.limit("licence-sanction.hearing-suspension").in(TimeLimit.Unit.MONTHS));
        CaseLabels.name(execution, "licenceType", LicenceTypes.NAMES);
        CaseLabels.name(execution, "sanctionSource", SOURCES);
        CaseLabels.days(execution, "licenceValidUntil", "openedAt", "decisionDueDate");
        if (execution.getVariable("sourceCaseNumber") instanceof String source) {
            requireKnownCase(execution, source);
            links.link(source, execution.getProcessBusinessKey(), SANCTION);
        }
    }

    private static void requireNoOtherOpenCase(DelegateExecution execution, String number) {
        undecidedCase(execution.getProcessEngineServices().getRuntimeService(), number, execution.getProcessInstanceId()).ifPresent(other -> {
            throw Refusal.invalid("licenceNumber", "许可证「" + number + "」已有正在办理的暂扣或吊销案件：" + other.getBusinessKey());
        });
    }

    /**
     * The licence's 暂扣/吊销 case not yet decided, other than {@code exceptInstanceId} (nullable): a case already decided
     * (serving, publishing, or waiting for its 暂扣 to end) does not stand in the way of a new one.
     */
    static Optional<ProcessInstance> undecidedCase(RuntimeService runtime, String licenceNumber, String exceptInstanceId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(LicenceSanctionInputs.PROCESS_KEY)
                .variableValueEquals("licenceNumber", licenceNumber).list().stream()
                .filter(other -> !other.getId().equals(exceptInstanceId))
                .filter(other -> runtime.getVariable(other.getId(), "decision") == null)
                .findFirst();
    }

    private static void requireKnownCase(DelegateExecution execution, String caseNumber) {
        if (execution.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).count() == 0) {
            throw Refusal.invalid("sourceCaseNumber", "未找到来源案件 " + caseNumber + "（或该案件不在您的管辖区划内）");
        }
    }
}
