package org.safetyflow.enforcement;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.casefile.CaseLabels;
import org.safetyflow.casefile.CaseLinks;
import org.safetyflow.casefile.CaseRelation;
import org.safetyflow.rules.Refusal;
import org.springframework.stereotype.Component;

/**
 * A 行政处罚 case opens (立案): the decision due 90 days after 立案 (行政处罚法第六十条), and the case it came from (an
 * inspection, a 复查, a 12350 report, an accident, a penalty whose 责令改正 was refused) linked both ways, named in both
 * timelines. A case of 按日连续处罚 knows its amount from the start (安全生产法第一百一十二条, {@link ContinuingViolationFine}).
 */
@Component("penaltyOpening")
class PenaltyOpening implements ExecutionListener {

    static final CaseRelation PENALTY = new CaseRelation("ADMINISTRATIVE_PENALTY", "立案行政处罚", "行政处罚案件的来源案件");
    static final CaseRelation CONTINUING = new CaseRelation("CONTINUING_VIOLATION", "拒不改正，按日连续处罚", "按日连续处罚的原处罚案件");
    static final Map<String, String> SOURCES = Map.of("INSPECTION", "监督检查发现违法行为", "RECHECK_FAILED", "复查未整改到位",
            "REPORT_12350", "12350 举报核实", "ACCIDENT", "生产安全事故", PenaltyExecution.CONTINUING_VIOLATION, "拒不改正，按日连续处罚",
            "OTHER", "其他来源");

    private final TimeLimits limits;
    private final CaseLinks links;

    PenaltyOpening(TimeLimits limits, CaseLinks links) {
        this.limits = limits;
        this.links = links;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Date opened = (Date) execution.getVariable("openedAt");
        execution.setVariable("decisionDueDate", limits.after("penalty.decision", opened));
        CaseLabels.name(execution, "caseSource", SOURCES);
        CaseLabels.days(execution, "openedAt", "decisionDueDate");
        boolean continuing = PenaltyExecution.CONTINUING_VIOLATION.equals(execution.getVariable("caseSource"));
        if (execution.getVariable("sourceCaseNumber") instanceof String source) {
            requireKnownCase(execution, source);
            links.link(source, execution.getProcessBusinessKey(), continuing ? CONTINUING : PENALTY);
        }
        if (continuing) {
            ContinuingViolationFine.Fine fine = ContinuingViolationFine.of(((Number) execution.getVariable("originalFineYuan")).doubleValue(),
                    CalendarDays.dayOf((Date) execution.getVariable("dailyFineFrom")), CalendarDays.dayOf((Date) execution.getVariable("refusalFoundOn")));
            execution.setVariable("dailyFineDays", fine.days());
            execution.setVariable("dailyFineAmountYuan", fine.amountYuan());
            execution.setVariable("dailyFineReason", fine.reason());
            CaseLabels.amounts(execution, "originalFineYuan", "dailyFineAmountYuan");
            CaseLabels.days(execution, "dailyFineFrom", "refusalFoundOn");
        }
    }

    /** The source case must be one the caller may read (the engine's authorizations and tenants decide). */
    private static void requireKnownCase(DelegateExecution execution, String caseNumber) {
        if (execution.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).count() == 0) {
            throw Refusal.invalid("sourceCaseNumber", "未找到来源案件 " + caseNumber + "（或该案件不在您的管辖区划内）");
        }
    }
}
