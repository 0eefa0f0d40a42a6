package org.safetyflow.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.casefile.CaseLinks;
import org.safetyflow.casefile.CaseRelation;
import org.safetyflow.enforcement.PenaltyCases;
import org.safetyflow.registry.Enterprise;
import org.safetyflow.registry.Enterprises;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.SystemActions;
import org.springframework.stereotype.Component;

/**
 * From 12350 to action: a report found 属实 or 部分属实 at 核实 is handed on, in the verification's transaction, to a
 * {@code hazard-rectification} case ({@code hazardSource = REPORT_12350}, 「转重大事故隐患挂牌督办」) and/or an
 * {@code administrative-penalty} case ({@code caseSource = REPORT_12350}, 「转立案查处」) of the registered enterprise
 * the report names, each linked both ways and named in both timelines. The 执法人员 who verified acts in the name of the
 * hazard officers and of the 执法人员 who open penalty cases, as a joint inspection does (the tenant check stays).
 * The reply to the reporter says what was done, never the case numbers (docs/intake.md).
 */
@Component("complaintHandOver")
class ComplaintHandOver implements ExecutionListener {

    static final CaseRelation HAZARD = new CaseRelation("REPORT_HAZARD", "举报核实属实，转重大事故隐患挂牌督办", "转来该隐患的 12350 举报");
    static final String HAZARD_PROCESS_KEY = "hazard-rectification";

    private final Enterprises enterprises;
    private final CaseLinks links;
    private final PenaltyCases penaltyCases;

    ComplaintHandOver(Enterprises enterprises, CaseLinks links, PenaltyCases penaltyCases) {
        this.enterprises = enterprises;
        this.links = links;
        this.penaltyCases = penaltyCases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        boolean hazard = Boolean.TRUE.equals(execution.getVariable("handOverHazard"));
        boolean penalty = Boolean.TRUE.equals(execution.getVariable("handOverPenalty"));
        if (!hazard && !penalty) {
            execution.setVariable("handOverText", "未转办");
            return;
        }
        // ComplaintIntakeInputs refuses a hand-over of a report naming no registered enterprise; checked again here, as the
        // cases opened below must name one.
        String creditCode = (String) execution.getVariable("enterpriseCreditCode");
        Enterprise enterprise = (creditCode == null ? java.util.Optional.<Enterprise>empty() : enterprises.find(creditCode))
                .orElseThrow(() -> Refusal.invalid("enterpriseCreditCode", ComplaintIntakeInputs.UNREGISTERED));
        String complaint = execution.getProcessBusinessKey();
        List<String> done = new ArrayList<>();
        if (hazard) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("jurisdiction", enterprise.jurisdiction());
            variables.put("enterpriseName", enterprise.name());
            variables.put("enterpriseCreditCode", enterprise.creditCode());
            variables.put("hazardDescription", execution.getVariable("verificationFindings"));
            variables.put("hazardSource", "REPORT_12350");
            variables.put("discoveredAt", ClockUtil.getCurrentTime());
            String[] hazardCase = new String[1];
            SystemActions.inThisCommand(() -> hazardCase[0] = execution.getProcessEngineServices().getRuntimeService()
                    .startProcessInstanceByKey(HAZARD_PROCESS_KEY, variables).getBusinessKey());
            links.link(complaint, hazardCase[0], HAZARD);
            execution.setVariable("hazardCaseNumber", hazardCase[0]);
            done.add("已将举报反映的重大事故隐患交由隐患治理挂牌督办");
        }
        if (penalty) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("jurisdiction", enterprise.jurisdiction());
            variables.put("enterpriseName", enterprise.name());
            variables.put("enterpriseCreditCode", enterprise.creditCode());
            variables.put("caseSource", "REPORT_12350");
            variables.put("violationFacts", execution.getVariable("violationFacts"));
            String[] penaltyCase = new String[1];
            // PenaltyCases links the penalty case to the report both ways (立案行政处罚 / 行政处罚案件的来源案件).
            SystemActions.inThisCommand(() -> penaltyCase[0] = penaltyCases.open(variables, complaint));
            execution.setVariable("penaltyCaseNumber", penaltyCase[0]);
            done.add("已对被举报单位的违法行为立案查处");
        }
        execution.setVariable("handOverText", String.join("；", done)
                + caseNumbers(execution.getVariable("hazardCaseNumber"), execution.getVariable("penaltyCaseNumber")));
        execution.setVariable("replySuggestion", "经核查，您反映的问题" + ("SUBSTANTIATED".equals(execution.getVariable("verificationResult"))
                ? "属实" : "部分属实") + "。我局" + String.join("，", done) + "。感谢您对安全生产工作的监督。");
    }

    private static String caseNumbers(Object hazardCase, Object penaltyCase) {
        List<String> numbers = new ArrayList<>();
        if (hazardCase != null) {
            numbers.add("隐患案件 " + hazardCase);
        }
        if (penaltyCase != null) {
            numbers.add("处罚案件 " + penaltyCase);
        }
        return "（" + String.join("，", numbers) + "）";
    }
}
