package org.safetyflow.licensing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import java.util.List;
import org.safetyflow.accident.LicenceSanctionProposed;
import org.safetyflow.enforcement.LicenceSanctionRequested;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.security.SystemActions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the 暂扣/吊销 case an accident's 批复 proposes (事故条例第四十条), in the licence's jurisdiction, in the 批复's
 * transaction: a licence that cannot be sanctioned (unknown, another enterprise's, not in force, not in the
 * government's jurisdictions) refuses the 批复, and nothing of either is stored. Also the cases a 行政处罚决定 asks
 * for (「提请许可机关暂扣/吊销」), one per licence of the enterprise in force in the deciding jurisdiction or one under it.
 */
@Component
class LicenceSanctionStarting {

    private final RuntimeService runtime;
    private final LicenceRegister register;
    private final JurisdictionDirectory jurisdictions;

    LicenceSanctionStarting(RuntimeService runtime, LicenceRegister register, JurisdictionDirectory jurisdictions) {
        this.runtime = runtime;
        this.register = register;
        this.jurisdictions = jurisdictions;
    }

    /**
     * A penalty decision asks for 暂扣/吊销: a case opens for each licence of the enterprise in the register that is in
     * force (a 暂扣 only for a VALID one; 吊销 also for a suspended one) in the deciding jurisdiction or one under it, and has
     * no undecided case yet; the decision keeps the case numbers ({@code licenceSanctionCases}) or says that there was
     * none ({@code licenceSanctionNote}). Opened as the joint inspection opens its penalty cases: the engine's role check
     * lifted for the start only, the tenant check kept.
     */
    @EventListener
    void on(LicenceSanctionRequested requested) {
        SystemActions.inThisCommand(() -> open(requested));
    }

    private void open(LicenceSanctionRequested requested) {
        List<String> opened = new ArrayList<>();
        for (Licence licence : register.ofEnterprise(requested.enterpriseCreditCode())) {
            boolean inForce = "VALID".equals(licence.status()) || "REVOKE".equals(requested.action()) && "SUSPENDED".equals(licence.status());
            boolean ours = jurisdictions.withDescendants(requested.jurisdiction()).contains(licence.jurisdiction());
            if (!inForce || !ours || LicenceSanctionOpening.undecidedCase(runtime, licence.licenceNumber(), null).isPresent()) {
                continue;
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put("jurisdiction", licence.jurisdiction());
            variables.put("enterpriseName", requested.enterpriseName());
            variables.put("enterpriseCreditCode", requested.enterpriseCreditCode());
            variables.put("licenceNumber", licence.licenceNumber());
            variables.put("sanctionSource", "ENFORCEMENT");
            variables.put("sourceDescription", "行政处罚决定（" + requested.decisionNumber() + "）提请"
                    + ("REVOKE".equals(requested.action()) ? "吊销" : "暂扣") + "安全生产许可证：" + requested.reason());
            variables.put("sourceCaseNumber", requested.caseNumber());
            opened.add(runtime.startProcessInstanceByKey(LicenceSanctionInputs.PROCESS_KEY, variables).getBusinessKey());
        }
        if (opened.isEmpty()) {
            setOnPenaltyCase(requested.caseNumber(), "licenceSanctionNote",
                    "许可证登记簿中没有该企业在本辖区有效的安全生产许可证（或已有正在办理的暂扣吊销案件），未提请许可机关立案");
        } else {
            setOnPenaltyCase(requested.caseNumber(), "licenceSanctionCases", String.join("、", opened));
        }
    }

    private void setOnPenaltyCase(String caseNumber, String variable, String value) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
                .forEach(penalty -> runtime.setVariable(penalty.getId(), variable, value));
    }

    @EventListener
    void on(LicenceSanctionProposed proposed) {
        // in the 批复's transaction, by the government that replied: it need not hold the licensing window's start right
        SystemActions.inThisCommand(() -> open(proposed));
    }

    private void open(LicenceSanctionProposed proposed) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", register.find(proposed.licenceNumber()).map(Licence::jurisdiction).orElse(proposed.jurisdiction()));
        variables.put("enterpriseName", proposed.enterpriseName());
        variables.put("enterpriseCreditCode", proposed.enterpriseCreditCode());
        variables.put("licenceNumber", proposed.licenceNumber());
        variables.put("sanctionSource", "ACCIDENT");
        variables.put("sourceDescription", "事故调查报告批复（" + proposed.replyNumber() + "）认定事故发生单位负有责任，建议：" + proposed.proposal());
        variables.put("sourceCaseNumber", proposed.caseNumber());
        runtime.startProcessInstanceByKey(LicenceSanctionInputs.PROCESS_KEY, variables);
    }
}
